// What "in date" means for training (docs/acceptance-and-training.md): a record is valid until its expiry date,
// "expiring" in the 30 days before it, expired after it. A person's policy training is the induction or refresher
// that runs longest, and counts only for those the policy in force asks to be trained (people.training); the DSL
// team also need DSL training. `trainingStatusFor` is for other areas (account runners).
import { trainingRepository, type Db, type TrainingRecordRow } from '@schoolgate/db';
import { addDays, isInPeopleScope, londonDateOf, trainingDueFrom, type TrainingSettings } from '@schoolgate/domain';
import type { TrainingKind, TrainingStatus } from '@schoolgate/contracts';

export const EXPIRING_WITHIN_DAYS = 30;
const RANK: Record<TrainingStatus, number> = { none: 0, expired: 1, expiring: 2, valid: 3 };

/** A record with no expiry date never lapses. Dates are YYYY-MM-DD on the school's clock, so they compare as text. */
export function statusOfExpiry(expiresOn: string | null, today: string): TrainingStatus {
  if (expiresOn === null) return 'valid';
  if (expiresOn <= today) return 'expired';
  if (expiresOn <= addDays(today, EXPIRING_WITHIN_DAYS)) return 'expiring';
  return 'valid';
}

export const isOutOfDate = (status: TrainingStatus) => status === 'expired' || status === 'none';
export const worstOf = (a: TrainingStatus, b: TrainingStatus) => (RANK[a] <= RANK[b] ? a : b);

type Dated = Pick<TrainingRecordRow, 'kind' | 'expiresOn' | 'completedOn'>;

/** The record of these kinds that runs longest (a newer certificate supersedes an older one), or null. */
export function longestRunning<T extends Dated>(records: T[], kinds: readonly TrainingKind[]): T | null {
  let best: T | null = null;
  for (const r of records) {
    if (!kinds.includes(r.kind as TrainingKind)) continue;
    if (!best) best = r;
    else if (r.expiresOn === null || (best.expiresOn !== null && r.expiresOn > best.expiresOn)) best = r;
  }
  return best;
}

export const POLICY_KINDS = ['induction', 'refresher'] as const;
export const DSL_ROLES: readonly string[] = ['dsl', 'deputy_dsl'];

export interface PersonTrainingStatus {
  /** Induction or refresher training on the policy. */
  policy: TrainingStatus;
  dsl: TrainingStatus;
  /** The date the policy training runs out, if it does. */
  policyValidUntil: string | null;
}

export function personStatus(records: Dated[], today: string): PersonTrainingStatus {
  const policy = longestRunning(records, POLICY_KINDS);
  const dsl = longestRunning(records, ['dsl']);
  return {
    policy: policy ? statusOfExpiry(policy.expiresOn, today) : 'none',
    dsl: dsl ? statusOfExpiry(dsl.expiresOn, today) : 'none',
    policyValidUntil: policy?.expiresOn ?? null,
  };
}

/** The one status shown for a person: policy training, and for the DSL team the worse of that and DSL training. */
export function overallStatus(s: PersonTrainingStatus, role: string): TrainingStatus {
  return DSL_ROLES.includes(role) ? worstOf(s.policy, s.dsl) : s.policy;
}

/** What the policy in force asks of one person's policy training. */
export interface TrainingDuty {
  /** Whether the policy asks them for policy training at all (people.training.required). */
  required: boolean;
  /** The first day on which having no policy training on record makes them out of date (people.training.atInduction). */
  dueFrom: string;
}

export function trainingDutyOf(
  training: TrainingSettings,
  person: { role: string; createdAt: Date },
  today: string,
): TrainingDuty {
  // The staff record's creation is the nearest Schoolgate knows to the day they joined. Someone already on the staff
  // has joined by today, whatever the database clock wrote.
  const created = londonDateOf(person.createdAt);
  const joinedOn = created < today ? created : today;
  return { required: isInPeopleScope(training.required, person.role), dueFrom: trainingDueFrom(training, joinedOn) };
}

/**
 * The one status shown for a person and whether they are out of date under the policy in force. Policy training
 * counts only for those the policy asks, and "none recorded" only from their due day; DSL training counts for the
 * DSL team whatever the policy's training scope says.
 */
export function assessTraining(
  s: PersonTrainingStatus,
  role: string,
  duty: TrainingDuty,
  today: string,
): { status: TrainingStatus; outOfDate: boolean } {
  const dslTeam = DSL_ROLES.includes(role);
  const policyOverdue = duty.required && (s.policy === 'expired' || (s.policy === 'none' && duty.dueFrom <= today));
  const dslOverdue = dslTeam && isOutOfDate(s.dsl);
  const status = !duty.required && dslTeam ? s.dsl : overallStatus(s, role);
  return { status, outOfDate: policyOverdue || dslOverdue };
}

export async function trainingStatusFor(
  db: Db,
  schoolId: string,
  staffIds: string[],
  today: string,
): Promise<Map<string, PersonTrainingStatus>> {
  const records = await trainingRepository.listForStaff(db, schoolId, staffIds);
  return new Map(
    staffIds.map((id) => [
      id,
      personStatus(
        records.filter((r) => r.staffId === id),
        today,
      ),
    ]),
  );
}
