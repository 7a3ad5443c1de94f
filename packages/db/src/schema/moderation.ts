// Comment moderation (C4): the school's connected accounts, every webhook delivery as it arrived, and the
// comments, authors, revisions and actions that come from them.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { users } from './people.ts';
import { storedFiles } from './files.ts';

/** An official account connected to Schoolgate (the registry of C2 will grow from this). */
export const socialAccounts = pgTable(
  'social_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    /** facebook, instagram, x */
    platform: text('platform').notNull(),
    /** The page id, Instagram user id or X user id. */
    externalId: text('external_id').notNull(),
    handle: text('handle').notNull(),
    displayName: text('display_name').notNull(),
    status: text('status').notNull().default('active'),
    /** The access token, sealed with the deployment's key. */
    credentialsSealed: text('credentials_sealed'),
    /** For X: the newest mention already read. */
    pollCursor: text('poll_cursor'),
    /**
     * For X: where a poll that stopped at its page limit carries on (older pages still to read), with the newest id
     * that poll saw. Cleared once those pages are read, when `pollCursor` moves on to that newest id.
     */
    pollResume: jsonb('poll_resume').$type<{ paginationToken: string; newestId: string }>(),
    /**
     * For X: a poll in progress holds the account until then, so two processes never poll it at once (several
     * workers share the schedule). Cleared when the poll ends; a crashed poll's claim simply runs out.
     */
    pollClaimedUntil: timestamp('poll_claimed_until', { withTimezone: true }),
    // Connection and health (issue 10: connecting the real platforms).
    /** When the stored access token stops working; null when it does not expire (a Page token). */
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }),
    /** X: the refresh token, sealed. */
    refreshSealed: text('refresh_sealed'),
    /** The permissions (Meta) or scopes (X) the platform granted, and those asked for but not granted. */
    grantedScopes: jsonb('granted_scopes').$type<string[]>(),
    missingScopes: jsonb('missing_scopes').$type<string[]>(),
    /** Facebook and Instagram: whether the Page is subscribed to the app's webhooks; null for X. */
    webhookSubscribed: boolean('webhook_subscribed'),
    /** Instagram: the Page it is linked to (its token acts for the Instagram account). */
    linkedPageId: text('linked_page_id'),
    /** X: when the last poll answered. */
    lastPollAt: timestamp('last_poll_at', { withTimezone: true }),
    /** Why the account needs reconnecting, in plain words; null when it does not. */
    reconnectReason: text('reconnect_reason'),
    connectedAt: timestamp('connected_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('social_accounts_platform_external_key').on(t.platform, t.externalId),
    index('social_accounts_school_idx').on(t.schoolId),
  ],
);

/** Every delivery exactly as received, written before it is acknowledged, so nothing is lost. */
export const inboundDeliveries = pgTable(
  'inbound_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    platform: text('platform').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull(),
    /** The raw body, byte for byte as text (its signature was computed over these bytes). */
    body: text('body').notNull(),
    bodySha256: text('body_sha256').notNull(),
    /** pending -> processed | failed (attempts left) -> processed | abandoned (given up; the school is told) */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    /** A failed delivery is not tried again before this (back-off); null: due now. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [index('inbound_deliveries_status_idx').on(t.status, t.id)],
);

export const socialAuthors = pgTable(
  'social_authors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    platform: text('platform').notNull(),
    externalId: text('external_id').notNull(),
    name: text('name'),
    handle: text('handle'),
    /** Marked as press: no reply goes out before the head approves it (004). */
    isPress: boolean('is_press').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('social_authors_school_platform_external_key').on(t.schoolId, t.platform, t.externalId)],
);

export const socialPosts = pgTable(
  'social_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id),
    externalId: text('external_id').notNull(),
    /** The post's wording: null until the platform has given it, empty when the post has none (a photo alone). */
    text: text('text'),
    /** The post's https address on the platform, where the platform gives one (Facebook, Instagram). */
    permalink: text('permalink'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('social_posts_account_external_key').on(t.accountId, t.externalId)],
);

