// What ingestion decides about a comment's wording (classified with the school's roster, decided by its settings,
// whether it needs an answer) and the safeguarding alert a worrying comment raises. Shared by storing new comments
// (store-new-comments.ts) and applying later events to stored ones (ingest-event.ts).
import type { AuditInput, Db, SocialAccountRow } from '@schoolgate/db';
import { commentSeverity, decideCommentAction, responseNeed, safeguardingAlertFor } from '@schoolgate/domain';
import { notify } from '../../notifications/notify.ts';
import type { SchoolModerationSetup } from './school-moderation-setup.ts';

export type Decision = 'hide' | 'queue' | 'leave';

export function assess(setup: SchoolModerationSetup, text: string) {
  const labels = setup.classifier.classify(text);
  const categories = labels.map((l) => ({ category: l.category, score: l.score }));
  const decision = decideCommentAction(setup.settings.moderation.categories, categories);
  return {
    alert: safeguardingAlertFor(labels),
    labels: labels as unknown as Array<Record<string, unknown>>,
    severity: commentSeverity(categories),
    decision: decision.action,
    decisionReason: decision.decidedBy
      ? `${decision.decidedBy.category} scored ${decision.decidedBy.score.toFixed(2)}${setup.usingDefaults ? ' (no published policy yet: Schoolgate queues everything for a person)' : ''}`
      : 'No category reached the school’s thresholds.',
    need: responseNeed(text, categories, decision.action),
  };
}

/** Who an event's audit entry names: the platform, not a person. */
export const system = (platform: string) => ({ actorUserId: null, actorAddress: `platform:${platform}` });

const ALERT_WORDING = {
  threat: 'may be a threat',
  incident_naming_pupil: 'may talk of an incident naming a pupil',
} as const;

/**
 * Tells the DSL, the deputy DSLs and the head that a comment may need a concern raised (issue 12), in the comment's
 * own transaction. The text names the platform and the account, never what the comment says or who wrote it: the
 * notification is emailed. The dedupe key makes it once per comment, however often the comment is delivered or
 * edited. The audit entry goes through `append`: straight to the chain, or into a batch's entries in their order.
 */
export async function alertSafeguardingTeam(
  tx: Db,
  input: {
    account: SocialAccountRow;
    setup: SchoolModerationSetup;
    commentId: string;
    reason: keyof typeof ALERT_WORDING;
    now: Date;
  },
  append: (entry: AuditInput) => unknown,
) {
  const { account, setup, commentId, reason, now } = input;
  const school = { id: account.schoolId, trustId: setup.trustId };
  const written = await notify(tx, {
    school,
    roles: ['dsl', 'deputy_dsl', 'head'],
    kind: 'safeguarding-alert',
    title: `A comment ${ALERT_WORDING[reason]}`,
    body: `A comment on ${account.displayName} ${ALERT_WORDING[reason]}: open it to decide whether to raise a concern.`,
    link: `/moderation/comments/${commentId}`,
    dedupeKey: `safeguarding-alert:${commentId}`,
    now,
  });
  if (written === 0) return;
  await append({
    trustId: setup.trustId,
    schoolId: account.schoolId,
    actorUserId: null,
    actorAddress: 'schoolgate (automatic)',
    action: 'comment.safeguarding_alert',
    entityType: 'comment',
    entityId: commentId,
    details: { reason, told: written },
    now,
  });
}
