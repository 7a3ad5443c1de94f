// The current state of a pupil's consent, worked out from the history of decisions (rows are never edited, so the
// latest row for a use is what stands). Pure: `today` is the school's calendar date, passed in by the caller.
//
// Schoolgate never assumes consent. Only a grant that has not expired allows a use; a refusal, a withdrawal, an
// expired grant and no record at all do not. A pupil on the do-not-publish list (004) is never publishable,
// whatever the register says.
import type { IsoDate } from '../calendar/london-time.ts';
import {
  CONSENT_USES,
  isConsentDecision,
  isConsentUse,
  type ConsentDecision,
  type ConsentStatus,
  type ConsentUse,
} from './consent-vocabulary.ts';

/** The fields of a stored decision that the rules need (a database row fits). */
export interface ConsentRecordLike {
  use: string;
  decision: string;
  decidedOn: IsoDate;
  expiresOn: IsoDate | null;
  recordedAt: Date;
}

/** The decision standing for one use; `status` is as of the `today` it was worked out for. */
export interface ConsentUseState {
  status: ConsentStatus;
  decision: ConsentDecision | null;
  decidedOn: IsoDate | null;
  expiresOn: IsoDate | null;
}

export interface PupilConsentState {
  doNotPublish: boolean;
  uses: Record<ConsentUse, ConsentUseState>;
}

/** Why a use is or is not allowed, for a message such as "no consent for name on social media". */
export type ConsentVerdict = { allowed: true } | { allowed: false; reason: 'do_not_publish' | ConsentStatus };

const NOT_RECORDED: ConsentUseState = { status: 'not_recorded', decision: null, decidedOn: null, expiresOn: null };

/**
 * A grant holds up to and including its expiry date ("consent until 31 August" covers 31 August) and lapses the
 * day after.
 */
export function isConsentExpired(expiresOn: IsoDate | null, today: IsoDate): boolean {
  return expiresOn !== null && expiresOn < today;
}

/** The latest record for each use; a later `recordedAt` wins, and among equal times the later one in the list. */
export function latestByUse<R extends ConsentRecordLike>(history: readonly R[]): Partial<Record<ConsentUse, R>> {
  const latest: Partial<Record<ConsentUse, R>> = {};
  for (const record of history) {
    if (!isConsentUse(record.use) || !isConsentDecision(record.decision)) continue;
    const held = latest[record.use];
    if (!held || record.recordedAt.getTime() >= held.recordedAt.getTime()) latest[record.use] = record;
  }
  return latest;
}

/** What one stored decision means on `today`. */
export function useStateOf(record: ConsentRecordLike | undefined, today: IsoDate): ConsentUseState {
  if (!record || !isConsentDecision(record.decision)) return NOT_RECORDED;
  const decision = record.decision;
  const status: ConsentStatus =
    decision === 'granted' && isConsentExpired(record.expiresOn, today) ? 'expired' : decision;
  return { status, decision, decidedOn: record.decidedOn, expiresOn: record.expiresOn };
}

/** The pupil's consent for every use on `today`, from their whole history (in any order). */
export function currentConsentState(
  history: readonly ConsentRecordLike[],
  today: IsoDate,
  doNotPublish = false,
): PupilConsentState {
  const latest = latestByUse(history);
  const uses = Object.fromEntries(CONSENT_USES.map((use) => [use, useStateOf(latest[use], today)])) as Record<
    ConsentUse,
    ConsentUseState
  >;
  return { doNotPublish, uses };
}

/**
 * May this pupil appear in this use on `today`? The expiry is checked again against `today`, so a state worked out
 * yesterday cannot let through a grant that lapsed overnight.
 */
export function consentVerdict(state: PupilConsentState, use: ConsentUse, today: IsoDate): ConsentVerdict {
  if (state.doNotPublish) return { allowed: false, reason: 'do_not_publish' };
  const held = state.uses[use];
  if (held.decision !== 'granted') return { allowed: false, reason: held.decision ?? 'not_recorded' };
  if (isConsentExpired(held.expiresOn, today)) return { allowed: false, reason: 'expired' };
  return { allowed: true };
}

export function consentAllows(state: PupilConsentState, use: ConsentUse, today: IsoDate): boolean {
  return consentVerdict(state, use, today).allowed;
}

/** "Missing" for the register's filter: nothing to rely on that a parent decided, i.e. not recorded or expired. */
export function isConsentMissing(status: ConsentStatus): boolean {
  return status === 'not_recorded' || status === 'expired';
}
