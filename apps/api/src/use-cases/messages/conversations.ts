// Private messages in the moderation queue (issue 10): the school's conversations, one with its thread, and the
// answer sent from Schoolgate. Whoever reads comments reads conversations; only an account's runners and the head
// answer on it (004, canActOnAccount). An answer goes through the same publication checks as a comment reply
// (issue 11), is sent through the account's connector, stops the deadline, and is audited. A message cannot be
// hidden or deleted, so there is no such action here.
import { messagesRepository, socialAccountsRepository, usersRepository, type ConversationRow } from '@schoolgate/db';
import { AppError, notFound, type Platform } from '@schoolgate/domain';
import type {
  ConversationDetail,
  ConversationReplyRequest,
  ConversationSummary,
  ConversationsResponse,
} from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { mayActOnAccount, assertMayActOnAccount } from '../accounts/account-access.ts';
import { connectorForAccount } from '../moderation/connector-for-account.ts';
import { guardOutgoing } from '../posts/publication-guard.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function summary(
  c: ConversationRow & { platform: string; accountName: string },
  lastMessage: string,
  now: Date,
): ConversationSummary {
  return {
    id: c.id,
    platform: c.platform as ConversationSummary['platform'],
    account: { id: c.accountId, displayName: c.accountName },
    participant: { externalId: c.participantExternalId, name: c.participantName },
    lastMessage,
    lastMessageAt: c.lastMessageAt.toISOString(),
    categories: c.labels.map((l) => String(l.category)),
    flags: c.flags as ConversationSummary['flags'],
    reviewState: c.reviewState as ConversationSummary['reviewState'],
    responseDueAt: iso(c.responseDueAt),
    overdue: c.responseDueAt !== null && c.responseDueAt < now,
    respondedAt: iso(c.respondedAt),
  };
}

