// The head approves the reply drafted for a journalist, and Schoolgate sends it (004). It is sent once: the comment's
// row is locked for the whole approval, so a double-click, a retry or two heads approving at the same moment wait for
// each other, and whoever comes second finds the reply already sent and is told so.
import { commentsRepository, moderationActionsRepository, usersRepository } from '@schoolgate/db';
import { AppError, can } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { attemptOnPlatform, done, recordDone, type Loaded, type Outcome } from './comment-action-steps.ts';
import { connectorForAccount } from './connector-for-account.ts';
import type { Override } from '../posts/publication-guard.ts';
import { guardReply, type OverriddenCheck } from './reply-guard.ts';

const londonTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/**
 * The checks run again when the head approves, before the lock is taken (they read the roster and write a refusal's
 * audit entry): consent can be withdrawn, or a pupil listed, after the reply was drafted. The head's own override
 * counts; otherwise what the drafter overrode, with their reason, stands.
 */
async function checkProposal(ctx: AppContext, actor: Actor, l: Loaded, override?: Override | null) {
  const actions = [...(await moderationActionsRepository.forComment(ctx.db, l.comment.id))].sort((a, b) => a.id - b.id);
  const proposal = actions.filter((a) => a.action === 'reply_proposed').at(-1);
  if (!proposal) return { proposalId: null, overridden: [] };
  const drafted = (proposal.detail.overridden ?? []) as OverriddenCheck[];
  const standing =
    override ?? (drafted.length ? { checks: drafted.map((o) => o.check), reason: drafted[0]?.reason ?? '' } : null);
  const { overridden } = await guardReply(ctx, actor, l, String(proposal.detail.text), standing);
  return { proposalId: proposal.id, overridden };
}

export async function approvePressReply(
  ctx: AppContext,
  actor: Actor,
  l: Loaded,
  override?: Override | null,
): Promise<Outcome> {
  if (!can(actor.role, 'approve', 'press'))
    throw new AppError('FORBIDDEN', 'Only the head approves replies to journalists.');
  const connector = connectorForAccount(ctx, l.account);
  const checked = await checkProposal(ctx, actor, l, override);
  // The platform is called while the lock is held: that is what makes the second approval wait and then see the
  // first one's reply, rather than send its own.
  return ctx.db.transaction(async (tx) => {
    await commentsRepository.lockForUpdate(tx, l.comment.id);
    // Ids, not times, give the order: two actions can share a millisecond.
    const actions = [...(await moderationActionsRepository.forComment(tx, l.comment.id))].sort((a, b) => a.id - b.id);
    const proposal = actions.filter((a) => a.action === 'reply_proposed').at(-1);
    if (!proposal) throw new AppError('CONFLICT', 'There is no reply waiting for approval.');
    const sent = actions.find(
      (a) => a.action === 'reply' && (a.detail.approvedPressReply === proposal.id || a.id > proposal.id),
    );
    if (sent) {
      const by = sent.byUserId ? (await usersRepository.displayNames(tx, [sent.byUserId])).get(sent.byUserId) : null;
      throw new AppError(
        'CONFLICT',
        `This reply was already sent${by ? ` by ${by}` : ''} on ${londonTime.format(sent.at)}. It has not been sent again.`,
      );
    }
    const text = String(proposal.detail.text);
    if (proposal.id !== checked.proposalId)
      throw new AppError('CONFLICT', 'The reply was changed while you were approving it. Open it again.');
    const overridden = checked.overridden;
    const attempt = await attemptOnPlatform(
      ctx,
      actor,
      l,
      'reply',
      () => connector?.reply({ commentExternalId: l.comment.externalId, text }) ?? null,
      tx,
    );
    if (!attempt.ok) return attempt.outcome;
    await recordDone(tx, ctx, actor, l, {
      action: 'reply',
      patch: { respondedAt: ctx.now(), reviewState: 'reviewed' },
      detail: {
        text,
        approvedPressReply: proposal.id,
        replyExternalId: attempt.value.replyExternalId,
        via: 'api',
        ...(overridden.length ? { overridden } : {}),
      },
    });
    return done('The reply was sent.');
  });
}
