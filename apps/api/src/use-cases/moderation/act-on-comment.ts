// What a moderator does with one comment. Evidence is kept (and committed) before any hide or delete reaches the
// platform (004). Where the platform cannot do something, or refuses, the moderator gets the manual steps and
// records them when done. Replies to anyone marked as press wait for the head (004).
import {
  commentsRepository,
  moderationActionsRepository,
  schema,
  socialAccountsRepository,
  type AuthorRow,
  type CommentRow,
  type SocialAccountRow,
} from '@schoolgate/db';
import { AppError, can, notFound } from '@schoolgate/domain';
import { eq } from 'drizzle-orm';
import type { CommentActionRequest, CommentActionResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import type { ConnectorAction } from '../../connectors/connector.ts';
import type { ConnectorResult } from '../../connectors/connector-error.ts';
import { keepEvidence } from '../../evidence/keep-evidence.ts';
import { notify } from '../../notifications/notify.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { capabilitiesOf, connectorForAccount } from './connector-for-account.ts';
import { loadCommentDetail } from './get-comment.ts';

type Outcome = Omit<CommentActionResponse, 'comment'>;
interface Loaded {
  comment: CommentRow;
  author: AuthorRow;
  account: SocialAccountRow;
}

const STATE_AFTER: Partial<Record<string, string>> = { hide: 'hidden', unhide: 'visible', delete: 'deleted' };
const DONE_MESSAGE: Record<string, string> = {
  hide: 'The comment was hidden.',
  unhide: 'The comment can be seen again.',
  delete: 'The comment was deleted.',
  reply: 'The reply was sent.',
  block: 'The author was blocked on the platform.',
};

async function load(ctx: AppContext, schoolId: string, id: string): Promise<Loaded> {
  const comment = await commentsRepository.findInSchool(ctx.db, schoolId, id);
  if (!comment) throw notFound('That comment');
  const author = (await commentsRepository.author(ctx.db, schoolId, comment.authorId))!;
  const account = (await socialAccountsRepository.findInSchool(ctx.db, schoolId, comment.accountId))!;
  return { comment, author, account };
}

async function ensureEvidence(ctx: AppContext, actor: Actor, l: Loaded, action: string) {
  await ctx.db.transaction((tx) =>
    keepEvidence(
      tx,
      {
        comment: l.comment,
        trustId: actor.trustId,
        platform: l.account.platform,
        accountName: l.account.displayName,
        authorName: l.author.name ?? l.author.handle ?? 'Unknown',
        authorExternalId: l.author.externalId,
        postExternalId: null,
      },
      action,
      { userId: actor.userId, address: actor.address },
      ctx.now(),
    ),
  );
}

/** Records what happened, updates the comment and writes the audit entry, in one transaction. */
async function recordDone(
  ctx: AppContext,
  actor: Actor,
  l: Loaded,
  action: string,
  patch: Partial<CommentRow>,
  detail: Record<string, unknown>,
  manual = false,
) {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await commentsRepository.update(tx, l.comment.id, patch);
    await moderationActionsRepository.record(tx, {
      schoolId: l.comment.schoolId,
      commentId: l.comment.id,
      authorId: l.author.id,
      action,
      manual,
      detail,
      byUserId: actor.userId,
      at: now,
    });
    await recordAudit(
      tx,
      actor,
      { action: `comment.${action}`, entityType: 'comment', entityId: l.comment.id, details: { manual, ...detail } },
      now,
    );
  });
}

/** A block is also a rung of the author's ladder (000, 003), so it shows on the author's page. */
async function recordLadderBlock(ctx: AppContext, actor: Actor, l: Loaded, via: string) {
  await moderationActionsRepository.record(ctx.db, {
    schoolId: l.comment.schoolId,
    commentId: null,
    authorId: l.author.id,
    action: 'block',
    manual: via !== 'api',
    detail: { via, fromComment: l.comment.id },
    byUserId: actor.userId,
    at: ctx.now(),
  });
}

async function onPlatform(
  ctx: AppContext,
  actor: Actor,
  l: Loaded,
  action: ConnectorAction,
  call: () => Promise<ConnectorResult<unknown>> | null,
  done: { patch: Partial<CommentRow>; detail: Record<string, unknown> },
): Promise<Outcome> {
  const capability = capabilitiesOf(l.account.platform).actions[action];
  const manual = (message: string): Outcome => ({
    outcome: 'manual_needed',
    message,
    manualSteps: [...capability.manualSteps],
  });
  if (!capability.viaApi)
    return manual(
      capability.note ??
        `${l.account.platform} does not let Schoolgate do this. Do it on the platform, then record it here.`,
    );
  const pending = call();
  if (!pending)
    return manual(
      'This account is not connected with credentials, so Schoolgate cannot act on the platform. Do it there, then record it here.',
    );
  const result = await pending;
  if (!result.ok) {
    ctx.log.warn({ commentId: l.comment.id, action, code: result.error.code }, 'platform action refused');
    return manual(
      `The platform did not ${action} the comment (${result.error.code.toLowerCase().replace(/_/g, ' ')}). Do it on the platform, then record it here.`,
    );
  }
  await recordDone(ctx, actor, l, action, done.patch, { ...done.detail, via: 'api' });
  return { outcome: 'done', message: DONE_MESSAGE[action] ?? 'Done.', manualSteps: [] };
}