export async function listConversations(
  ctx: AppContext,
  actor: Actor,
  query: { view: 'awaiting_response' | 'all'; accountId?: string; page: number; pageSize: number },
): Promise<ConversationsResponse> {
  authorise(actor, 'read', 'comment');
  const schoolId = schoolOf(actor);
  const { items, total } = await messagesRepository.list(ctx.db, schoolId, {
    awaiting: query.view === 'awaiting_response',
    ...(query.accountId ? { accountId: query.accountId } : {}),
    page: query.page,
    pageSize: query.pageSize,
  });
  const last = await messagesRepository.lastMessages(
    ctx.db,
    schoolId,
    items.map((c) => c.id),
  );
  const now = ctx.now();
  return {
    items: items.map((c) => summary(c, last.get(c.id) ?? '', now)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function load(ctx: AppContext, schoolId: string, id: string) {
  const conversation = await messagesRepository.findInSchool(ctx.db, schoolId, id);
  if (!conversation) throw notFound('That conversation');
  const account = (await socialAccountsRepository.findInSchool(ctx.db, schoolId, conversation.accountId))!;
  return { conversation, account };
}

export async function getConversation(ctx: AppContext, actor: Actor, id: string): Promise<ConversationDetail> {
  authorise(actor, 'read', 'comment');
  const schoolId = schoolOf(actor);
  const { conversation, account } = await load(ctx, schoolId, id);
  const messages = await messagesRepository.messages(ctx.db, schoolId, id);
  const senders = new Map<string, string>();
  for (const userId of new Set(messages.map((m) => m.sentBy).filter((u): u is string => !!u))) {
    const user = await usersRepository.findById(ctx.db, userId);
    if (user) senders.set(userId, user.displayName);
  }
  const canModerate = (() => {
    try {
      authorise(actor, 'moderate', 'comment');
      return true;
    } catch {
      return false;
    }
  })();
  const canReply = canModerate && (await mayActOnAccount(ctx.db, actor, account.id));
  const replyNote =
    account.platform === 'x'
      ? 'Schoolgate does not send direct messages on X: answer on X itself, then mark the conversation as answered.'
      : !account.credentialsSealed
        ? 'This account is not connected, so answers cannot be sent from Schoolgate yet.'
        : null;
  return {
    ...summary(
      { ...conversation, platform: account.platform, accountName: account.displayName },
      messages.at(-1)?.text ?? '',
      ctx.now(),
    ),
    messages: messages.map((m) => ({
      id: m.id,
      direction: m.direction as 'in' | 'out',
      text: m.text,
      sentAt: m.sentAt.toISOString(),
      categories: m.labels.map((l) => String(l.category)),
      sentBy: m.sentBy ? (senders.get(m.sentBy) ?? null) : null,
    })),
    canReply,
    replyNote,
  };
}

export async function replyToConversation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  req: ConversationReplyRequest,
): Promise<{ outcome: 'sent' | 'not_sent'; message: string; conversation: ConversationDetail }> {
  authorise(actor, 'moderate', 'comment');
  const schoolId = schoolOf(actor);
  const { conversation, account } = await load(ctx, schoolId, id);
  await assertMayActOnAccount(ctx.db, actor, account.id, 'answer its private messages');
  const entity = { entityType: 'conversation', entityId: conversation.id };
  // The same checks as a post or a comment reply (issue 11): an answer naming a pupil without consent never leaves.
  let overridden: Array<{ check: string; reason: string }> = [];
  try {
    ({ overridden } = await guardOutgoing(
      ctx.db,
      schoolId,
      ctx.now(),
      { kind: 'reply', text: req.text, platforms: [account.platform as Platform] },
      req.override,
    ));
  } catch (error) {
    if (error instanceof AppError && error.code === 'PUBLICATION_BLOCKED') {
      await ctx.db.transaction((tx) =>
        recordAudit(
          tx,
          actor,
          {
            action: 'message.reply_blocked',
            ...entity,
            details: { checks: error.fields.map((f) => f.field.replace(/^checks\./, '')) },
          },
          ctx.now(),
        ),
      );
    }
    throw error;
  }
  const connector = connectorForAccount(ctx, account);
  const notSent = async (message: string, code: string) => {
    await ctx.db.transaction((tx) =>
      recordAudit(tx, actor, { action: 'message.reply_refused', ...entity, details: { code } }, ctx.now()),
    );
    return { outcome: 'not_sent' as const, message, conversation: await getConversation(ctx, actor, id) };
  };
  if (!connector?.sendMessage) {
    return notSent(
      account.platform === 'x'
        ? 'Schoolgate does not send direct messages on X. Answer on X itself, then mark the conversation as answered.'
        : 'This account is not connected, so the answer could not be sent. Answer on the platform for now.',
      'NOT_SUPPORTED',
    );
  }
  const result = await connector.sendMessage({
    recipientExternalId: conversation.participantExternalId,
    text: req.text,
  });
  if (!result.ok) {
    ctx.log.warn({ conversationId: id, code: result.error.code }, 'private answer refused by the platform');
    return notSent(
      result.error.outcomeUnknown
        ? 'The platform did not answer in time, so Schoolgate cannot tell whether the answer went. Check the conversation on the platform before sending it again.'
        : result.error.code === 'AUTH_FAILED'
          ? 'The platform no longer accepts Schoolgate’s access to this account: it needs reconnecting. Answer on the platform for now.'
          : 'The platform did not send the answer (Meta allows an answer only within 24 hours of the person’s last message). Answer on the platform instead.',
      result.error.code,
    );
  }
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await messagesRepository.insertMessageIfNew(tx, {
      schoolId,
      accountId: account.id,
      conversationId: conversation.id,
      externalId: result.value.messageExternalId,
      direction: 'out',
      text: req.text,
      sentAt: now,
      receivedAt: now,
      sentBy: actor.userId,
    });
    await messagesRepository.updateConversation(tx, conversation.id, {
      respondedAt: now,
      responseDueAt: null,
      reviewState: 'reviewed',
      lastMessageAt: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'message.replied',
        ...entity,
        details: {
          text: req.text,
          onTime: conversation.responseDueAt ? now <= conversation.responseDueAt : null,
          ...(overridden.length ? { overridden } : {}),
        },
      },
      now,
    );
  });
  return { outcome: 'sent', message: 'The answer was sent.', conversation: await getConversation(ctx, actor, id) };
}

/** Answered elsewhere (a phone call, the office) or needing no answer: the deadline stops, and it is audited. */
export async function markConversationReviewed(ctx: AppContext, actor: Actor, id: string): Promise<ConversationDetail> {
  authorise(actor, 'moderate', 'comment');
  const schoolId = schoolOf(actor);
  const { conversation, account } = await load(ctx, schoolId, id);
  await assertMayActOnAccount(ctx.db, actor, account.id, 'act on its private messages');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await messagesRepository.updateConversation(tx, conversation.id, {
      reviewState: 'reviewed',
      responseDueAt: null,
      ...(conversation.responseDueAt ? { respondedAt: now } : {}),
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'message.marked_answered',
        entityType: 'conversation',
        entityId: conversation.id,
        details: { hadDeadline: conversation.responseDueAt !== null },
      },
      now,
    );
  });
  return getConversation(ctx, actor, id);
}
