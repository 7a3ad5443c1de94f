// Comments whose response deadline has passed without an answer go to the account administrators and the head
// (004: 48 hours; 003: 24 hours). Each comment is escalated once. The same run escalates overdue private messages.
import { commentsRepository } from '@schoolgate/db';
import type { AppContext } from '../app-context.ts';
import { escalateOnce, londonTime } from './escalate-once.ts';
import { escalateOverdueMessages } from './escalate-overdue-messages.ts';
import type { ScheduledJob } from './scheduled-job.ts';

export async function escalateOverdueComments(ctx: AppContext, now: Date): Promise<number> {
  const overdue = await commentsRepository.overdueNotEscalated(ctx.db, now);
  for (const comment of overdue) {
    await escalateOnce(
      ctx,
      {
        schoolId: comment.schoolId,
        entityType: 'comment',
        entityId: comment.id,
        mark: (tx) => commentsRepository.update(tx, comment.id, { escalatedAt: now }),
        kind: 'comment-overdue',
        title: 'A comment has passed its response deadline',
        body: `A comment that needs an answer was due by ${londonTime(comment.responseDueAt!)} and has not been answered.`,
        link: `/moderation/comments/${comment.id}`,
        dedupeKey: `comment-overdue:${comment.id}`,
        action: 'comment.escalated',
      },
      now,
    );
  }
  return overdue.length;
}

export const escalateOverdueCommentsJob: ScheduledJob = {
  name: 'escalate-overdue-comments',
  cron: '*/15 * * * *',
  run: async (ctx, now) => {
    await escalateOverdueComments(ctx, now);
    await escalateOverdueMessages(ctx, now);
  },
};
