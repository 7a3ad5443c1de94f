// One platform event into the database, inside the delivery's transaction: a new comment is classified, decided
// on by the school's settings, given its response deadline and audited; an edit keeps the old text as a revision
// and is classified again; a removal or hide on the platform updates the comment's state.
//
// Platforms deliver at least once and in no promised order, so every event is recorded by its dedupe key first (a
// key seen before changes nothing), and a change older than the comment's last applied change of the same kind is
// not applied over it: an old edit becomes an earlier revision, never the current text; an old hide or unhide is
// ignored. A comment the school deleted stays deleted when the platform echoes the removal.
import {
  auditRepository,
  commentsRepository,
  processedEventsRepository,
  socialAccountsRepository,
  type CommentRow,
  type Db,
  type SocialAccountRow,
} from '@schoolgate/db';
import { computeResponseDeadline } from '@schoolgate/domain';
import { dedupeKeyFor, type NormalisedEvent } from '../../connectors/normalised-event.ts';
import { alertSafeguardingTeam, assess, system, type Decision } from './comment-assessment.ts';
import { schoolModerationSetup, type SchoolModerationSetup } from './school-moderation-setup.ts';
import { storeNewComments } from './store-new-comments.ts';

export type IngestOutcome =
  | { kind: 'stored'; commentId: string; decision: 'hide' | 'queue' | 'leave' }
  /** Seen before (the same event again, or the comment already stored). */
  | { kind: 'duplicate'; commentId?: string }
  | { kind: 'updated'; commentId: string; decision?: 'hide' | 'queue' | 'leave' }
  /** A new event that changes nothing: older than what is applied, or about a comment already gone. */
  | { kind: 'ignored'; commentId: string; reason: string }
  | { kind: 'unknown_account' }
  | { kind: 'own_comment' }
  | { kind: 'unknown_comment' };

/** Where the comment can still change on the platform; the school's delete and the author's removal are final. */
const LIVE_STATES = new Set(['visible', 'hidden']);

/** When the current text appeared on the platform. */
const textSince = (comment: CommentRow) => comment.textChangedAt ?? comment.postedAt;

/**
 * Applies one event. `known`: what a batch already found out, its account and whether its dedupe key was recorded
 * now (ingest-batch.ts records a batch's keys in one statement); without it both are looked up here.
 */
export async function ingestEvent(
  tx: Db,
  event: NormalisedEvent,
  deliveryId: number,
  now: Date,
  known?: { account: SocialAccountRow; firstTime: boolean },
): Promise<IngestOutcome> {
  const account: SocialAccountRow | null =
    known?.account ?? (await socialAccountsRepository.findByExternal(tx, event.platform, event.accountExternalId));
  if (!account) return { kind: 'unknown_account' };
  const firstTime =
    known?.firstTime ??
    (await processedEventsRepository.recordIfNew(tx, {
      accountId: account.id,
      dedupeKey: event.dedupeKey || dedupeKeyFor(event),
      kind: event.kind,
      commentExternalId: event.commentExternalId,
      occurredAt: event.occurredAt,
      deliveryId,
      processedAt: now,
    }));
  // Locked: two deliveries about one comment are applied one after the other, each seeing the other's change.
  const existing = await commentsRepository.findByExternal(tx, account.id, event.commentExternalId, {
    forUpdate: true,
  });
  if (!firstTime) return { kind: 'duplicate', ...(existing ? { commentId: existing.id } : {}) };
  if (existing) return applyToStoredComment(tx, account, event, existing, now);

  // An edit can arrive for a comment Schoolgate never saw (its addition lost, or not yet delivered). It carries the
  // text and the author, so it is stored as the comment: a comment is never lost because its first event was.
  const storable =
    event.kind === 'comment_added' ||
    (event.kind === 'comment_edited' && event.text !== undefined && event.author.externalId !== '');
  if (!storable) return { kind: 'unknown_comment' };
  // The school's own replies come back through the same webhook; they are recorded as actions, not moderated.
  if (event.author.externalId === account.externalId) return { kind: 'own_comment' };
  const [outcome] = await storeNewComments(tx, [{ account, event, deliveryId }], now);
  if (outcome!.kind !== 'duplicate') return outcome!;
  // Another delivery stored the comment in the meantime: this event is then a change to it.
  const stored = await commentsRepository.findByExternal(tx, account.id, event.commentExternalId, { forUpdate: true });
  return stored ? applyToStoredComment(tx, account, event, stored, now) : outcome!;
}

