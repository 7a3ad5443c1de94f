// Carries out "hide at once" (the school's settings, 000/002/004: abusive, hateful and personal-data comments come
// down): evidence first, then the platform. If the platform cannot or will not, the comment stays in the queue
// with a note for a person to hide it by hand.
import {
  auditRepository,
  commentsRepository,
  moderationActionsRepository,
  socialAccountsRepository,
  tenancyRepository,
} from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';
import { keepEvidence } from '../../evidence/keep-evidence.ts';
import { connectorForAccount } from './connector-for-account.ts';

const SYSTEM = { userId: null, address: 'schoolgate (automatic)' } as const;

export async function hideOnArrival(ctx: AppContext, commentId: string): Promise<'hidden' | 'left_for_a_person'> {
  const comment = await commentsRepository.findByIdAnySchool(ctx.db, commentId);
  if (!comment || comment.platformState !== 'visible') return 'left_for_a_person';
  const [account, author, school] = await Promise.all([
    socialAccountsRepository.findInSchool(ctx.db, comment.schoolId, comment.accountId),
    commentsRepository.author(ctx.db, comment.schoolId, comment.authorId),
    tenancyRepository.findSchool(ctx.db, comment.schoolId),
  ]);
  if (!account || !author || !school) return 'left_for_a_person';
  const now = ctx.now();
  await ctx.db.transaction((tx) =>
    keepEvidence(
      tx,
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
    ),
  );
  const connector = connectorForAccount(ctx, account);
  const result = connector ? await connector.hideComment({ commentExternalId: comment.externalId }) : null;
  await ctx.db.transaction(async (tx) => {
    if (result?.ok) {
      await commentsRepository.update(tx, comment.id, { platformState: 'hidden' });
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
  return result?.ok ? 'hidden' : 'left_for_a_person';
}
