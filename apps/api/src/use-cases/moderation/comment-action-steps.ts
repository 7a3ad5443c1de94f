// The building blocks every action on a comment is made of: load the comment with its author and account, keep the
// evidence (committed before anything is removed, 004), ask the platform, and record what was done with its audit
// entry in one transaction. A platform that refuses is audited too, so the record shows every attempt.
import { fileStoreOf } from '../../files/file-store.ts';
import {
  commentsRepository,
  moderationActionsRepository,
  socialAccountsRepository,
  type AuthorRow,
  type CommentRow,
  type Db,
  type SocialAccountRow,
} from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { CommentActionResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import type { ConnectorAction } from '../../connectors/connector.ts';
import type { ConnectorResult } from '../../connectors/connector-error.ts';
import { prepareEvidence, recordEvidence } from '../../evidence/keep-evidence.ts';
import { noticeRefusedToken } from '../accounts/connect/needs-reconnecting.ts';
import { recordAudit } from '../audit-entry.ts';
import { capabilitiesOf } from './connector-for-account.ts';

export type Outcome = Omit<CommentActionResponse, 'comment'>;
export interface Loaded {
  comment: CommentRow;
  author: AuthorRow;
  account: SocialAccountRow;
}

/** A rung of the author's ladder (000, 003) that an action on one comment also takes, so the author's page shows it. */
export interface LadderStep {
  step: string;
  detail: Record<string, unknown>;
}

export const done = (message: string): Outcome => ({ outcome: 'done', message, manualSteps: [] });

export async function loadForAction(ctx: AppContext, schoolId: string, id: string): Promise<Loaded> {
  const comment = await commentsRepository.findInSchool(ctx.db, schoolId, id);
  if (!comment) throw notFound('That comment');
  const author = (await commentsRepository.author(ctx.db, schoolId, comment.authorId))!;
  const account = (await socialAccountsRepository.findInSchool(ctx.db, schoolId, comment.accountId))!;
  return { comment, author, account };
}

export async function ensureEvidence(ctx: AppContext, actor: Actor, l: Loaded, action: string) {
  const who = { userId: actor.userId, address: actor.address };
  const now = ctx.now();
  // The files are made and kept before the transaction: an upload to object storage never holds one open.
  const evidence = await prepareEvidence(
    ctx.db,
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
    who,
    now,
    fileStoreOf(ctx),
  );
  await ctx.db.transaction((tx) => recordEvidence(tx, evidence, who, now));
}

/** Records what happened, updates the comment and writes the audit entry, all in the caller's transaction. */
export async function recordDone(
  tx: Db,
  ctx: AppContext,
  actor: Actor,
  l: Loaded,
  done: {
    action: string;
    patch: Partial<CommentRow>;
    detail: Record<string, unknown>;
    manual?: boolean;
    ladder?: LadderStep;
  },
) {
  const now = ctx.now();
  const manual = done.manual ?? false;
  await commentsRepository.update(tx, l.comment.id, done.patch);
  await moderationActionsRepository.record(tx, {
    schoolId: l.comment.schoolId,
    commentId: l.comment.id,
    authorId: l.author.id,
    action: done.action,
    manual,
    detail: done.detail,
    byUserId: actor.userId,
    at: now,
  });
  if (done.ladder) {
    await moderationActionsRepository.record(tx, {
      schoolId: l.comment.schoolId,
      commentId: null,
      authorId: l.author.id,
      action: done.ladder.step,
      manual,
      detail: { ...done.ladder.detail, fromComment: l.comment.id },
      byUserId: actor.userId,
      at: now,
    });
  }
  await recordAudit(
    tx,
    actor,
    {
      action: `comment.${done.action}`,
      entityType: 'comment',
      entityId: l.comment.id,
      details: { manual, ...done.detail, ...(done.ladder ? { ladderStep: done.ladder.step } : {}) },
    },
    now,
  );
}

const DOING: Record<ConnectorAction, string> = {
  hide: 'hiding a comment',
  unhide: 'unhiding a comment',
  delete: 'deleting a comment',
  reply: 'replying to a comment',
  block: 'blocking someone',
};

export type Attempt<T> = { ok: true; value: T } | { ok: false; outcome: Outcome };

/**
 * Asks the platform to do one thing. When it cannot (the API does not allow it, the account has no credentials) or
 * refuses, the answer is the manual steps instead; a refusal is also audited, in `tx` when the caller holds one.
 */
export async function attemptOnPlatform<T>(
  ctx: AppContext,
  actor: Actor,
  l: Loaded,
  action: ConnectorAction,
  call: () => Promise<ConnectorResult<T>> | null,
  tx: Db | null = null,
): Promise<Attempt<T>> {
  const capability = capabilitiesOf(l.account.platform).actions[action];
  const manual = (message: string): Attempt<T> => ({
    ok: false,
    outcome: { outcome: 'manual_needed', message, manualSteps: [...capability.manualSteps] },
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
  if (result.ok) return { ok: true, value: result.value };
  const { error } = result;
  ctx.log.warn({ commentId: l.comment.id, action, code: error.code }, 'platform action refused');
  const audit = (db: Db) =>
    recordAudit(
      db,
      actor,
      {
        action: `comment.${action}_refused`,
        entityType: 'comment',
        entityId: l.comment.id,
        details: {
          platform: l.account.platform,
          code: error.code,
          platformCode: error.platformCode ?? null,
          retryable: error.retryable,
          outcomeUnknown: error.outcomeUnknown,
        },
      },
      ctx.now(),
    );
  if (tx) await audit(tx);
  else await ctx.db.transaction(audit);
  if (error.code === 'AUTH_FAILED') {
    // Outside the caller's transaction only: marking takes its own (PGlite has one connection).
    if (!tx) await noticeRefusedToken(ctx, l.account, error, DOING[action]);
    return manual(
      'The platform no longer accepts Schoolgate’s access to this account, so it needs reconnecting (an account administrator does this on the Official accounts page). Do this on the platform for now, then record it here.',
    );
  }
  const reason = error.code.toLowerCase().replace(/_/g, ' ');
  const what =
    action === 'block' ? 'block the author' : action === 'reply' ? 'post the reply' : `${action} the comment`;
  return manual(
    error.outcomeUnknown
      ? `The platform did not answer in time (${reason}), so Schoolgate cannot tell whether it did it. Check on the platform before trying again, then record what you find here.`
      : `The platform did not ${what} (${reason}). Do it on the platform, then record it here.`,
  );
}
