// Private messages (issue 10): what parents write to a Page or an Instagram account privately. A conversation is
// one person writing to one of the school's accounts; its messages both ways are kept, each once (unique per account
// and the platform's message id). Kept apart from comments: a message cannot be hidden, deleted or evidenced before
// removal, has no post and no revisions, so none of the comment code (hide claims, platform states, evidence) applies.
import { index, real, jsonb, pgTable, bigint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { users } from './people.ts';
import { socialAccounts } from './moderation.ts';

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id),
    /** The sender's id on the platform (Meta's page-scoped or Instagram-scoped id, X's user id). */
    participantExternalId: text('participant_external_id').notNull(),
    participantName: text('participant_name'),
    /** The strongest labels any message from them earned: categories with scores (as comments' labels). */
    labels: jsonb('labels').$type<Array<Record<string, unknown>>>().notNull().default([]),
    severity: real('severity').notNull().default(0),
    /** What the moderator is warned of: personal_data, safeguarding (threat, incident naming a pupil). */
    flags: jsonb('flags').$type<string[]>().notNull().default([]),
    /** to_review until someone answers it or marks it reviewed. */
    reviewState: text('review_state').notNull().default('to_review'),
    /** When the oldest unanswered message must be answered by; null when nothing waits for an answer. */
    responseDueAt: timestamp('response_due_at', { withTimezone: true }),
    /** When the overdue answer was escalated to the account administrators and the head (once per deadline). */
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    /** When the school last answered. */
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('conversations_account_participant_key').on(t.accountId, t.participantExternalId),
    index('conversations_school_due_idx').on(t.schoolId, t.responseDueAt),
  ],
);

export const privateMessages = pgTable(
  'private_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    /** The platform's message id (Meta's `mid`, X's DM event id). */
    externalId: text('external_id').notNull(),
    /** in: from the person; out: the school's answer. */
    direction: text('direction').notNull(),
    text: text('text').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    deliveryId: bigint('delivery_id', { mode: 'number' }),
    labels: jsonb('labels').$type<Array<Record<string, unknown>>>().notNull().default([]),
    /** Who answered from Schoolgate (out messages). */
    sentBy: uuid('sent_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('private_messages_account_external_key').on(t.accountId, t.externalId),
    index('private_messages_conversation_idx').on(t.conversationId, t.sentAt),
  ],
);
