// Comments whose response deadline has passed without an answer go to the account administrators and the head
// (004: 48 hours; 003: 24 hours). Each comment is escalated once. The same run escalates overdue private messages.
import { auditRepository, commentsRepository, tenancyRepository } from '@schoolgate/db';
import type { AppContext } from '../app-context.ts';
import { notify } from '../notifications/notify.ts';
import { escalateOverdueMessages } from './escalate-overdue-messages.ts';
import type { ScheduledJob } from './scheduled-job.ts';

export async function escalateOverdueComments(ctx: AppContext, now: Date): Promise<number> {
  const overdue = await commentsRepository.overdueNotEscalated(ctx.db, now);
  for (const comment of overdue) {
    const school = await tenancyRepository.findSchool(ctx.db, comment.schoolId);
    if (!school) continue;
    await ctx.db.transaction(async (tx) => {
      await commentsRepository.update(tx, comment.id, { escalatedAt: now });
      await notify(tx, {
        school: { id: school.id, trustId: school.trustId },
        roles: ['account_admin', 'head'],
        kind: 'comment-overdue',
        title: 'A comment has passed its response deadline',
        body: `A comment that needs an answer was due by ${comment.responseDueAt!.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' })} and has not been answered.`,
        link: `/moderation/comments/${comment.id}`,
        dedupeKey: `comment-overdue:${comment.id}`,
        now,
      });
      await auditRepository.append(tx, {
        trustId: school.trustId,
        schoolId: school.id,
        actorUserId: null,
        actorAddress: 'scheduled job',
        action: 'comment.escalated',
        entityType: 'comment',
        entityId: comment.id,
        now,
      });
    });
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
