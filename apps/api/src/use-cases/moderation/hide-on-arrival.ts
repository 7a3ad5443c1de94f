// Carries out "hide at once" (the school's settings, 000/002/004: abusive, hateful and personal-data comments come
// down): evidence first, then the platform. If the platform cannot or will not, the comment stays in the queue
// with a note for a person to hide it by hand.
//
// Several workers can reach the same comment (the delivery job and the catch-up sweep, or two processes), so the
// comment is claimed first: one claim wins, and evidence, hide and audit happen once. A claim left by a worker that
// died is taken up again after HIDE_CLAIM_STALE_MS; one whose evidence could not be kept is given back at once.
import { fileStoreOf } from '../../files/file-store.ts';
import {
  auditRepository,
  commentsRepository,
  moderationActionsRepository,
  socialAccountsRepository,
  tenancyRepository,
} from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';
import { prepareEvidence, recordEvidence } from '../../evidence/keep-evidence.ts';
import { connectorForAccount } from './connector-for-account.ts';
import { noticeRefusedToken } from '../accounts/connect/needs-reconnecting.ts';

const SYSTEM = { userId: null, address: 'schoolgate (automatic)' } as const;

/** Longer than keeping evidence and one platform call (with its timeout) can take. */
export const HIDE_CLAIM_STALE_MS = 10 * 60_000;

export async function hideOnArrival(
  ctx: AppContext,
  commentId: string,
): Promise<'hidden' | 'left_for_a_person' | 'already_in_hand'> {
  const found = await commentsRepository.findByIdAnySchool(ctx.db, commentId);
  if (!found || found.platformState !== 'visible') return 'left_for_a_person';
  const [account, author, school] = await Promise.all([
    socialAccountsRepository.findInSchool(ctx.db, found.schoolId, found.accountId),
    commentsRepository.author(ctx.db, found.schoolId, found.authorId),
    tenancyRepository.findSchool(ctx.db, found.schoolId),
  ]);
  if (!account || !author || !school) return 'left_for_a_person';
  const now = ctx.now();
  const staleBefore = new Date(now.getTime() - HIDE_CLAIM_STALE_MS);
  // The claim commits first, so of two workers only one keeps evidence and hides. The evidence is then made and its
  // bytes kept outside any transaction (an upload to object storage must never hold one open), and recorded in its
  // own. A worker that fails while keeping evidence gives the claim back, so the next sweep tries again; one that
  // dies leaves a claim that goes stale and is taken up again.
  const comment = await commentsRepository.claimAutomaticHide(ctx.db, commentId, now, staleBefore);
  if (comment) {
    try {
      const evidence = await prepareEvidence(
        ctx.db,
        {
          comment,
          trustId: school.trustId,
          platform: account.platform,
          accountName: account.displayName,
          authorName: author.name ?? author.handle ?? 'Unknown',
          authorExternalId: author.externalId,
          postExternalId: null,
        },
        'hide',
        SYSTEM,
        now,
        fileStoreOf(ctx),
      );
      await ctx.db.transaction((tx) => recordEvidence(tx, evidence, SYSTEM, now));
    } catch (error) {
      await commentsRepository.releaseAutomaticHide(ctx.db, commentId, now).catch(() => undefined);
      throw error;
    }
  }
  if (!comment) return 'already_in_hand';
  const connector = connectorForAccount(ctx, account);
  const result = connector ? await connector.hideComment({ commentExternalId: comment.externalId }) : null;
  await ctx.db.transaction(async (tx) => {
    if (result?.ok) {
      // Hidden, the claim has done its work: should the comment be shown again and then edited into something worse,
      // that is a new hide with its own evidence. A refusal keeps the claim: the comment is left for a person.
      await commentsRepository.update(tx, comment.id, { platformState: 'hidden', hideClaimedAt: null });
      await moderationActionsRepository.record(tx, {
        schoolId: comment.schoolId,
        commentId: comment.id,
        authorId: author.id,
        action: 'hide',
        detail: { automatic: true, via: 'api' },
        byUserId: null,
        at: now,
      });
    } else {
      await commentsRepository.update(tx, comment.id, {
        decisionReason:
          `${comment.decisionReason ?? ''} The platform did not hide it automatically: hide it by hand.`.trim(),
      });
    }
    await auditRepository.append(tx, {
      trustId: school.trustId,
      schoolId: school.id,
      actorUserId: null,
      actorAddress: SYSTEM.address,
      action: result?.ok ? 'comment.hide' : 'comment.hide_failed',
      entityType: 'comment',
      entityId: comment.id,
      details: {
        automatic: true,
        ...(result && !result.ok ? { code: result.error.code } : {}),
        ...(!connector ? { reason: 'account not connected' } : {}),
      },
      now,
    });
  });
  if (result && !result.ok) await noticeRefusedToken(ctx, account, result.error, 'hiding a comment');
  return result?.ok ? 'hidden' : 'left_for_a_person';
}
