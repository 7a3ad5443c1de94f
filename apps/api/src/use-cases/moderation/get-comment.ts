// One comment with everything a moderator needs to decide: why it was flagged, its edits, what was done, the
// evidence kept, the author's history and what the platform allows.
import {
  commentsRepository,
  concernsRepository,
  evidenceItemsRepository,
  moderationActionsRepository,
  socialAccountsRepository,
  usersRepository,
} from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { CommentDetail } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { mayActOnAccount } from '../accounts/account-access.ts';
import { capabilitiesOf } from './connector-for-account.ts';
import { presentQueueItem } from './present-comment.ts';
import { pressRoutingOf } from './press-hold.ts';
import { getEnforcedPolicy } from '../policy/get-enforced-policy.ts';

export async function loadCommentDetail(ctx: AppContext, schoolId: string, id: string): Promise<CommentDetail> {
  const comment = await commentsRepository.findInSchool(ctx.db, schoolId, id);
  if (!comment) throw notFound('That comment');
  const [author, account, revisions, recorded, evidence, history] = await Promise.all([
    commentsRepository.author(ctx.db, schoolId, comment.authorId),
    socialAccountsRepository.findInSchool(ctx.db, schoolId, comment.accountId),
    commentsRepository.revisions(ctx.db, comment.id),
    moderationActionsRepository.forComment(ctx.db, comment.id),
    evidenceItemsRepository.forComment(ctx.db, comment.id),
    commentsRepository.byAuthor(ctx.db, comment.authorId, 20),
  ]);
  // Two actions in the same millisecond keep the order they were recorded in (ids only grow), so the latest
  // proposal or reply is really the latest.
  const actions = [...recorded].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
  const names = await usersRepository.displayNames(
    ctx.db,
    actions.map((a) => a.byUserId),
  );
  const [[post], enforced, publicToken] = await Promise.all([
    comment.postId ? commentsRepository.postsIn(ctx.db, schoolId, [comment.postId]) : [],
    getEnforcedPolicy(ctx.db, schoolId),
    concernsRepository.publicTokenOf(ctx.db, schoolId),
  ]);
  const proposal = [...actions].reverse().find((a) => a.action === 'reply_proposed' || a.action === 'reply');
  return {
    ...presentQueueItem({ comment, author: author!, account: account! }, ctx.now(), pressRoutingOf(enforced)),
    post: post ? { externalId: post.externalId, text: post.text, permalink: post.permalink } : null,
    // From the published policy, as everything else moderation enforces; before one is published there is none.
    complaintsUrl: enforced?.moderation.complaintsUrl || null,
    // The parents' "raise a concern" page (issue 12), for the reply template that moves a worry about a child off
    // the public page; filled here so the web never builds addresses from tokens itself.
    publicReportUrl: publicToken ? `${ctx.publicUrl}/report/${publicToken}` : null,
    revisions: revisions.map((r) => ({ text: r.text, editedAt: r.editedAt.toISOString() })),
    actions: actions.map((a) => ({
      id: a.id,
      action: a.action,
      manual: a.manual,
      detail: a.detail,
      by: a.byUserId ? (names.get(a.byUserId) ?? null) : null,
      at: a.at.toISOString(),
    })),
    evidence: evidence.map((e) => ({
      kind: e.kind,
      fileName: e.fileName ?? e.kind,
      sha256: e.sha256,
      createdAt: e.createdAt.toISOString(),
    })),
    authorHistory: history
      .filter((h) => h.id !== comment.id)
      .map((h) => ({
        id: h.id,
        text: h.text,
        postedAt: h.postedAt.toISOString(),
        decision: h.decision,
        platformState: h.platformState,
      })),
    capabilities: Object.fromEntries(
      Object.entries(capabilitiesOf(account!.platform).actions).map(([action, c]) => [
        action,
        { viaApi: c.viaApi, manualSteps: [...c.manualSteps], ...(c.note ? { note: c.note } : {}) },
      ]),
    ),
    pendingPressReply:
      proposal?.action === 'reply_proposed'
        ? {
            text: String(proposal.detail.text ?? ''),
            proposedBy: proposal.byUserId ? (names.get(proposal.byUserId) ?? null) : null,
            at: proposal.at.toISOString(),
          }
        : null,
  };
}

export async function getComment(ctx: AppContext, actor: Actor, id: string): Promise<CommentDetail> {
  authorise(actor, 'read', 'comment');
  const detail = await loadCommentDetail(ctx, schoolOf(actor), id);
  return { ...detail, mayAct: await mayActOnAccount(ctx.db, actor, detail.account.id) };
}