async function applyToStoredComment(
  tx: Db,
  account: SocialAccountRow,
  event: NormalisedEvent,
  existing: CommentRow,
  now: Date,
): Promise<IngestOutcome> {
  const earlier = { earlierWording: true, occurredAt: event.occurredAt.toISOString() };
  if (event.kind === 'comment_added') {
    // The comment was first stored from an edit that overtook its addition: the first wording is history.
    if (event.text !== undefined && event.occurredAt < textSince(existing)) {
      if (await keepEarlierWording(tx, existing, event)) {
        return auditUpdate(tx, account, event, existing, now, { details: earlier });
      }
    }
    return { kind: 'duplicate', commentId: existing.id };
  }

  if (event.kind === 'comment_edited') {
    if (event.text === undefined || event.text === existing.text) return ignored(existing, 'text unchanged');
    if (event.occurredAt < textSince(existing)) {
      // Made before the edit already applied: it goes into the history where it belongs, not over the text.
      if (!(await keepEarlierWording(tx, existing, event))) return ignored(existing, 'wording already known');
      return auditUpdate(tx, account, event, existing, now, { details: earlier });
    }
    const setup = await schoolModerationSetup(tx, account.schoolId, now);
    // The text as it was stays as a revision: what was said is never lost by an edit.
    await commentsRepository.addRevision(tx, {
      commentId: existing.id,
      text: existing.text,
      writtenAt: textSince(existing),
      editedAt: event.occurredAt,
      receivedAt: event.receivedAt,
    });
    const a = assess(setup, event.text);
    const escalate = a.severity > existing.severity || (a.decision !== 'leave' && existing.decision === 'leave');
    // An edit can turn a thank-you into a complaint: it then needs an answer, counted from the edit.
    const needsNow = !existing.needsResponse && a.need.needed;
    await commentsRepository.update(tx, existing.id, {
      text: event.text,
      textChangedAt: event.occurredAt,
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
    if (a.alert.alert) {
      await alertSafeguardingTeam(
        tx,
        { account, setup, commentId: existing.id, reason: a.alert.reason, now },
        (entry) => auditRepository.append(tx, entry),
      );
    }
    return auditUpdate(tx, account, event, existing, now, { setup, ...(escalate ? { decided: a.decision } : {}) });
  }

  if (event.kind === 'comment_removed') {
    // The platform sends `remove` after the school's own delete too: the school deleted it, and the author's record
    // must not say otherwise. Only a comment still up (or hidden) can be removed by its author.
    if (!LIVE_STATES.has(existing.platformState)) return ignored(existing, `already ${existing.platformState}`);
    // A removal is final whenever it happened, so it applies even if a later-dated hide or unhide came first.
    await commentsRepository.update(tx, existing.id, {
      platformState: 'removed_by_author',
      stateChangedAt: event.occurredAt,
    });
    return auditUpdate(tx, account, event, existing, now);
  }

  // comment_hidden, comment_unhidden
  if (!LIVE_STATES.has(existing.platformState)) return ignored(existing, `already ${existing.platformState}`);
  if (existing.stateChangedAt && event.occurredAt < existing.stateChangedAt) {
    return ignored(existing, 'older than the state already applied');
  }
  await commentsRepository.update(tx, existing.id, {
    platformState: event.kind === 'comment_hidden' ? 'hidden' : 'visible',
    stateChangedAt: event.occurredAt,
  });
  return auditUpdate(tx, account, event, existing, now);
}

function ignored(comment: CommentRow, reason: string): IngestOutcome {
  return { kind: 'ignored', commentId: comment.id, reason };
}

async function auditUpdate(
  tx: Db,
  account: SocialAccountRow,
  event: NormalisedEvent,
  comment: CommentRow,
  now: Date,
  options: { decided?: Decision; setup?: SchoolModerationSetup; details?: Record<string, unknown> } = {},
): Promise<IngestOutcome> {
  const setup = options.setup ?? (await schoolModerationSetup(tx, account.schoolId, now));
  await auditRepository.append(tx, {
    trustId: setup.trustId,
    schoolId: account.schoolId,
    ...system(event.platform),
    // A first wording arriving after an edit changes the comment's history, as an edit does.
    action: event.kind === 'comment_added' ? 'comment.edited' : `comment.${event.kind.replace('comment_', '')}`,
    entityType: 'comment',
    entityId: comment.id,
    ...(options.details ? { details: options.details } : {}),
    now,
  });
  return { kind: 'updated', commentId: comment.id, ...(options.decided ? { decision: options.decided } : {}) };
}

/**
 * Puts a wording the platform reports from before the current text into the comment's history: the wording that
 * was showing at that moment is marked as replaced then, and this one as replaced when that one was (or, if it is
 * older than anything known, when the earliest known wording appeared). False when nothing changes.
 */
async function keepEarlierWording(tx: Db, comment: CommentRow, event: NormalisedEvent): Promise<boolean> {
  const at = event.occurredAt;
  const text = event.text!;
  const revisions = await commentsRepository.revisions(tx, comment.id);
  const showing = revisions.find((r) => r.writtenAt <= at && at < r.editedAt);
  if (showing) {
    if (showing.text === text) return false;
    await commentsRepository.setRevisionReplacedAt(tx, showing.id, at);
    await commentsRepository.addRevision(tx, {
      commentId: comment.id,
      text,
      writtenAt: at,
      editedAt: showing.editedAt,
      receivedAt: event.receivedAt,
    });
    return true;
  }
  // Before every wording known (or in a gap): replaced by the next wording that is known.
  const starts = [...revisions.map((r) => r.writtenAt), textSince(comment)].filter((t) => t > at);
  const next = starts.reduce((a, b) => (b < a ? b : a));
  const nextText = revisions.find((r) => r.writtenAt.getTime() === next.getTime())?.text ?? comment.text;
  if (nextText === text) return false;
  await commentsRepository.addRevision(tx, {
    commentId: comment.id,
    text,
    writtenAt: at,
    editedAt: next,
    receivedAt: event.receivedAt,
  });
  return true;
}
