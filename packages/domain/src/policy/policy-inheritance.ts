// A trust sets default settings; each school inherits them and may override any field (PRODUCT C1, 002: "one
// policy for many settings"). Resolving keeps provenance per field so a screen can say "48 hours (trust default)"
// or "24 hours (set by this school)", and a school can drop an override to follow its trust again.
import type { FieldProblem } from '../errors.ts';
import { AppError } from '../errors.ts';
import {
  getPolicyField,
  policyFieldPaths,
  withPolicyField,
  type PolicyFieldPath,
  type PolicyOverrides,
} from './policy-fields.ts';
import { parsePolicySettings, type PolicySettings } from './policy-settings.schema.ts';

export type FieldSource = 'trust' | 'school';

export interface ResolvedPolicy {
  readonly settings: PolicySettings;
  /** Where each field's value came from. */
  readonly provenance: Readonly<Record<PolicyFieldPath, FieldSource>>;
  /** The fields this school sets itself, in field order. */
  readonly overridden: readonly PolicyFieldPath[];
}

export type ResolveResult = { ok: true; policy: ResolvedPolicy } | { ok: false; problems: FieldProblem[] };

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The school's effective policy. `overrides` may come straight from storage or a form (so it is `unknown`-ish):
 * unknown fields and bad values are reported by name, and the merged whole is validated, because a value can be
 * fine alone and wrong next to the trust's (a queue score above the trust's hide score).
 */
export function resolveSchoolPolicy(
  trustDefaults: PolicySettings,
  overrides: PolicyOverrides | Readonly<Record<string, unknown>>,
): ResolveResult {
  const known = new Set<string>(policyFieldPaths(trustDefaults));
  const problems: FieldProblem[] = [];
  let merged = trustDefaults;
  for (const [field, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!known.has(field)) {
      problems.push({ field, message: 'Not a policy setting a school can override.' });
      continue;
    }
    merged = withPolicyField(merged, field, value);
  }
  if (problems.length > 0) return { ok: false, problems };

  const parsed = parsePolicySettings(merged);
  if (!parsed.ok) return parsed;

  const settings = parsed.settings;
  const provenance = {} as Record<PolicyFieldPath, FieldSource>;
  const overridden: PolicyFieldPath[] = [];
  for (const field of policyFieldPaths(settings)) {
    // An override equal to the trust's value is not a difference worth showing (or keeping).
    const isOwn =
      Object.hasOwn(overrides, field) &&
      !sameValue(getPolicyField(trustDefaults, field), getPolicyField(settings, field));
    provenance[field] = isOwn ? 'school' : 'trust';
    if (isOwn) overridden.push(field);
  }
  return { ok: true, policy: { settings, provenance, overridden } };
}

export function assertSchoolPolicy(
  trustDefaults: PolicySettings,
  overrides: PolicyOverrides | Readonly<Record<string, unknown>>,
): ResolvedPolicy {
  const result = resolveSchoolPolicy(trustDefaults, overrides);
  if (!result.ok)
    throw new AppError('VALIDATION_FAILED', "The school's policy settings are not valid.", result.problems);
  return result.policy;
}

/**
 * The overrides that turn `trustDefaults` into `schoolSettings`: what to store when a school edits its whole
 * policy on one form. Fields equal to the trust's are left out, so they keep following the trust.
 */
export function overridesBetween(trustDefaults: PolicySettings, schoolSettings: PolicySettings): PolicyOverrides {
  const overrides: Record<string, unknown> = {};
  for (const field of policyFieldPaths(schoolSettings)) {
    const own = getPolicyField(schoolSettings, field);
    if (!sameValue(getPolicyField(trustDefaults, field), own)) overrides[field] = own;
  }
  return overrides as PolicyOverrides;
}
