// Data protection (issue 13): legal holds, which stop the retention job and erasure from removing a record while a
// claim, an investigation or a police request needs it. A hold is never deleted: lifting it sets liftedAt, so the
// history of holds stays with the school.
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { users } from './people.ts';

export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    /** author, comment, concern */
    subjectKind: text('subject_kind').notNull(),
    /** The id of the social author, comment or concern held (checked against the school when placed). */
    subjectId: uuid('subject_id').notNull(),
    reason: text('reason').notNull(),
    placedBy: uuid('placed_by').references(() => users.id),
    placedAt: timestamp('placed_at', { withTimezone: true, precision: 3 }).notNull(),
    liftedBy: uuid('lifted_by').references(() => users.id),
    liftedAt: timestamp('lifted_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [index('legal_holds_subject_idx').on(t.schoolId, t.subjectKind, t.subjectId)],
);
