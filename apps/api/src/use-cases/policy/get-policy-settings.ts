// Reads a school's effective settings (with provenance per field) or, for the trust team, the trust's defaults.
import type { PolicySettingsResponse } from '@schoolgate/contracts';
import { tenancyRepository } from '@schoolgate/db';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { loadSchoolPolicy, loadTrustDefaults } from './policy-source.ts';
import { presentPolicySettings } from './present-policy-settings.ts';

export async function getSchoolPolicySettings(ctx: AppContext, actor: Actor): Promise<PolicySettingsResponse> {
  authorise(actor, 'read', 'policy');
  const { school, trust, resolved } = await loadSchoolPolicy(ctx.db, schoolOf(actor));
  return presentPolicySettings({
    scope: 'school',
    name: school.name,
    trustTemplateId: trust.templateId,
    settings: resolved.settings,
    trustSettings: trust.settings,
    provenance: resolved.provenance,
  });
}

export async function getTrustPolicySettings(ctx: AppContext, actor: Actor): Promise<PolicySettingsResponse> {
  authorise(actor, 'read', 'trust_policy');
  const trust = await loadTrustDefaults(ctx.db, actor.trustId);
  const row = await tenancyRepository.findTrust(ctx.db, actor.trustId);
  return presentPolicySettings({
    scope: 'trust',
    name: row?.name ?? 'Your trust',
    trustTemplateId: trust.templateId,
    settings: trust.settings,
    trustSettings: trust.settings,
  });
}