async function sendReply(
  ctx: AppContext,
  actor: Actor,
  l: Loaded,
  text: string,
  extra: Record<string, unknown> = {},
): Promise<Outcome> {
  const connector = connectorForAccount(ctx, l.account);
  return onPlatform(
    ctx,
    actor,
    l,
    'reply',
    () => connector?.reply({ commentExternalId: l.comment.externalId, text }) ?? null,
    {
      patch: { respondedAt: ctx.now(), reviewState: 'reviewed' },
      detail: { text, ...extra },
    },
  );
}

async function act(ctx: AppContext, actor: Actor, l: Loaded, req: CommentActionRequest): Promise<Outcome> {
  const connector = connectorForAccount(ctx, l.account);
  const target = { commentExternalId: l.comment.externalId };
  switch (req.action) {
    case 'approve':
      await recordDone(ctx, actor, l, 'approve', { reviewState: 'reviewed' }, {});
      return { outcome: 'done', message: 'Approved: the comment stays up.', manualSteps: [] };
    case 'mark_responded':
      await recordDone(ctx, actor, l, 'mark_responded', { respondedAt: ctx.now(), reviewState: 'reviewed' }, {});
      return { outcome: 'done', message: 'Marked as answered.', manualSteps: [] };
    case 'hide':
    case 'delete': {
      await ensureEvidence(ctx, actor, l, req.action);
      const call = () =>
        connector ? (req.action === 'hide' ? connector.hideComment(target) : connector.deleteComment(target)) : null;
      return onPlatform(ctx, actor, l, req.action, call, {
        patch: { platformState: STATE_AFTER[req.action]!, reviewState: 'reviewed' },
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
      if (l.author.isPress && !can(actor.role, 'approve', 'press')) {
        const now = ctx.now();
        await ctx.db.transaction(async (tx) => {
          await moderationActionsRepository.record(tx, {
            schoolId: l.comment.schoolId,
            commentId: l.comment.id,
            authorId: l.author.id,
            action: 'reply_proposed',
            detail: { text: req.text },
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
          });
        });
        return {
          outcome: 'pending_approval',
          message: 'This author is marked as press: the reply waits for the head’s approval.',
          manualSteps: [],
        };
      }
      return sendReply(ctx, actor, l, req.text);
    }
    case 'block': {
      const outcome = await onPlatform(
        ctx,
        actor,
        l,
        'block',
        () => connector?.blockAuthor({ authorExternalId: l.author.externalId }) ?? null,
        { patch: { reviewState: 'reviewed' }, detail: {} },
      );
      if (outcome.outcome === 'done') await recordLadderBlock(ctx, actor, l, 'api');
      return outcome;
    }
    case 'approve_press_reply': {
      if (!can(actor.role, 'approve', 'press'))
        throw new AppError('FORBIDDEN', 'Only the head approves replies to journalists.');
      const proposal = [...(await moderationActionsRepository.forComment(ctx.db, l.comment.id))]
        .reverse()
        .find((a) => a.action === 'reply_proposed');
      if (!proposal) throw new AppError('CONFLICT', 'There is no reply waiting for approval.');
      return sendReply(ctx, actor, l, String(proposal.detail.text), { approvedPressReply: proposal.id });
    }
    case 'record_manual': {
      if (!req.manualAction)
        throw new AppError('VALIDATION_FAILED', 'Say which step was done on the platform.', [
          { field: 'manualAction', message: 'Choose the step.' },
        ]);
      if (req.manualAction === 'hide' || req.manualAction === 'delete') {
        const kept = await ctx.db
          .select({ id: schema.evidenceItems.id })
          .from(schema.evidenceItems)
          .where(eq(schema.evidenceItems.commentId, l.comment.id))
          .limit(1);
        if (kept.length === 0) await ensureEvidence(ctx, actor, l, req.manualAction);
      }
      const patch: Partial<CommentRow> = { reviewState: 'reviewed' };
      if (STATE_AFTER[req.manualAction]) patch.platformState = STATE_AFTER[req.manualAction]!;
      if (req.manualAction === 'reply') patch.respondedAt = ctx.now();
      await recordDone(ctx, actor, l, req.manualAction, patch, { note: req.text ?? null, via: 'by hand' }, true);
      if (req.manualAction === 'block') await recordLadderBlock(ctx, actor, l, 'by hand');
      return { outcome: 'done', message: 'Recorded as done on the platform.', manualSteps: [] };
    }
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
  const outcome = await act(ctx, actor, await load(ctx, schoolId, id), req);
  return { ...outcome, comment: await loadCommentDetail(ctx, schoolId, id) };
}
