// Who may draft, approve and publish a post (004): the runners of every account it goes to, each having signed the
// policy in force and holding training in date (the same rule account requests use, runner-readiness.ts). The head
// and senior leaders approve a post flagged as controversial ("check with senior staff") and must meet the same
// signature and training rule; nobody approves their own post.
import { accountRunnersRepository, staffRepository } from '@schoolgate/db';
import type { RunnerGap } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { accountRulesFor, runnerStatuses } from '../accounts/runner-readiness.ts';

export interface PostStanding {
  /** Runs every one of the accounts. */
  runsAll: boolean;
  /** Head or SLT of the school (trust team too), for controversial posts. */
  senior: boolean;
  /** Signed and trained as the policy asks; the gaps otherwise. */
  ready: boolean;
  why: string[];
}

const SENIOR = new Set(['head', 'slt', 'trust_admin']);
const GAP_WORDS: Record<RunnerGap, string> = {
  signature: 'have not signed the policy in force',
  training: 'have no policy training in date',
  inactive: 'are no longer on the staff',
};

export async function postStanding(
  ctx: AppContext,
  actor: Actor,
  accountIds: readonly string[],
): Promise<PostStanding> {
  const schoolId = schoolOf(actor);
  const db = ctx.db;
  const why: string[] = [];
  const mine = (await staffRepository.linkedInSchool(db, schoolId, actor.userId)).filter((s) => s.status === 'active');
  const runners = await accountRunnersRepository.listForAccounts(db, schoolId, [...accountIds]);
  const myIds = new Set(mine.map((s) => s.id));
  const runsAll =
    accountIds.length > 0 &&
    accountIds.every((accountId) => runners.some((r) => r.accountId === accountId && myIds.has(r.staffId)));
  if (!runsAll) why.push('You are not a runner of every account this post goes to.');
  const senior = SENIOR.has(actor.role);
  let ready = false;
  if (mine.length > 0) {
    const rules = await accountRulesFor(db, schoolId);
    const statuses = await runnerStatuses(db, schoolId, [...myIds], ctx.now(), rules);
    ready = statuses.some((s) => s.missing.length === 0);
    if (!ready) {
      const gaps = [...new Set(statuses.flatMap((s) => s.missing))] as RunnerGap[];
      why.push(`You ${gaps.map((g) => GAP_WORDS[g]).join(' and ')}.`);
    }
  } else {
    why.push('You have no staff record in this school.');
  }
  return { runsAll, senior, ready, why };
}
