// The versions of a school's policy from before Schoolgate (issue 15): number, date, author and reason, as the school
// kept them (003 has 0.1 to 0.3 since 2018). They open the "Version history" table at the end of the document, before
// Schoolgate's own versions; the school adds, corrects and removes them, or imports many at once from CSV.
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { users } from './people.ts';

export const policyHistoryEntries = pgTable(
  'policy_history_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    /** As the school numbered it: "0.1", "2", "2019.1". */
    version: text('version').notNull(),
    date: date('date').notNull(),
    author: text('author').notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('policy_history_entries_school_idx').on(t.schoolId, t.date)],
);
