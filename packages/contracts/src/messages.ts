// Private messages (issue 10): conversations with the school's Pages and Instagram accounts, in the moderation queue.
import { z } from 'zod';
import { text } from './text.ts';
import { pageOf, PageQuery } from './common.ts';
import { PublicationOverride } from './posts.ts';

export const ConversationFlag = z.enum(['personal_data', 'safeguarding']);

export const ConversationsQuery = PageQuery.extend({
  /** awaiting_response: only those with an answer due; all: every conversation. */
  view: z.enum(['awaiting_response', 'all']).default('awaiting_response'),
  accountId: z.uuid().optional(),
});

export const ConversationSummary = z.object({
  id: z.uuid(),
  platform: z.enum(['facebook', 'instagram', 'x']),
  account: z.object({ id: z.uuid(), displayName: text() }),
  participant: z.object({ externalId: text(), name: text().nullable() }),
  /** The last message, as written. */
  lastMessage: text(),
  lastMessageAt: z.iso.datetime(),
  categories: z.array(text()),
  flags: z.array(ConversationFlag),
  reviewState: z.enum(['to_review', 'reviewed']),
  responseDueAt: z.iso.datetime().nullable(),
  overdue: z.boolean(),
  respondedAt: z.iso.datetime().nullable(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const ConversationsResponse = pageOf(ConversationSummary);
export type ConversationsResponse = z.infer<typeof ConversationsResponse>;

export const PrivateMessage = z.object({
  id: z.uuid(),
  direction: z.enum(['in', 'out']),
  text: text(),
  sentAt: z.iso.datetime(),
  categories: z.array(text()),
  sentBy: text().nullable(),
});

export const ConversationDetail = ConversationSummary.extend({
  messages: z.array(PrivateMessage),
  /** Whether the person asking may answer (a runner of the account, or the head). */
  canReply: z.boolean(),
  /** Why a reply cannot be sent from Schoolgate, when it cannot (an account not connected, a platform that cannot). */
  replyNote: text().nullable(),
});
export type ConversationDetail = z.infer<typeof ConversationDetail>;

export const ConversationReplyRequest = z.object({
  text: text().trim().min(1, 'Write the answer.').max(2000),
  /** Advisory publication checks (issue 11) sent anyway, with the reason (recorded). */
  override: PublicationOverride.optional(),
});
export type ConversationReplyRequest = z.infer<typeof ConversationReplyRequest>;

export const ConversationReplyResponse = z.object({
  /** sent: the platform took it; not_sent: it did not (the message says what to do), nothing is recorded as sent. */
  outcome: z.enum(['sent', 'not_sent']),
  message: text(),
  conversation: ConversationDetail,
});
export type ConversationReplyResponse = z.infer<typeof ConversationReplyResponse>;
