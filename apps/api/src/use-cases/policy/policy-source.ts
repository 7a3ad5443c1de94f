// Where a school's settings come from: its trust's defaults plus its own overrides. A trust that has never saved
// defaults follows the blank template (nothing is written until someone saves), so every school always has a
// complete, valid policy to show and to draft from.
import { policySettingsRepository, tenancyRepository, type Db } from '@schoolgate/db';
import {
  assertPolicySettings,
  assertSchoolPolicy,
  getPolicyField,
  notFound,
  policySettingsFromTemplate,
  type PolicySettings,
  type ResolvedPolicy,
} from '@schoolgate/domain';

export interface TrustDefaults {
  settings: PolicySettings;
  /** The template the defaults started from; null when the trust has not saved defaults yet. */
  templateId: string | null;
  stored: boolean;
}

export async function loadTrustDefaults(db: Db, trustId: string): Promise<TrustDefaults> {
  const row = await policySettingsRepository.findTrustDefaults(db, trustId);
  if (!row) return { settings: policySettingsFromTemplate('blank'), templateId: null, stored: false };
  return { settings: assertPolicySettings(row.settings), templateId: row.templateId, stored: true };
}

export interface SchoolPolicy {
  school: { id: string; trustId: string; name: string };
  trust: TrustDefaults;
  overrides: Record<string, unknown>;
  resolved: ResolvedPolicy;
}

export async function loadSchoolPolicy(db: Db, schoolId: string): Promise<SchoolPolicy> {
  const school = await tenancyRepository.findSchool(db, schoolId);
  if (!school) throw notFound('That school');
  const trust = await loadTrustDefaults(db, school.trustId);
  const overrides = await policySettingsRepository.findSchoolOverrides(db, schoolId);
  return { school, trust, overrides, resolved: assertSchoolPolicy(trust.settings, overrides) };
}

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Each field whose value differs between two complete settings: what the audit entry records. */
export function changedFields(before: PolicySettings, after: PolicySettings, fields: readonly string[]): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const from = getPolicyField(before, field);
    const to = getPolicyField(after, field);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
