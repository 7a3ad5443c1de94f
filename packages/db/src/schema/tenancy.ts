// Trusts and schools: the tenancy boundary. A standalone school is a trust of one.
import { sql } from 'drizzle-orm';
import { boolean, pgTable, text, timestamp, uuid, index, uniqueIndex } from 'drizzle-orm/pg-core';

export const trusts = pgTable('trusts', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const schools = pgTable(
  'schools',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trustId: uuid('trust_id')
      .notNull()
      .references(() => trusts.id),
    name: text('name').notNull(),
    /** Department for Education unique reference number, when known. */
    urn: text('urn'),
    /** UK nation, for bank holidays: england_wales, scotland, northern_ireland. */
    nation: text('nation').notNull().default('england_wales'),
    /** The unguessable part of the school's public "raise a concern" address (no sign-in; see docs/concerns.md). */
    publicToken: text('public_token')
      .notNull()
      .default(sql`replace(gen_random_uuid()::text, '-', '')`),
    /** Email the governors' report (PDF attached) to the school's governors after each term (issue 14). */
    termlyReportEmail: boolean('termly_report_email').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('schools_trust_idx').on(t.trustId), uniqueIndex('schools_public_token_key').on(t.publicToken)],
);
