// Safeguarding concerns (C5, issue 12): what was raised, who it names, its chronology and its files. Details are
// read only through use-cases/concerns, which check the route, the second factor and audit every view.
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { pupils, staff, users } from './people.ts';
import { storedFiles } from './files.ts';
import { comments, socialAuthors } from './moderation.ts';

export const concerns = pgTable(
  'concerns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    /** Quoted to the person who raised it (and to a parent on the acknowledgement page). */
    reference: text('reference').notNull(),
    /** staff, moderation, public */
    source: text('source').notNull(),
    type: text('type').notNull(),
    /** routine, urgent */
    urgency: text('urgency').notNull(),
    /** safeguarding, allegation_staff, allegation_head, complaint: who may read it (domain concern-route.ts). */
    route: text('route').notNull(),
    whatHappened: text('what_happened').notNull(),
    happenedAt: timestamp('happened_at', { withTimezone: true }),
    /** open, closed */
    status: text('status').notNull().default('open'),
    raisedBy: uuid('raised_by').references(() => users.id),
    raisedAt: timestamp('raised_at', { withTimezone: true, precision: 3 }).notNull(),
    /** A parent's name and how to reach them, from the public form. */
    contact: jsonb('contact').$type<{ name: string; email: string | null; phone: string | null }>(),
    commentId: uuid('comment_id').references(() => comments.id),
    authorId: uuid('author_id').references(() => socialAuthors.id),
    outcome: text('outcome'),
    rationale: text('rationale'),
    closedAt: timestamp('closed_at', { withTimezone: true, precision: 3 }),
    closedBy: uuid('closed_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('concerns_school_reference_key').on(t.schoolId, t.reference),
    index('concerns_school_status_idx').on(t.schoolId, t.status, t.raisedAt),
    index('concerns_raised_by_idx').on(t.raisedBy),
  ],
);

/** Who a concern names: a pupil or member of staff from the roster, a commenter from moderation, or free text. */
export const concernPeople = pgTable(
  'concern_people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id),
    /** pupil, staff, author, other */
    kind: text('kind').notNull(),
    pupilId: uuid('pupil_id').references(() => pupils.id),
    staffId: uuid('staff_id').references(() => staff.id),
    authorId: uuid('author_id').references(() => socialAuthors.id),
    /** The name as it was when the concern was raised (free text for "other"). */
    name: text('name').notNull(),
  },
  (t) => [index('concern_people_concern_idx').on(t.concernId)],
);

/** The chronology: every step, in order (raised, seen, note, action, referral, parent_contact, closed). */
export const concernEntries = pgTable(
  'concern_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id),
    kind: text('kind').notNull(),
    text: text('text').notNull().default(''),
    /** For a referral: local_authority, police, lado, and the reference they gave. */
    agency: text('agency'),
    agencyReference: text('agency_reference'),
    byUserId: uuid('by_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('concern_entries_concern_idx').on(t.concernId, t.at)],
);

/** Files attached to a concern (uploads, or a comment's evidence pack), each with its SHA-256. */
export const concernFiles = pgTable(
  'concern_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    /** upload, evidence */
    kind: text('kind').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('concern_files_concern_idx').on(t.concernId)],
);