export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id),
    postId: uuid('post_id').references(() => socialPosts.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => socialAuthors.id),
    externalId: text('external_id').notNull(),
    parentExternalId: text('parent_external_id'),
    text: text('text').notNull(),
    postedAt: timestamp('posted_at', { withTimezone: true, precision: 3 }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull(),
    /** The delivery this comment was first read from. */
    deliveryId: integer('delivery_id'),
    /** visible, hidden, deleted, removed_by_author */
    platformState: text('platform_state').notNull().default('visible'),
    /**
     * When the current text was written on the platform: the comment's creation, or the latest edit applied. An edit
     * that happened earlier but arrives later is kept as a revision and never becomes the text.
     */
    textChangedAt: timestamp('text_changed_at', { withTimezone: true, precision: 3 }),
    /** When the latest hide, unhide or removal applied from the platform happened there; older ones are ignored. */
    stateChangedAt: timestamp('state_changed_at', { withTimezone: true, precision: 3 }),
    /** Set by the worker hiding the comment on arrival, so no other worker keeps evidence and hides it again. */
    hideClaimedAt: timestamp('hide_claimed_at', { withTimezone: true, precision: 3 }),
    /** The classifier's labels: [{category, target?, kind?, score, evidence}]. */
    labels: jsonb('labels').$type<Array<Record<string, unknown>>>().notNull().default([]),
    /** The highest label score, for "worst first". */
    severity: real('severity').notNull().default(0),
    /** What the school's settings decided on arrival: hide, queue, leave. */
    decision: text('decision').notNull().default('leave'),
    decisionReason: text('decision_reason'),
    /** new, queued, approved, actioned: where it is in the moderator's work. */
    reviewState: text('review_state').notNull().default('new'),
    needsResponse: boolean('needs_response').notNull().default(false),
    responseDueAt: timestamp('response_due_at', { withTimezone: true }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('comments_account_external_key').on(t.accountId, t.externalId),
    // The queue's three views, each an index in exactly the queue's order (worst first, nearest deadline, newest),
    // so a page of 50 is read straight off the index instead of sorting a school's whole history.
    index('comments_queue_review_idx').on(
      t.schoolId,
      t.reviewState,
      t.severity.desc(),
      t.responseDueAt.asc().nullsLast(),
      t.postedAt.desc(),
    ),
    index('comments_queue_all_idx').on(
      t.schoolId,
      t.severity.desc(),
      t.responseDueAt.asc().nullsLast(),
      t.postedAt.desc(),
    ),
    index('comments_queue_awaiting_idx')
      .on(t.schoolId, t.severity.desc(), t.responseDueAt.asc().nullsLast(), t.postedAt.desc())
      .where(sql`${t.needsResponse} and ${t.respondedAt} is null`),
    // The queue's filters (issue 16, `npm run bench:queue` at 1,000,000 comments): by platform state and by account,
    // each in the queue's order so a page and its total are read from the index, not from the school's whole
    // history; and the categories inside `labels` (the queue's `@>` filter) through a GIN index.
    index('comments_queue_state_idx').on(
      t.schoolId,
      t.platformState,
      t.severity.desc(),
      t.responseDueAt.asc().nullsLast(),
      t.postedAt.desc(),
    ),
    index('comments_queue_account_idx').on(
      t.accountId,
      t.severity.desc(),
      t.responseDueAt.asc().nullsLast(),
      t.postedAt.desc(),
    ),
    index('comments_labels_idx').using('gin', t.labels.op('jsonb_path_ops')),
    index('comments_author_idx').on(t.authorId, t.postedAt),
    index('comments_due_idx').on(t.needsResponse, t.respondedAt, t.responseDueAt),
    // A period's comments for the reports and the trust dashboard (issue 16): a term, not the school's whole history.
    index('comments_received_idx').on(t.schoolId, t.receivedAt),
  ],
);

/**
 * Every platform event ingestion has applied, by its dedupe key (platform, comment, kind and the time of the change):
 * a redelivered or re-polled event finds its key here and changes nothing.
 */
export const processedEvents = pgTable(
  'processed_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id),
    dedupeKey: text('dedupe_key').notNull(),
    /** comment_added, comment_edited, comment_removed, comment_hidden, comment_unhidden */
    kind: text('kind').notNull(),
    commentExternalId: text('comment_external_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    /** The delivery the event was first read from. */
    deliveryId: bigint('delivery_id', { mode: 'number' }).notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [uniqueIndex('processed_events_account_key').on(t.accountId, t.dedupeKey)],
);

export const commentRevisions = pgTable(
  'comment_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    commentId: uuid('comment_id')
      .notNull()
      .references(() => comments.id),
    text: text('text').notNull(),
    /** When this wording appeared on the platform: the comment's creation, or the edit that made it. */
    writtenAt: timestamp('written_at', { withTimezone: true, precision: 3 }).notNull(),
    /** When this wording was replaced by the next one (shown as "edited"). */
    editedAt: timestamp('edited_at', { withTimezone: true, precision: 3 }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('comment_revisions_comment_idx').on(t.commentId)],
);

/** What people (or the system, on arrival) did with a comment, including manual steps on the platform. */
export const moderationActions = pgTable(
  'moderation_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    commentId: uuid('comment_id').references(() => comments.id),
    authorId: uuid('author_id').references(() => socialAuthors.id),
    /** hide, unhide, delete, reply, approve, mark_responded, block, warn, report_platform, legal_advice, police, press_approved */
    action: text('action').notNull(),
    /** Done through the platform's API, or by hand on the platform and recorded here. */
    manual: boolean('manual').notNull().default(false),
    /** A reply's text, a platform or police reference, a note. */
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    byUserId: uuid('by_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    index('moderation_actions_comment_idx').on(t.commentId),
    index('moderation_actions_author_idx').on(t.authorId),
  ],
);

/** Evidence kept before anything is hidden or deleted (004): each item with its SHA-256. */
export const evidenceItems = pgTable(
  'evidence_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    commentId: uuid('comment_id')
      .notNull()
      .references(() => comments.id),
    /** as_received (JSON), image (PNG), timeline (JSON of posted, received, actioned) */
    kind: text('kind').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('evidence_items_comment_idx').on(t.commentId)],
);
