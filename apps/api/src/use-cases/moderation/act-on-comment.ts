// What a moderator does with one comment. Evidence is kept (and committed) before any hide or delete reaches the
// platform (004). Where the platform cannot do something, or refuses, the moderator gets the manual steps and
// records them when done (record-manual-step.ts). Replies to anyone marked as press wait for the head (004), and
// only the head can count a press comment as answered. Only the account's runners and the head act on its comments
// (004, account-access.ts).
import { moderationActionsRepository, type CommentRow } from '@schoolgate/db';
import { AppError, can } from '@schoolgate/domain';
import type { CommentActionRequest, CommentActionResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import type { ConnectorAction } from '../../connectors/connector.ts';
import type { ConnectorResult } from '../../connectors/connector-error.ts';
import { notify } from '../../notifications/notify.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { assertMayActOnAccount } from '../accounts/account-access.ts';
import { approvePressReply } from './approve-press-reply.ts';
import {
  attemptOnPlatform,
  done,
  ensureEvidence,
  loadForAction,
  recordDone,
  type LadderStep,
  type Loaded,
  type Outcome,
} from './comment-action-steps.ts';
import { connectorForAccount } from './connector-for-account.ts';
import { loadCommentDetail } from './get-comment.ts';
import { requirePressApproval } from './press-hold.ts';
import { recordManualStep } from './record-manual-step.ts';
import { guardReply, type OverriddenCheck } from './reply-guard.ts';

const DONE_MESSAGE: Record<ConnectorAction, string> = {
  hide: 'The comment was hidden.',
  unhide: 'The comment can be seen again.',
  delete: 'The comment was deleted.',
  reply: 'The reply was sent.',
  block: 'The author was blocked on the platform.',
};

/** Asks the platform; when it does it, records the change and its audit entry in one transaction. */
async function onPlatform(
  ctx: AppContext,
  actor: Actor,
  l: Loaded,
  action: ConnectorAction,
  call: () => Promise<ConnectorResult<unknown>> | null,
  result: { patch: Partial<CommentRow>; detail: Record<string, unknown>; ladder?: LadderStep },
): Promise<Outcome> {
  const attempt = await attemptOnPlatform(ctx, actor, l, action, call);
  if (!attempt.ok) return attempt.outcome;
  const detail = { ...result.detail, via: 'api' };
  await ctx.db.transaction((tx) =>
    recordDone(tx, ctx, actor, l, {
      action,
      patch: result.patch,
      detail,
      ...(result.ladder ? { ladder: { ...result.ladder, detail: { ...result.ladder.detail, via: 'api' } } } : {}),
    }),
  );
  return done(DONE_MESSAGE[action]);
}

async function proposePressReply(
  ctx: AppContext,
  actor: Actor,
  l: Loaded,
  text: string,
  overridden: OverriddenCheck[],
): Promise<Outcome> {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await moderationActionsRepository.record(tx, {
      schoolId: l.comment.schoolId,
      commentId: l.comment.id,
      authorId: l.author.id,
      action: 'reply_proposed',
      detail: { text, ...(overridden.length ? { overridden } : {}) },
      byUserId: actor.userId,
      at: now,
    });
    await recordAudit(
      tx,
      actor,
      { action: 'comment.reply_proposed', entityType: 'comment', entityId: l.comment.id },
      now,
    );
    await notify(tx, {
      school: { id: l.comment.schoolId, trustId: actor.trustId },
      roles: ['head'],
      kind: 'press-reply',
      title: 'A reply to a journalist needs your approval',
      body: `${actor.displayName} has drafted a reply to ${l.author.name ?? 'a journalist'}. Nothing is sent until you approve it.`,
      link: `/moderation/comments/${l.comment.id}`,
      now,
    });
  });
  return {
    outcome: 'pending_approval',
    message: 'This author is marked as press: the reply waits for the head’s approval.',
    manualSteps: [],
  };
}

async function act(ctx: AppContext, actor: Actor, l: Loaded, req: CommentActionRequest): Promise<Outcome> {
  const connector = connectorForAccount(ctx, l.account);
  const target = { commentExternalId: l.comment.externalId };
  switch (req.action) {
    case 'approve':
      await ctx.db.transaction((tx) =>
        recordDone(tx, ctx, actor, l, { action: 'approve', patch: { reviewState: 'reviewed' }, detail: {} }),
      );
      return done('Approved: the comment stays up.');
    case 'mark_responded':
      requirePressApproval(actor, l.author, 'mark their comment as answered');
      await ctx.db.transaction((tx) =>
        recordDone(tx, ctx, actor, l, {
          action: 'mark_responded',
          patch: { respondedAt: ctx.now(), reviewState: 'reviewed' },
          detail: {},
        }),
      );
      return done('Marked as answered.');
    case 'hide':
    case 'delete': {
      await ensureEvidence(ctx, actor, l, req.action);
      const call = () =>
        connector ? (req.action === 'hide' ? connector.hideComment(target) : connector.deleteComment(target)) : null;
      return onPlatform(ctx, actor, l, req.action, call, {
        patch: { platformState: req.action === 'hide' ? 'hidden' : 'deleted', reviewState: 'reviewed' },
        detail: {},
      });
    }
    case 'unhide':
      return onPlatform(ctx, actor, l, 'unhide', () => connector?.unhideComment(target) ?? null, {
        patch: { platformState: 'visible' },
        detail: {},
      });
    case 'reply': {
      if (!req.text)
        throw new AppError('VALIDATION_FAILED', 'Write the reply first.', [
          { field: 'text', message: 'Write the reply.' },
        ]);
      // The same checks as a post (issue 11): a reply naming a pupil without consent never leaves the school.
      const { overridden } = await guardReply(ctx, actor, l, req.text, req.override);
      if (l.author.isPress && !can(actor.role, 'approve', 'press'))
        return proposePressReply(ctx, actor, l, req.text, overridden);
      const text = req.text;
      return onPlatform(ctx, actor, l, 'reply', () => connector?.reply({ ...target, text }) ?? null, {
        patch: { respondedAt: ctx.now(), reviewState: 'reviewed' },
        detail: { text, ...(overridden.length ? { overridden } : {}) },
      });
    }
    case 'block':
      // A block is also a rung of the author's ladder (000, 003), so it shows on the author's page.
      return onPlatform(
        ctx,
        actor,
        l,
        'block',
        () => connector?.blockAuthor({ authorExternalId: l.author.externalId }) ?? null,
        { patch: { reviewState: 'reviewed' }, detail: {}, ladder: { step: 'block', detail: {} } },
      );
    case 'approve_press_reply':
      return approvePressReply(ctx, actor, l, req.override);
    case 'record_manual':
      return recordManualStep(ctx, actor, l, req);
  }
}

export async function actOnComment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  req: CommentActionRequest,
): Promise<CommentActionResponse> {
  authorise(actor, 'moderate', 'comment');
  const schoolId = schoolOf(actor);
  const loaded = await loadForAction(ctx, schoolId, id);
  await assertMayActOnAccount(ctx.db, actor, loaded.account.id, 'act on its comments');
  const outcome = await act(ctx, actor, loaded, req);
  return { ...outcome, comment: await loadCommentDetail(ctx, schoolId, id) };
}
