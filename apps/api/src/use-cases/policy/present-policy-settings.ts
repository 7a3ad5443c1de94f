// The settings as the screens show them: every field with its value, where it came from and the trust's value,
// plus the templates and the labelled choices the form offers (the web never imports the domain).
import type { PolicySettingsResponse } from '@schoolgate/contracts';
import {
  ACCEPTANCE_SCOPE_LABELS,
  ACCEPTANCE_SCOPES,
  COMMENT_CATEGORIES,
  COMMENT_CATEGORY_LABELS,
  DEADLINE_COUNTING,
  getPolicyField,
  listPolicyTemplates,
  PLATFORM_LABELS,
  PLATFORMS,
  policyFieldPaths,
  POST_CATEGORIES,
  POST_CATEGORY_LABELS,
  POST_CHECK_LABELS,
  POST_CHECKS,
  PRESS_CONTACT_LABELS,
  PRESS_CONTACTS,
  ROLES_REQUIRING_TWO_FACTOR,
  SUGGESTION_ROUTE_LABELS,
  SUGGESTION_ROUTES,
  TRAINING_SCOPE_LABELS,
  TRAINING_SCOPES,
  UK_NATION_LABELS,
  UK_NATIONS,
  type FieldSource,
  type PolicySettings,
} from '@schoolgate/domain';

const COUNTING_LABELS: Record<(typeof DEADLINE_COUNTING)[number], string> = {
  plain: 'Hours on the clock (weekends and closures push the deadline to the next working day)',
  working_hours: 'Office hours on working days only',
};

const choices = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) =>
  values.map((value) => ({ value, label: labels[value] }));

export function presentPolicySettings(input: {
  scope: 'school' | 'trust';
  name: string;
  trustTemplateId: string | null;
  settings: PolicySettings;
  trustSettings: PolicySettings;
  provenance?: Readonly<Record<string, FieldSource>>;
}): PolicySettingsResponse {
  return {
    scope: input.scope,
    name: input.name,
    trustTemplateId: input.trustTemplateId,
    fields: policyFieldPaths(input.settings).map((field) => ({
      field,
      value: getPolicyField(input.settings, field),
      source: input.provenance?.[field] ?? 'trust',
      trustValue: getPolicyField(input.trustSettings, field),
    })),
    templates: listPolicyTemplates().map(({ id, name, suits }) => ({ id, name, suits })),
    vocabulary: {
      platforms: choices(PLATFORMS, PLATFORM_LABELS),
      postCategories: choices(POST_CATEGORIES, POST_CATEGORY_LABELS),
      commentCategories: choices(COMMENT_CATEGORIES, COMMENT_CATEGORY_LABELS),
      nations: choices(UK_NATIONS, UK_NATION_LABELS),
      countings: choices(DEADLINE_COUNTING, COUNTING_LABELS),
      postChecks: choices(POST_CHECKS, POST_CHECK_LABELS),
      suggestionRoutes: choices(SUGGESTION_ROUTES, SUGGESTION_ROUTE_LABELS),
      pressContacts: choices(PRESS_CONTACTS, PRESS_CONTACT_LABELS),
      acceptanceScopes: choices(ACCEPTANCE_SCOPES, ACCEPTANCE_SCOPE_LABELS),
      trainingScopes: choices(TRAINING_SCOPES, TRAINING_SCOPE_LABELS),
      twoFactorAlways: [...ROLES_REQUIRING_TWO_FACTOR],
      // The templates' own scores (template-helpers.ts): confident enough to hide, likely enough to queue.
      defaultScores: { hideAt: 0.85, queueAt: 0.5 },
    },
  };
}
