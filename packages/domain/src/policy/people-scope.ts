// Whom the policy's people settings reach (PRODUCT C6): who is asked to sign the Statement of Acceptance and who
// must keep policy training in date, read from the settings of the version in force. Pure: callers hand in the
// published version's settings and the staff records.
import type { IsoDate } from '../calendar/london-time.ts';
import { ROLES_REQUIRING_TWO_FACTOR, type Role } from '../roles.ts';
import { addMonths } from './policy-document-text.ts';
import { policySettingsSchema, type PolicySettings } from './policy-settings.schema.ts';
import type { AcceptanceScope, TrainingScope } from './policy-vocabulary.ts';

export type PeopleSettings = PolicySettings['people'];
export type TrainingSettings = PeopleSettings['training'];

/**
 * Who "runners" means until official accounts with named runners exist (PRODUCT C2 is not built yet): staff
 * holding the account administrator role. The settings name no other role as running accounts; a caller that
 * knows more may pass its own list.
 */
export const ACCOUNT_RUNNER_ROLES: readonly Role[] = ['account_admin'];

/**
 * What applies while a school has no published policy: nothing to sign (there is no version), training for
 * everyone from their first day over Schoolgate's 12-month default, and two-factor for the baseline roles only.
 */
export const PEOPLE_SETTINGS_WITHOUT_POLICY: PeopleSettings = {
  acceptance: 'all_staff',
  training: { required: 'all_staff', atInduction: true, validityMonths: 12 },
  twoFactorRoles: [...ROLES_REQUIRING_TWO_FACTOR],
};

/**
 * The people section of a stored version's settings, or the no-policy defaults when there is no version or its
 * section no longer reads as valid settings (versions are snapshots, written under an older schema perhaps).
 */
export function peopleSettingsOf(settings: Record<string, unknown> | null | undefined): PeopleSettings {
  const parsed = policySettingsSchema.shape.people.safeParse(settings?.['people']);
  return parsed.success ? parsed.data : PEOPLE_SETTINGS_WITHOUT_POLICY;
}

/** Whether a person holding `role` falls within a scope of the people settings. */
export function isInPeopleScope(
  scope: AcceptanceScope | TrainingScope,
  role: string,
  runnerRoles: readonly string[] = ACCOUNT_RUNNER_ROLES,
): boolean {
  if (scope === 'all_staff') return true;
  if (scope === 'runners') return runnerRoles.includes(role);
  return false;
}

/** The staff the policy asks to sign its Statement of Acceptance. */
export function staffInAcceptanceScope<T extends { role: string }>(
  scope: AcceptanceScope,
  staff: readonly T[],
  runnerRoles: readonly string[] = ACCOUNT_RUNNER_ROLES,
): T[] {
  return staff.filter((person) => isInPeopleScope(scope, person.role, runnerRoles));
}

/** The staff the policy asks to keep training on it in date. */
export function staffInTrainingScope<T extends { role: string }>(
  scope: TrainingScope,
  staff: readonly T[],
  runnerRoles: readonly string[] = ACCOUNT_RUNNER_ROLES,
): T[] {
  return staff.filter((person) => isInPeopleScope(scope, person.role, runnerRoles));
}

/**
 * The first day on which a person in the training scope with no policy training on record counts as out of date:
 * the day they joined when the policy trains at induction, otherwise one validity period later (their first
 * training falls within the regular cycle).
 */
export function trainingDueFrom(training: TrainingSettings, joinedOn: IsoDate): IsoDate {
  return training.atInduction ? joinedOn : addMonths(joinedOn, training.validityMonths);
}
