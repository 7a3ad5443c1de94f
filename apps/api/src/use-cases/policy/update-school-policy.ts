// A school changes its own settings: field by field, back to the trust's value, or all at once from a template.
// Only the differences from the trust are stored, so a field the school leaves alone keeps following the trust.
// Each change writes one audit entry listing every field whose effective value moved, before and after.
import type { PolicySettingsResponse } from '@schoolgate/contracts';
import { policySettingsRepository } from '@schoolgate/db';
import {
  AppError,
  isPolicyTemplateId,
  overridesBetween,
  policyFieldPaths,
  policySettingsFromTemplate,
  resolveSchoolPolicy,
  type PolicySettings,
} from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { getSchoolPolicySettings } from './get-policy-settings.ts';
import { changedFields, loadSchoolPolicy } from './policy-source.ts';

type NextOverrides = (current: Record<string, unknown>, trust: PolicySettings) => Record<string, unknown>;

async function changeSchoolPolicy(
  ctx: AppContext,
  actor: Actor,
  action: string,
  next: NextOverrides,
  extra: Record<string, unknown> = {},
): Promise<PolicySettingsResponse> {
  authorise(actor, 'update', 'policy');
  const schoolId = schoolOf(actor);
  await ctx.db.transaction(async (tx) => {
    const before = await loadSchoolPolicy(tx, schoolId);
    const result = resolveSchoolPolicy(before.trust.settings, next(before.overrides, before.trust.settings));
    if (!result.ok) throw new AppError('VALIDATION_FAILED', 'Some settings are not valid.', result.problems);
    const after = result.policy.settings;
    const changes = changedFields(before.resolved.settings, after, policyFieldPaths(after));
    // Stored normalised: a value equal to the trust's is dropped, so the school follows the trust for it again.
    const overrides = overridesBetween(before.trust.settings, after) as Record<string, unknown>;
    await policySettingsRepository.saveSchoolOverrides(tx, { schoolId, overrides, updatedBy: actor.userId });
    await recordAudit(
      tx,
      actor,
      { action, entityType: 'school_policy', entityId: schoolId, details: { ...extra, changes } },
      ctx.now(),
    );
  });
  return getSchoolPolicySettings(ctx, actor);
}

export function updateSchoolPolicy(ctx: AppContext, actor: Actor, changes: Record<string, unknown>) {
  return changeSchoolPolicy(ctx, actor, 'policy.settings_updated', (current) => ({ ...current, ...changes }));
}

export function resetSchoolPolicyFields(ctx: AppContext, actor: Actor, fields: readonly string[]) {
  return changeSchoolPolicy(
    ctx,
    actor,
    'policy.settings_reset',
    (current) => Object.fromEntries(Object.entries(current).filter(([field]) => !fields.includes(field))),
    { reset: fields },
  );
}

export function templateSettings(templateId: string): PolicySettings {
  if (!isPolicyTemplateId(templateId)) {
    throw new AppError('VALIDATION_FAILED', 'Choose one of the templates.', [
      { field: 'templateId', message: 'Not a template.' },
    ]);
  }
  return policySettingsFromTemplate(templateId);
}

export function applySchoolTemplate(ctx: AppContext, actor: Actor, templateId: string) {
  // The school's settings become the template's; only where they differ from the trust is anything stored.
  return changeSchoolPolicy(
    ctx,
    actor,
    'policy.template_applied',
    (_current, trust) => overridesBetween(trust, templateSettings(templateId)),
    { templateId },
  );
}
