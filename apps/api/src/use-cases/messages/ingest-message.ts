// One private message into the database, inside its delivery's transaction. A message from a parent joins (or
// starts) their conversation with the account, is classified with the school's roster, and starts the response
// deadline if nothing was already waiting for an answer (003, 004: every query through the accounts is answered in
// time; the same working-day rules as comments). Nothing is hidden: a message cannot be. Personal data and a
// safeguarding worry are flagged for the moderator, and a safeguarding worry alerts the DSL team as a comment does.
// The school's own answers come back as echoes: one sent from Schoolgate is already stored (same message id); one
// written in the platform's own inbox is stored and counts as the answer.
import { auditRepository, messagesRepository, socialAccountsRepository, type Db } from '@schoolgate/db';
import { commentSeverity, computeResponseDeadline, safeguardingAlertFor } from '@schoolgate/domain';
import type { NormalisedMessage } from '../../connectors/graph/graph-messages.ts';
import { notify } from '../../notifications/notify.ts';
import { schoolModerationSetup } from '../moderation/school-moderation-setup.ts';

export type MessageOutcome =
  | { kind: 'stored'; conversationId: string; messageId: string; flags: string[] }
  | { kind: 'duplicate' }
  | { kind: 'unknown_account' };

const ALERT_WORDING = {
  threat: 'may be a threat',
  incident_naming_pupil: 'may talk of an incident naming a pupil',
} as const;

export async function ingestMessage(
  tx: Db,
  m: NormalisedMessage,
  deliveryId: number | null,
  now: Date,
): Promise<MessageOutcome> {
  const account = await socialAccountsRepository.findByExternal(tx, m.platform, m.accountExternalId);
  if (!account) return { kind: 'unknown_account' };
  const setup = await schoolModerationSetup(tx, account.schoolId, now);
  const { conversation } = await messagesRepository.conversationFor(tx, {
    schoolId: account.schoolId,
    accountId: account.id,
    participantExternalId: m.participantExternalId,
    participantName: m.participantName ?? null,
    at: m.sentAt,
  });
  const labels = m.direction === 'in' ? setup.classifier.classify(m.text) : [];
  const stored = await messagesRepository.insertMessageIfNew(tx, {
    schoolId: account.schoolId,
    accountId: account.id,
    conversationId: conversation.id,
    externalId: m.messageExternalId,
    direction: m.direction,
    text: m.text,
    sentAt: m.sentAt,
    receivedAt: m.receivedAt,
    deliveryId,
    labels: labels as unknown as Array<Record<string, unknown>>,
  });
  if (!stored) return { kind: 'duplicate' };
  const lastMessageAt = m.sentAt > conversation.lastMessageAt ? m.sentAt : conversation.lastMessageAt;
  const audit = {
    trustId: setup.trustId,
    schoolId: account.schoolId,
    entityType: 'conversation',
    entityId: conversation.id,
    now,
  };

  if (m.direction === 'out') {
    // Answered in the platform's own inbox: the answer stops the deadline all the same.
    await messagesRepository.updateConversation(tx, conversation.id, {
      lastMessageAt,
      ...(m.sentAt >= (conversation.respondedAt ?? new Date(0))
        ? { respondedAt: m.sentAt, responseDueAt: null, reviewState: 'reviewed' }
        : {}),
    });
    await auditRepository.append(tx, {
      ...audit,
      actorUserId: null,
      actorAddress: `platform:${m.platform}`,
      action: 'message.answered_on_platform',
      details: { account: account.handle },
    });
    return { kind: 'stored', conversationId: conversation.id, messageId: stored.id, flags: conversation.flags };
  }

  const categories = labels.map((l) => ({ category: l.category, score: l.score }));
  const alert = safeguardingAlertFor(labels);
  const flags = new Set(conversation.flags);
  if (labels.some((l) => l.category === 'personal_data')) flags.add('personal_data');
  if (alert.alert) flags.add('safeguarding');
  // The oldest unanswered message sets the deadline; later ones while it waits do not move it.
  const dueAt =
    conversation.responseDueAt ?? computeResponseDeadline(m.receivedAt, setup.settings.response, setup.calendar).dueAt;
  const known = new Map(conversation.labels.map((l) => [String(l.category), l]));
  for (const l of labels) {
    const before = known.get(l.category);
    if (!before || Number(before.score) < l.score) known.set(l.category, l as unknown as Record<string, unknown>);
  }
  await messagesRepository.updateConversation(tx, conversation.id, {
    lastMessageAt,
    labels: [...known.values()],
    severity: Math.max(conversation.severity, commentSeverity(categories)),
    flags: [...flags],
    reviewState: 'to_review',
    responseDueAt: dueAt,
    ...(m.participantName && !conversation.participantName ? { participantName: m.participantName } : {}),
  });
  await auditRepository.append(tx, {
    ...audit,
    actorUserId: null,
    actorAddress: `platform:${m.platform}`,
    action: 'message.received',
    details: {
      account: account.handle,
      categories: labels.map((l) => l.category),
      flags: [...flags],
      responseDueAt: dueAt.toISOString(),
    },
  });
  if (alert.alert) {
    // Never the message or who wrote it: the notification is emailed.
    const told = await notify(tx, {
      school: { id: account.schoolId, trustId: setup.trustId },
      roles: ['dsl', 'deputy_dsl', 'head'],
      kind: 'safeguarding-alert',
      title: `A private message ${ALERT_WORDING[alert.reason]}`,
      body: `A private message to ${account.displayName} ${ALERT_WORDING[alert.reason]}: open it to decide whether to raise a concern.`,
      link: `/moderation/messages/${conversation.id}`,
      dedupeKey: `safeguarding-alert:message:${stored.id}`,
      now,
    });
    if (told > 0) {
      await auditRepository.append(tx, {
        ...audit,
        actorUserId: null,
        actorAddress: 'schoolgate (automatic)',
        action: 'message.safeguarding_alert',
        details: { reason: alert.reason, told },
      });
    }
  }
  return { kind: 'stored', conversationId: conversation.id, messageId: stored.id, flags: [...flags] };
}
