// Per-account stewardship on the server (004): the one place a use case asks "may this person act on this account?"
// The role still decides whether someone does moderation work at all (authorise); this adds which accounts:
// only those they run, unless they are the head (canActOnAccount in the domain). Refused with FORBIDDEN, as a role
// would be: the person may still see the account and its comments, so hiding it behind "not found" would mislead.
import { accountRunnersRepository, commentsRepository, socialAccountsRepository, type Db } from '@schoolgate/db';
import { AppError, canActOnAccount } from '@schoolgate/domain';
import type { Actor } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';

export async function mayActOnAccount(db: Db, actor: Actor, accountId: string): Promise<boolean> {
  if (canActOnAccount({ role: actor.role, runsAccount: false })) return true;
  const runsAccount = await accountRunnersRepository.isRunner(db, schoolOf(actor), accountId, actor.userId);
  return canActOnAccount({ role: actor.role, runsAccount });
}

export async function assertMayActOnAccount(db: Db, actor: Actor, accountId: string, doing: string): Promise<void> {
  if (!(await mayActOnAccount(db, actor, accountId)))
    throw new AppError('FORBIDDEN', `Only this account’s runners and the head may ${doing}.`);
}

/**
 * An author may comment on several accounts: a runner of any of them (or the head) takes steps about them. One
 * with no comments kept yet (an author recorded by hand) belongs to the school's accounts on their platform.
 */
export async function assertMayActOnAuthor(
  db: Db,
  actor: Actor,
  author: { id: string; platform: string },
): Promise<void> {
  if (canActOnAccount({ role: actor.role, runsAccount: false })) return;
  const schoolId = schoolOf(actor);
  const [commentedOn, mine] = await Promise.all([
    commentsRepository.accountIdsOfAuthor(db, schoolId, author.id),
    accountRunnersRepository.accountIdsRunBy(db, schoolId, actor.userId),
  ]);
  const theirs =
    commentedOn.length > 0
      ? commentedOn
      : (await socialAccountsRepository.listForSchool(db, schoolId))
          .filter((a) => a.platform === author.platform)
          .map((a) => a.id);
  const runsOne = theirs.some((id) => mine.includes(id));
  if (!canActOnAccount({ role: actor.role, runsAccount: runsOne }))
    throw new AppError(
      'FORBIDDEN',
      'Only the runners of the accounts this author commented on, and the head, may take steps about them.',
    );
}
