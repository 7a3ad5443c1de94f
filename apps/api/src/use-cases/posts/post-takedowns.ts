// Taking a published post down through the platform's API (issue 11), when consent for a pupil in it was withdrawn
// after it went out. Facebook and X can delete the school's own posts; Instagram's API cannot, so its task lists the
// steps to do it in the app and the runner records them done (completeTakedown). Only the account's runners (and the
// head: canActOnAccount) may remove a post. A removal closes every open task on that post and account, since the
// post is gone for all the pupils in it; the result, who and when go in the audit chain in the same transaction. A
// platform that refuses or does not answer leaves the task open with the error on it, to be tried again.
import { postsRepository, socialAccountsRepository } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import type { Platform } from '../../connectors/normalised-event.ts';
import { POST_REMOVAL } from '../../connectors/post-removal.ts';
import { assertMayActOnAccount } from '../accounts/account-access.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { connectorForAccount } from '../moderation/connector-for-account.ts';
import { listTakedowns } from './post-record.ts';
import { API_FAILED } from './takedown-removal.ts';

const PLATFORM_NAMES: Record<string, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' };

export async function removeTakedownViaApi(ctx: AppContext, actor: Actor, id: string) {
  authorise(actor, 'publish', 'post');
  const schoolId = schoolOf(actor);
  const row = (await postsRepository.takedowns(ctx.db, schoolId)).find((r) => r.takedown.id === id);
  if (!row) throw notFound('The take-down task');
  await assertMayActOnAccount(ctx.db, actor, row.target.accountId, 'take its posts down');
  if (row.takedown.status === 'done') throw new AppError('CONFLICT', 'This take-down is already recorded as done.');
  const name = PLATFORM_NAMES[row.platform] ?? row.platform;
  if (!POST_REMOVAL[row.platform as Platform]?.viaApi) {
    throw new AppError(
      'CONFLICT',
      `${name}'s API cannot delete a post: follow the steps on the task, then record it as done.`,
    );
  }
  if (!row.target.externalPostId) throw new AppError('CONFLICT', 'Schoolgate has no platform id for this post.');
  const account = await socialAccountsRepository.findInSchool(ctx.db, schoolId, row.target.accountId);
  const connector = account ? connectorForAccount(ctx, account) : null;
  const result = connector ? await connector.deletePost({ postExternalId: row.target.externalPostId }) : null;
  const now = ctx.now();
  const details = {
    platform: row.platform,
    accountId: row.target.accountId,
    postId: row.target.postId,
    externalPostId: row.target.externalPostId,
  };
  await ctx.db.transaction(async (tx) => {
    if (result?.ok) {
      // Every open task on this post and account is done: the post is gone for every pupil in it.
      const open = (await postsRepository.takedowns(tx, schoolId)).filter(
        (r) => r.target.id === row.target.id && r.takedown.status === 'open',
      );
      for (const task of open) {
        await postsRepository.updateTakedown(tx, task.takedown.id, {
          status: 'done',
          doneAt: now,
          steps: [
            ...task.takedown.steps,
            {
              at: now.toISOString(),
              byUserId: actor.userId,
              via: 'api',
              note: `Deleted from ${name} through its API.`,
            },
          ],
        });
      }
      await postsRepository.updateTarget(tx, row.target.id, { status: 'taken_down' });
      await recordAudit(
        tx,
        actor,
        {
          action: 'post.taken_down',
          entityType: 'post_takedown',
          entityId: id,
          details: { ...details, via: 'api', tasks: open.map((t) => t.takedown.id) },
        },
        now,
      );
      return;
    }
    const message = !result
      ? 'This account is not connected to its platform: reconnect it, or delete the post by hand.'
      : result.error.outcomeUnknown
        ? `${result.error.message}. The post may already be gone: check the account before trying again.`
        : result.error.message;
    await postsRepository.updateTakedown(tx, id, {
      steps: [...row.takedown.steps, { at: now.toISOString(), byUserId: actor.userId, via: API_FAILED, note: message }],
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'post.takedown_failed',
        entityType: 'post_takedown',
        entityId: id,
        details: { ...details, code: result ? result.error.code : 'NOT_CONNECTED' },
      },
      now,
    );
  });
  return listTakedowns(ctx, actor);
}
