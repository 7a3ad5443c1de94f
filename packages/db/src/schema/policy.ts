// The policy as data (C1, C6): a trust's default settings, each school's overrides of single fields, and the
// versions a school drafts, has approved by governors and publishes. The published version is what is enforced.
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schools, trusts } from './tenancy.ts';
import { users } from './people.ts';

export const trustPolicyDefaults = pgTable('trust_policy_defaults', {
  trustId: uuid('trust_id')
    .primaryKey()
    .references(() => trusts.id),
  /** A complete PolicySettings (packages/domain), validated before it is written. */
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  /** The template the defaults started from, if any. */
  templateId: text('template_id'),
  /**
   * The trust's own words (a PolicyContent, packages/domain) with the clauses and sections it locks for its schools;
   * null until the trust first saves them, when its template's words apply.
   */
  content: jsonb('content').$type<Record<string, unknown>>(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

export const schoolPolicyOverrides = pgTable('school_policy_overrides', {
  schoolId: uuid('school_id')
    .primaryKey()
    .references(() => schools.id),
  /** Dotted field path -> value, e.g. {"response.hours": 24}; a field not here is inherited from the trust. */
  overrides: jsonb('overrides').$type<Record<string, unknown>>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/** draft -> approved (by governors) -> published -> superseded (by the next published version). */
export const policyVersions = pgTable(
  'policy_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    /** 1, 2, 3... per school. */
    number: integer('number').notNull(),
    status: text('status').notNull().default('draft'),
    /** The resolved settings this version holds (a snapshot: later edits to settings do not change it). */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    /**
     * The school's words (a PolicyContent, packages/domain): sections, clauses, the Statement of Acceptance and the
     * responsible person. Null only on versions written before issue 15; they are read as their template's words.
     */
    content: jsonb('content').$type<Record<string, unknown>>(),
    /**
     * The structured document (a PolicyDocument with formatting runs) exactly as rendered with the Markdown below,
     * so the page and the PDF keep bold, italic and numbered lists. Null on versions written before issue 15.
     */
    document: jsonb('document').$type<Record<string, unknown>>(),
    /** The rendered document (Markdown) as approved, and the SHA-256 over settings, content and document. */
    documentMarkdown: text('document_markdown').notNull(),
    contentHash: text('content_hash').notNull(),
    summaryOfChanges: text('summary_of_changes'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    approvedOn: date('approved_on'),
    approvalMinuteRef: text('approval_minute_ref'),
    approverName: text('approver_name'),
    approvalRecordedBy: uuid('approval_recorded_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => users.id),
    reviewDue: date('review_due'),
  },
  (t) => [
    uniqueIndex('policy_versions_school_number_key').on(t.schoolId, t.number),
    index('policy_versions_school_status_idx').on(t.schoolId, t.status),
    // One version in force and one open draft per school, held by the database itself: two publishes (or drafts)
    // at the same moment cannot both succeed, whatever the use cases read beforehand.
    uniqueIndex('policy_versions_one_published_key')
      .on(t.schoolId)
      .where(sql`status = 'published'`),
    uniqueIndex('policy_versions_one_draft_key')
      .on(t.schoolId)
      .where(sql`status = 'draft'`),
  ],
);
