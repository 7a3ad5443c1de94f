// The trust team changes the defaults every school of the trust inherits, field by field or from a template.
// A change is refused if it would leave any school's combined settings invalid (a school's queue score above the
// trust's new hide score, say), naming the school, so no school is ever left without a valid policy.
import type { PolicySettingsResponse } from '@schoolgate/contracts';
import { policySettingsRepository, tenancyRepository, type Db } from '@schoolgate/db';
import {
  AppError,
  parsePolicySettings,
  policyFieldPaths,
  resolveSchoolPolicy,
  withPolicyField,
  type PolicySettings,
} from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { getTrustPolicySettings } from './get-policy-settings.ts';
import { changedFields, loadTrustDefaults, type TrustDefaults } from './policy-source.ts';
import { templateSettings } from './update-school-policy.ts';

async function assertSchoolsStillValid(db: Db, trustId: string, defaults: PolicySettings) {
  for (const school of await tenancyRepository.listSchools(db, trustId)) {
    const overrides = await policySettingsRepository.findSchoolOverrides(db, school.id);
    const result = resolveSchoolPolicy(defaults, overrides);
    if (!result.ok) {
      throw new AppError(
        'VALIDATION_FAILED',
        `${school.name} sets some fields of its own that would clash with these defaults.`,
        result.problems.map((p) => ({ field: p.field, message: `${school.name}: ${p.message}` })),
      );
    }
  }
}

async function changeTrustPolicy(
  ctx: AppContext,
  actor: Actor,
  next: (current: TrustDefaults) => { settings: unknown; templateId: string | null },
  action: string,
): Promise<PolicySettingsResponse> {
  authorise(actor, 'update', 'trust_policy');
  await ctx.db.transaction(async (tx) => {
    const before = await loadTrustDefaults(tx, actor.trustId);
    const proposed = next(before);
    const parsed = parsePolicySettings(proposed.settings);
    if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 'Some settings are not valid.', parsed.problems);
    await assertSchoolsStillValid(tx, actor.trustId, parsed.settings);
    const changes = changedFields(before.settings, parsed.settings, policyFieldPaths(parsed.settings));
    await policySettingsRepository.saveTrustDefaults(tx, {
      trustId: actor.trustId,
      settings: parsed.settings as unknown as Record<string, unknown>,
      templateId: proposed.templateId,
      updatedBy: actor.userId,
    });
    await recordAudit(
      tx,
      actor,
      {
        action,
        entityType: 'trust_policy',
        entityId: actor.trustId,
        schoolId: null,
        details: { templateId: proposed.templateId, changes },
      },
      ctx.now(),
    );
  });
  return getTrustPolicySettings(ctx, actor);
}

export function updateTrustPolicy(ctx: AppContext, actor: Actor, changes: Record<string, unknown>) {
  return changeTrustPolicy(
    ctx,
    actor,
    (current) => {
      const known = new Set<string>(policyFieldPaths(current.settings));
      const unknown = Object.keys(changes).filter((field) => !known.has(field));
      if (unknown.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          'Some settings are not valid.',
          unknown.map((field) => ({ field, message: 'Not a policy setting.' })),
        );
      }
      const settings = Object.entries(changes).reduce(
        (acc, [field, value]) => withPolicyField(acc, field, value),
        current.settings,
      );
      return { settings, templateId: current.templateId };
    },
    'trust_policy.updated',
  );
}

export function applyTrustTemplate(ctx: AppContext, actor: Actor, templateId: string) {
  return changeTrustPolicy(
    ctx,
    actor,
    () => ({ settings: templateSettings(templateId), templateId }),
    'trust_policy.template_applied',
  );
}
