// The templates a new trust or school starts from (PRODUCT C1). Each is parsed once here, so what callers get is
// a valid, normalised PolicySettings; a template that stopped parsing would fail every test that imports this.
import { assertPolicySettings, type PolicySettings } from '../policy-settings.schema.ts';
import { blankTemplate } from './blank.ts';
import { communityPrimaryParentsLadderTemplate } from './community-primary-parents-ladder.ts';
import { independentAllThroughTemplate } from './independent-all-through.ts';
import { multiAcademyTrustTemplate } from './multi-academy-trust.ts';
import { primaryStaffConductTemplate } from './primary-staff-conduct.ts';
import { secondaryAccountsAndRolesTemplate } from './secondary-accounts-and-roles.ts';
import type { PolicyTemplateDefinition } from './template-helpers.ts';

export const POLICY_TEMPLATE_IDS = [
  'independent-all-through',
  'primary-staff-conduct',
  'multi-academy-trust',
  'community-primary-parents-ladder',
  'secondary-accounts-and-roles',
  'blank',
] as const;
export type PolicyTemplateId = (typeof POLICY_TEMPLATE_IDS)[number];

export interface PolicyTemplate extends Omit<PolicyTemplateDefinition, 'id' | 'settings'> {
  readonly id: PolicyTemplateId;
  readonly settings: PolicySettings;
}

const definitions: readonly PolicyTemplateDefinition[] = [
  independentAllThroughTemplate,
  primaryStaffConductTemplate,
  multiAcademyTrustTemplate,
  communityPrimaryParentsLadderTemplate,
  secondaryAccountsAndRolesTemplate,
  blankTemplate,
];

const templates: readonly PolicyTemplate[] = definitions.map((definition) => ({
  ...definition,
  id: definition.id as PolicyTemplateId,
  settings: assertPolicySettings(definition.settings),
}));

export function listPolicyTemplates(): readonly PolicyTemplate[] {
  return templates;
}

export function isPolicyTemplateId(value: unknown): value is PolicyTemplateId {
  return typeof value === 'string' && (POLICY_TEMPLATE_IDS as readonly string[]).includes(value);
}

/** A fresh copy of a template's settings, safe for the caller to change. */
export function policySettingsFromTemplate(id: PolicyTemplateId): PolicySettings {
  const template = templates.find((candidate) => candidate.id === id);
  if (!template) throw new RangeError(`Unknown policy template: ${id}`);
  return structuredClone(template.settings);
}

export { policyContentFromTemplate } from './content/index.ts';
