// One platform event into the database, inside the delivery's transaction: a new comment is classified, decided
// on by the school's settings, given its response deadline and audited; an edit keeps the old text as a revision
// and is classified again; a removal or hide on the platform updates the comment's state.
import {
  auditRepository,
  commentsRepository,
  socialAccountsRepository,
  type Db,
  type SocialAccountRow,
} from '@schoolgate/db';
import {
  commentSeverity,
  computeResponseDeadline,
  decideCommentAction,
  looksLikePressContact,
  responseNeed,
  type CommentCategory,
} from '@schoolgate/domain';
import type { NormalisedEvent } from '../../connectors/normalised-event.ts';
import { notify } from '../../notifications/notify.ts';
import { schoolModerationSetup, type SchoolModerationSetup } from './school-moderation-setup.ts';

export type IngestOutcome =
  | { kind: 'stored'; commentId: string; decision: 'hide' | 'queue' | 'leave' }
  | { kind: 'duplicate'; commentId: string }
  | { kind: 'updated'; commentId: string; decision?: 'hide' | 'queue' | 'leave' }
  | { kind: 'unknown_account' }
  | { kind: 'own_comment' }
  | { kind: 'unknown_comment' };

function assess(setup: SchoolModerationSetup, text: string) {
  const labels = setup.classifier.classify(text);
  const categories = labels.map((l) => ({ category: l.category as CommentCategory, score: l.score }));
  const decision = decideCommentAction(setup.settings.moderation.categories, categories);
  return {
    labels: labels as unknown as Array<Record<string, unknown>>,
    severity: commentSeverity(categories),
    decision: decision.action,
    decisionReason: decision.decidedBy
      ? `${decision.decidedBy.category} scored ${decision.decidedBy.score.toFixed(2)}${setup.usingDefaults ? ' (no published policy yet: Schoolgate queues everything for a person)' : ''}`
      : 'No category reached the school’s thresholds.',
    need: responseNeed(text, categories, decision.action),
  };
}

const system = (platform: string) => ({ actorUserId: null, actorAddress: `platform:${platform}` });

