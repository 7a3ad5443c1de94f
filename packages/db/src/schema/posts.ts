// Posts (PRODUCT C3, issue 11): drafts for one or more of the school's accounts, their images (stored with location
// and camera data stripped), the pupils tagged in them, approvals, where each was published with the consent of
// every tagged pupil at that moment, take-down tasks when consent is withdrawn, and the head's pause switch.
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { pupils, users } from './people.ts';
import { storedFiles } from './files.ts';
import { socialAccounts } from './moderation.ts';

/** An advisory finding the author or approver chose to send anyway, with why. */
export interface PostOverride {
  check: string;
  reason: string;
  byUserId: string;
  at: string;
}

export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    /** One of the policy's post categories. */
    category: text('category').notNull(),
    /** Flagged by the author or an approver: SLT or the head must approve (004 "check with senior staff"). */
    controversial: boolean('controversial').notNull().default(false),
    /** draft, approved, scheduled, publishing, published, failed */
    status: text('status').notNull().default('draft'),
    overrides: jsonb('overrides').$type<PostOverride[]>().notNull().default([]),
    /** When it should go out; null: as soon as it is published. */
    scheduledFor: timestamp('scheduled_for', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('posts_school_status_idx').on(t.schoolId, t.status, t.updatedAt)],
);

/** One account a post goes to, and what happened there. */
export const postTargets = pgTable(
  'post_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id),
    /** pending, published, failed, taken_down */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    externalPostId: text('external_post_id'),
    permalink: text('permalink'),
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
    /** Every tagged pupil's consent as the register stood at the moment of sending. */
    consentSnapshot: jsonb('consent_snapshot').$type<Record<string, unknown>[]>(),
  },
  (t) => [
    uniqueIndex('post_targets_post_account_key').on(t.postId, t.accountId),
    index('post_targets_school_idx').on(t.schoolId, t.status),
  ],
);

export const postImages = pgTable(
  'post_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id),
    /** The re-encoded image (no EXIF, no GPS) and its thumbnail. */
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    thumbnailFileId: uuid('thumbnail_file_id')
      .notNull()
      .references(() => storedFiles.id),
    altText: text('alt_text'),
    position: integer('position').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
  },
  (t) => [index('post_images_post_idx').on(t.postId, t.position)],
);

/**
 * A post's video (issue 11): at most one per post, and never beside photos (none of the platforms takes both in one
 * post). The file is the upload as sent with its location and camera boxes blanked in place (`udta`, `meta`, XMP
 * `uuid` rewritten to `free`); the poster is a frame the browser drew, re-encoded like any image, with a thumbnail.
 */
export const postVideos = pgTable(
  'post_videos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    posterFileId: uuid('poster_file_id')
      .notNull()
      .references(() => storedFiles.id),
    posterThumbnailFileId: uuid('poster_thumbnail_file_id')
      .notNull()
      .references(() => storedFiles.id),
    /** What the video shows, for people who cannot see it (the platforms' description). */
    altText: text('alt_text'),
    /** `video/mp4` or `video/quicktime`, and the size, as kept (also on the file, which is not read for a page). */
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    durationMs: integer('duration_ms').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
  },
  (t) => [uniqueIndex('post_videos_post_unique').on(t.postId)],
);

export const postPupils = pgTable(
  'post_pupils',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id),
    pupilId: uuid('pupil_id')
      .notNull()
      .references(() => pupils.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    pictured: boolean('pictured').notNull(),
    named: boolean('named').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.pupilId] }), index('post_pupils_pupil_idx').on(t.schoolId, t.pupilId)],
);

export const postApprovals = pgTable(
  'post_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [uniqueIndex('post_approvals_post_user_key').on(t.postId, t.userId)],
);

/** A published post showing a pupil whose consent was withdrawn since: the account's runners take it down. */
export const postTakedowns = pgTable(
  'post_takedowns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    postTargetId: uuid('post_target_id')
      .notNull()
      .references(() => postTargets.id),
    pupilId: uuid('pupil_id')
      .notNull()
      .references(() => pupils.id),
    /** The consent use that no longer stands (social_media_photo, social_media_name) or do_not_publish. */
    because: text('because').notNull(),
    /** open, done */
    status: text('status').notNull().default('open'),
    /** What was done: through the API, or by hand on the platform, with notes. */
    steps: jsonb('steps')
      .$type<{ at: string; byUserId: string | null; via: string; note: string }[]>()
      .notNull()
      .default([]),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('post_takedowns_target_pupil_key').on(t.postTargetId, t.pupilId),
    index('post_takedowns_school_idx').on(t.schoolId, t.status),
  ],
);

/** The head's "pause all publishing" switch: while a row exists, nothing is published for the school. */
export const publishingPauses = pgTable('publishing_pauses', {
  schoolId: uuid('school_id')
    .primaryKey()
    .references(() => schools.id),
  pausedBy: uuid('paused_by').references(() => users.id),
  pausedAt: timestamp('paused_at', { withTimezone: true, precision: 3 }).notNull(),
  reason: text('reason').notNull(),
});

/** Staff who are not runners suggest a post (000 "speak to the Principal"); the head or runners make it a draft. */
export const postSuggestions = pgTable(
  'post_suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    /** The accounts it is meant for; empty: whichever the runners think fit. */
    accountIds: jsonb('account_ids').$type<string[]>().notNull().default([]),
    /** The policy category the suggester thinks it is, if they chose one. */
    category: text('category'),
    /** Anything the runners should know (who to ask about photos, when the event is). */
    note: text('note'),
    /** open, drafted, declined */
    status: text('status').notNull().default('open'),
    postId: uuid('post_id').references(() => posts.id),
    /** Who drafted it or declined it, when, and why it was declined (the suggester sees the reason). */
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }),
    declineReason: text('decline_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('post_suggestions_school_idx').on(t.schoolId, t.status, t.createdAt)],
);
