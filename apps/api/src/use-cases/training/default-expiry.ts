// Whether a training record's expiry is the default one (the date completed plus the policy's validity period)
// rather than a date typed from a certificate. Nothing stores which it was, so it is read from the dates: an expiry
// exactly a validity period after completion, for a period the school has used, is taken as the default.
import { policyVersionsRepository, type Db } from '@schoolgate/db';
import { nextReviewDate, peopleSettingsOf, PEOPLE_SETTINGS_WITHOUT_POLICY } from '@schoolgate/domain';

/** The period (in months) `expiresOn` was worked out from, or null if it was typed by hand. */
export function defaultExpiryPeriod(
  completedOn: string,
  expiresOn: string | null,
  periods: readonly number[],
): number | null {
  if (expiresOn === null) return null;
  return periods.find((months) => nextReviewDate(completedOn, months) === expiresOn) ?? null;
}

/** Every validity period that has applied in the school: each version ever in force, and the no-policy default. */
export async function validityPeriodsUsed(db: Db, schoolId: string): Promise<number[]> {
  const versions = await policyVersionsRepository.listForSchool(db, schoolId);
  const inForce = versions.filter((v) => v.status === 'published' || v.status === 'superseded');
  return [
    ...new Set([
      ...inForce.map((v) => peopleSettingsOf(v.settings).training.validityMonths),
      PEOPLE_SETTINGS_WITHOUT_POLICY.training.validityMonths,
    ]),
  ];
}
