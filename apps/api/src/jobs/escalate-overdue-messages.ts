// Private messages whose answer is overdue go to the account administrators and the head, as overdue comments do
// (the same response time applies to a message as to a comment). Each deadline is escalated once: a message that
// arrives after the school answered sets a new deadline, which can be escalated in its turn.
import { messagesRepository } from '@schoolgate/db';
import type { AppContext } from '../app-context.ts';
import { escalateOnce, londonTime } from './escalate-once.ts';

export async function escalateOverdueMessages(ctx: AppContext, now: Date): Promise<number> {
  const overdue = await messagesRepository.overdueNotEscalated(ctx.db, now);
  for (const conversation of overdue) {
    await escalateOnce(
      ctx,
      {
        schoolId: conversation.schoolId,
        entityType: 'conversation',
        entityId: conversation.id,
        mark: (tx) => messagesRepository.updateConversation(tx, conversation.id, { escalatedAt: now }),
        kind: 'message-overdue',
        title: 'A private message has passed its response deadline',
        body: `A private message to one of the school’s accounts was due an answer by ${londonTime(conversation.responseDueAt!)} and has not been answered.`,
        link: `/moderation/messages/${conversation.id}`,
        dedupeKey: `message-overdue:${conversation.id}:${conversation.responseDueAt!.toISOString()}`,
        action: 'message.escalated',
      },
      now,
    );
  }
  return overdue.length;
}
