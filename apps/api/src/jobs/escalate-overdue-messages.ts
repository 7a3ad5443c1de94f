// Private messages whose answer is overdue go to the account administrators and the head, as overdue comments do
// (the same response time applies to a message as to a comment). Each deadline is escalated once: a message that
// arrives after the school answered sets a new deadline, which can be escalated in its turn.
import { auditRepository, messagesRepository, tenancyRepository } from '@schoolgate/db';
import type { AppContext } from '../app-context.ts';
import { notify } from '../notifications/notify.ts';

const londonTime = (at: Date) =>
  at.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

export async function escalateOverdueMessages(ctx: AppContext, now: Date): Promise<number> {
  const overdue = await messagesRepository.overdueNotEscalated(ctx.db, now);
  for (const conversation of overdue) {
    const school = await tenancyRepository.findSchool(ctx.db, conversation.schoolId);
    if (!school) continue;
    await ctx.db.transaction(async (tx) => {
      await messagesRepository.updateConversation(tx, conversation.id, { escalatedAt: now });
      await notify(tx, {
        school: { id: school.id, trustId: school.trustId },
        roles: ['account_admin', 'head'],
        kind: 'message-overdue',
        title: 'A private message has passed its response deadline',
        body: `A private message to one of the school’s accounts was due an answer by ${londonTime(conversation.responseDueAt!)} and has not been answered.`,
        link: `/moderation/messages/${conversation.id}`,
        dedupeKey: `message-overdue:${conversation.id}:${conversation.responseDueAt!.toISOString()}`,
        now,
      });
      await auditRepository.append(tx, {
        trustId: school.trustId,
        schoolId: school.id,
        actorUserId: null,
        actorAddress: 'scheduled job',
        action: 'message.escalated',
        entityType: 'conversation',
        entityId: conversation.id,
        now,
      });
    });
  }
  return overdue.length;
}
