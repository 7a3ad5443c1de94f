// Comments Schoolgate has not seen, stored together: from their additions, or from edits whose additions never came.
// Each is classified, decided on by its school's settings, given its response deadline and audited exactly as one
// stored alone would be, but a batch of them costs a handful of statements, not a dozen each: the authors, the
// posts and the comments are each written in one statement, and the audit entries appended in one go, in the
// comments' order (their ids are chosen here, so nothing written needs reading back).
import { randomUUID } from 'node:crypto';
import {
  auditRepository,
  commentsRepository,
  type AuditInput,
  type AuthorRow,
  type Db,
  type SocialAccountRow,
} from '@schoolgate/db';
import { computeResponseDeadline, looksLikePressContact } from '@schoolgate/domain';
import type { NormalisedEvent } from '../../connectors/normalised-event.ts';
import { notify } from '../../notifications/notify.ts';
import { alertSafeguardingTeam, assess, system, type Decision } from './comment-assessment.ts';
import { tellChairAboutPress } from './press-hold.ts';
import { schoolModerationSetup, type SchoolModerationSetup } from './school-moderation-setup.ts';

export interface NewComment {
  account: SocialAccountRow;
  event: NormalisedEvent;
  deliveryId: number;
}

/** What became of each new comment, in the order given: stored, or already stored (another writer was first). */
export type NewCommentOutcome = { kind: 'stored'; commentId: string; decision: Decision } | { kind: 'duplicate' };

/** The author key a comment is stored under: a platform that leaves the author out must not merge strangers. */
const authorExternalId = (event: NormalisedEvent) => event.author.externalId || `unknown:${event.commentExternalId}`;

/**
 * Stores new comments (none of them the school's own, each about a different comment) in the caller's transaction.
 * The caller holds the schools' ingestion and has found none of these comments stored.
 */
export async function storeNewComments(tx: Db, items: NewComment[], now: Date): Promise<NewCommentOutcome[]> {
  if (items.length === 0) return [];
  const setups = new Map<string, SchoolModerationSetup>();
  for (const { account } of items) {
    if (!setups.has(account.schoolId)) {
      setups.set(account.schoolId, await schoolModerationSetup(tx, account.schoolId, now));
    }
  }

  // Each author and post once, with what the deliveries said about them merged in order (the latest wins, and a
  // delivery that said nothing keeps what is known), as writing them one comment at a time would.
  const authors = new Map<string, Parameters<typeof commentsRepository.upsertAuthors>[1][number]>();
  const posts = new Map<string, Parameters<typeof commentsRepository.upsertPosts>[1][number]>();
  for (const { account, event } of items) {
    const authorKey = `${account.schoolId} ${event.platform} ${authorExternalId(event)}`;
    const knownAuthor = authors.get(authorKey);
    authors.set(authorKey, {
      schoolId: account.schoolId,
      platform: event.platform,
      externalId: authorExternalId(event),
      name: event.author.name ?? knownAuthor?.name ?? null,
      handle: event.author.handle ?? knownAuthor?.handle ?? null,
    });
    const postKey = `${account.id} ${event.postExternalId}`;
    const knownPost = posts.get(postKey);
    const text = event.post?.text ?? knownPost?.text;
    // What the delivery said about the post (most say only its id; fill-post-details.ts looks the rest up).
    const permalink = event.post?.permalink || knownPost?.permalink;
    posts.set(postKey, {
      schoolId: account.schoolId,
      accountId: account.id,
      externalId: event.postExternalId,
      ...(text !== undefined ? { text } : {}),
      ...(permalink ? { permalink } : {}),
    });
  }
  const authorRows = new Map<string, AuthorRow>(
    (await commentsRepository.upsertAuthors(tx, [...authors.values()])).map((r) => [
      `${r.schoolId} ${r.platform} ${r.externalId}`,
      r,
    ]),
  );
  const postIds = await commentsRepository.upsertPosts(tx, [...posts.values()]);

  const markedPress = new Set<string>();
  const prepared = items.map(({ account, event, deliveryId }) => {
    const setup = setups.get(account.schoolId)!;
    const author = authorRows.get(`${account.schoolId} ${event.platform} ${authorExternalId(event)}`)!;
    const text = event.text ?? '';
    const a = assess(setup, text);
    // 004: journalists go to the head, and nothing is said to them before the head approves it.
    const wasPress = author.isPress || markedPress.has(author.id);
    const press = wasPress || looksLikePressContact(text);
    if (press && !wasPress) markedPress.add(author.id);
    const dueAt =
      a.need.needed || press
        ? computeResponseDeadline(event.receivedAt, setup.settings.response, setup.calendar).dueAt
        : null;
    const row = {
      id: randomUUID(),
      schoolId: account.schoolId,
      accountId: account.id,
      postId: postIds.get(`${account.id} ${event.postExternalId}`)!,
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
    };
    return { account, event, setup, author, a, press, dueAt, row };
  });
  await commentsRepository.setAuthorsPress(tx, [...markedPress]);
  const inserted = await commentsRepository.insertManyIfNew(
    tx,
    prepared.map((p) => p.row),
  );

  // The audit entries in the comments' order, each comment's alert entry straight after its own.
  const entries: AuditInput[] = [];
  const outcomes: NewCommentOutcome[] = [];
  for (const { account, event, setup, author, a, press, dueAt, row } of prepared) {
    if (!inserted.has(row.id)) {
      outcomes.push({ kind: 'duplicate' });
      continue;
    }
    entries.push({
      trustId: setup.trustId,
      schoolId: account.schoolId,
      ...system(event.platform),
      action: 'comment.received',
      entityType: 'comment',
      entityId: row.id,
      details: {
        account: account.handle,
        decision: a.decision,
        categories: a.labels.map((l) => l.category),
        responseDueAt: dueAt?.toISOString() ?? null,
        ...(event.kind === 'comment_edited' ? { from: 'edit' } : {}),
      },
      now,
    });
    if (a.alert.alert) {
      await alertSafeguardingTeam(tx, { account, setup, commentId: row.id, reason: a.alert.reason, now }, (entry) =>
        entries.push(entry),
      );
    }
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
        link: `/moderation/comments/${row.id}`,
        dedupeKey: `press-contact:${row.id}`,
        now,
      });
    }
    outcomes.push({ kind: 'stored', commentId: row.id, decision: a.decision });
  }
  await auditRepository.appendMany(tx, entries);
  return outcomes;
}
