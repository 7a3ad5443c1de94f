// Trusts and schools: the tenancy boundary. A standalone school is a trust of one.
import { pgTable, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('schools_trust_idx').on(t.trustId)],
);
