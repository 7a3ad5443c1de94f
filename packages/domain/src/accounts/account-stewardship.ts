// Who looks after an official account (004): its named runners, with the head above them. Only they act on the
// account (moderate, publish, name a runner, reveal its sign-in details); others who may read comments still see
// them. A runner leaving opens a handover; a page the account likes or follows must be non-commercial unless the
// head approves it (000, 002).
import type { Role } from '../roles.ts';

export interface AccountActor {
  role: Role;
  /** Whether the person's active staff record in this school is a named runner of the account. */
  runsAccount: boolean;
}

/** 004: "only an account's runners (and the head) moderate and publish on it". */
export function canActOnAccount(who: AccountActor): boolean {
  return who.role === 'head' || who.runsAccount;
}

/** The sign-in details of an account are revealed only with a reason a reviewer can read later. */
export const REVEAL_REASON_MIN = 10;

export type HandoverResolution = 'runner_named' | 'account_closed';

/** A new runner must already be ready (004): on the staff, signed the policy in force, training in date. */
export interface CandidateRunner {
  active: boolean;
  alreadyRuns: boolean;
  missing: readonly string[];
}

export function candidateRunnerProblem(c: CandidateRunner): string | null {
  if (!c.active) return 'is no longer on the staff';
  if (c.alreadyRuns) return 'already runs this account';
  if (c.missing.length > 0) return 'is not ready to run an account yet';
  return null;
}

export type PageLinkStatus = 'approved' | 'awaiting_head' | 'refused';

/** 000 and 002: a page the account likes or follows counts as approved at once unless it is commercial. */
export function initialPageLinkStatus(commercial: boolean): PageLinkStatus {
  return commercial ? 'awaiting_head' : 'approved';
}
