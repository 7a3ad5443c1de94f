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
import {
  commentSeverity,
  computeResponseDeadline,
  decideCommentAction,
  looksLikePressContact,
  responseNeed,
  safeguardingAlertFor,
} from '@schoolgate/domain';
import { dedupeKeyFor, type NormalisedEvent } from '../../connectors/normalised-event.ts';
import { notify } from '../../notifications/notify.ts';
import { tellChairAboutPress } from './press-hold.ts';
import { schoolModerationSetup, type SchoolModerationSetup } from './school-moderation-setup.ts';

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

type Decision = 'hide' | 'queue' | 'leave';

function assess(setup: SchoolModerationSetup, text: string) {
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

const system = (platform: string) => ({ actorUserId: null, actorAddress: `platform:${platform}` });

/** Where the comment can still change on the platform; the school's delete and the author's removal are final. */
const LIVE_STATES = new Set(['visible', 'hidden']);

/** When the current text appeared on the platform. */
const textSince = (comment: CommentRow) => comment.textChangedAt ?? comment.postedAt;

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
  const firstTime = await processedEventsRepository.recordIfNew(tx, {
    accountId: account.id,
    dedupeKey: event.dedupeKey || dedupeKeyFor(event),
    kind: event.kind,
    commentExternalId: event.commentExternalId,
    occurredAt: event.occurredAt,
    deliveryId,
    processedAt: now,
  });
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
  const outcome = await storeNewComment(tx, account, event, deliveryId, now);
  if (outcome.kind !== 'duplicate') return outcome;
  // Another delivery stored the comment in the meantime: this event is then a change to it.
  const stored = await commentsRepository.findByExternal(tx, account.id, event.commentExternalId, { forUpdate: true });
  return stored ? applyToStoredComment(tx, account, event, stored, now) : outcome;
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
    if (a.alert.alert) await alertSafeguardingTeam(tx, account, setup, existing.id, a.alert.reason, now);
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

/** A comment Schoolgate has not seen: from its addition, or from an edit whose addition never came. */
async function storeNewComment(
  tx: Db,
  account: SocialAccountRow,
  event: NormalisedEvent,
  deliveryId: number,
  now: Date,
): Promise<IngestOutcome> {
  // The school's own replies come back through the same webhook; they are recorded as actions, not moderated.
  if (event.author.externalId === account.externalId) return { kind: 'own_comment' };
  const fromEdit = event.kind === 'comment_edited';
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
    // What the delivery said about the post (most say only its id; fill-post-details.ts looks the rest up).
    ...(event.post?.text !== undefined ? { text: event.post.text } : {}),
    ...(event.post?.permalink ? { permalink: event.post.permalink } : {}),
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
    // From an edit, the text dates from the edit; what it said before is not known (yet).
    textChangedAt: event.occurredAt,
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
  if (!stored) return { kind: 'duplicate' };
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
      ...(fromEdit ? { from: 'edit' } : {}),
    },
    now,
  });
  if (a.alert.alert) await alertSafeguardingTeam(tx, account, setup, stored.id, a.alert.reason, now);
  if (press) {
    const who = author.name ?? 'Someone';
    const school = { id: account.schoolId, trustId: setup.trustId };
    const chair = await tellChairAboutPress(tx, { school, setup, who, now });
    await notify(tx, {
      school,
      roles: ['head'],
      kind: 'press-contact',
      title: 'A journalist has commented on the school’s account',
      body: `${who} appears to be writing for the press on ${account.displayName}. Nothing is sent to them until you approve the reply.${chair}`,
      link: `/moderation/comments/${stored.id}`,
      dedupeKey: `press-contact:${stored.id}`,
      now,
    });
  }
  return { kind: 'stored', commentId: stored.id, decision: a.decision };
}

const ALERT_WORDING = {
  threat: 'may be a threat',
  incident_naming_pupil: 'may talk of an incident naming a pupil',
} as const;

/**
 * Tells the DSL, the deputy DSLs and the head that a comment may need a concern raised (issue 12), in the comment's
 * own transaction. The text names the platform and the account, never what the comment says or who wrote it: the
 * notification is emailed. The dedupe key makes it once per comment, however often the comment is delivered or
 * edited.
 */
async function alertSafeguardingTeam(
  tx: Db,
  account: SocialAccountRow,
  setup: SchoolModerationSetup,
  commentId: string,
  reason: keyof typeof ALERT_WORDING,
  now: Date,
) {
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
  await auditRepository.append(tx, {
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