export async function ingestEvent(
  tx: Db,
  event: NormalisedEvent,
  deliveryId: number,
  now: Date,
): Promise<IngestOutcome> {
  const account: SocialAccountRow | null = await socialAccountsRepository.findByExternal(
    tx,
    event.platform,
    event.accountExternalId,
  );
  if (!account) return { kind: 'unknown_account' };
  const existing = await commentsRepository.findByExternal(tx, account.id, event.commentExternalId);

  if (event.kind === 'comment_added') {
    if (existing) return { kind: 'duplicate', commentId: existing.id };
    // The school's own replies come back through the same webhook; they are recorded as actions, not moderated.
    if (event.author.externalId === account.externalId) return { kind: 'own_comment' };
    const setup = await schoolModerationSetup(tx, account.schoolId, now);
    const author = await commentsRepository.upsertAuthor(tx, {
      schoolId: account.schoolId,
      platform: event.platform,
      // A platform that leaves the author out must not merge strangers into one "author" with one ladder.
      externalId: event.author.externalId || `unknown:${event.commentExternalId}`,
      name: event.author.name ?? null,
      handle: event.author.handle ?? null,
    });
    const postId = await commentsRepository.upsertPost(tx, {
      schoolId: account.schoolId,
      accountId: account.id,
      externalId: event.postExternalId,
    });
    const text = event.text ?? '';
    const a = assess(setup, text);
    // 004: journalists go to the head, and nothing is said to them before the head approves it.
    const press = author.isPress || looksLikePressContact(text);
    if (press && !author.isPress) await commentsRepository.setAuthorPress(tx, author.id, true);
    const dueAt =
      a.need.needed || press
        ? computeResponseDeadline(event.receivedAt, setup.settings.response, setup.calendar).dueAt
        : null;
    const stored = await commentsRepository.insertIfNew(tx, {
      schoolId: account.schoolId,
      accountId: account.id,
      postId,
      authorId: author.id,
      externalId: event.commentExternalId,
      parentExternalId: event.parentCommentExternalId ?? null,
      text,
      postedAt: event.createdAt,
      receivedAt: event.receivedAt,
      deliveryId,
      labels: a.labels,
      severity: a.severity,
      decision: a.decision,
      // Hidden or queued comments wait for a person; press comments always do (004: the head approves replies).
      reviewState: a.decision === 'leave' && !press ? 'reviewed' : 'to_review',
      decisionReason: press
        ? `Contact from the press: the head approves any reply. ${a.decisionReason}`
        : a.decisionReason,
      needsResponse: a.need.needed || press,
      responseDueAt: dueAt,
    });
    if (!stored)
      return {
        kind: 'duplicate',
        commentId: (await commentsRepository.findByExternal(tx, account.id, event.commentExternalId))!.id,
      };
    await auditRepository.append(tx, {
      trustId: setup.trustId,
      schoolId: account.schoolId,
      ...system(event.platform),
      action: 'comment.received',
      entityType: 'comment',
      entityId: stored.id,
      details: {
        account: account.handle,
        decision: a.decision,
        categories: a.labels.map((l) => l.category),
        responseDueAt: dueAt?.toISOString() ?? null,
      },
      now,
    });
    if (press) {
      await notify(tx, {
        school: { id: account.schoolId, trustId: setup.trustId },
        roles: ['head'],
        kind: 'press-contact',
        title: 'A journalist has commented on the school’s account',
        body: `${author.name ?? 'Someone'} appears to be writing for the press on ${account.displayName}. Nothing is sent to them until you approve the reply.${setup.settings.moderation.journalistContactGoesTo.includes('chair_of_governors') ? ' The policy also asks you to tell the chair of governors.' : ''}`,
        link: `/moderation/comments/${stored.id}`,
        dedupeKey: `press-contact:${stored.id}`,
      });
    }
    return { kind: 'stored', commentId: stored.id, decision: a.decision };
  }

  if (!existing) return { kind: 'unknown_comment' };
  const setup = await schoolModerationSetup(tx, account.schoolId, now);
  let decided: 'hide' | 'queue' | 'leave' | undefined;
  if (event.kind === 'comment_edited' && event.text !== undefined && event.text !== existing.text) {
    // The text as it was stays as a revision: what was said is never lost by an edit.
    await commentsRepository.addRevision(tx, {
      commentId: existing.id,
      text: existing.text,
      editedAt: event.occurredAt,
      receivedAt: event.receivedAt,
    });
    const a = assess(setup, event.text);
    const escalate = a.severity > existing.severity || (a.decision !== 'leave' && existing.decision === 'leave');
    // An edit can turn a thank-you into a complaint: it then needs an answer, counted from the edit.
    const needsNow = !existing.needsResponse && a.need.needed;
    await commentsRepository.update(tx, existing.id, {
      text: event.text,
      labels: a.labels,
      severity: a.severity,
      decision: escalate ? a.decision : existing.decision,
      decisionReason: escalate ? `Edited: ${a.decisionReason}` : existing.decisionReason,
      reviewState: escalate ? 'to_review' : existing.reviewState,
      ...(needsNow
        ? {
            needsResponse: true,
            responseDueAt: computeResponseDeadline(event.receivedAt, setup.settings.response, setup.calendar).dueAt,
          }
        : {}),
    });
    decided = escalate ? a.decision : undefined;
  } else if (event.kind === 'comment_removed') {
    await commentsRepository.update(tx, existing.id, { platformState: 'removed_by_author' });
  } else if (event.kind === 'comment_hidden' || event.kind === 'comment_unhidden') {
    await commentsRepository.update(tx, existing.id, {
      platformState: event.kind === 'comment_hidden' ? 'hidden' : 'visible',
    });
  } else {
    return { kind: 'duplicate', commentId: existing.id };
  }
  await auditRepository.append(tx, {
    trustId: setup.trustId,
    schoolId: account.schoolId,
    ...system(event.platform),
    action: `comment.${event.kind.replace('comment_', '')}`,
    entityType: 'comment',
    entityId: existing.id,
    now,
  });
  return { kind: 'updated', commentId: existing.id, ...(decided ? { decision: decided } : {}) };
}
