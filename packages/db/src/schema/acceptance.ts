// Statements of Acceptance (001 Appendix 1) and training records (004): who signed which policy version, and
// who is trained until when.
import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { staff, users } from './people.ts';
import { policyVersions } from './policy.ts';
import { storedFiles } from './files.ts';

export const policyAcceptances = pgTable(
  'policy_acceptances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => policyVersions.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The name as the person typed it, as on a paper form. */
    typedName: text('typed_name').notNull(),
    confirmed: boolean('confirmed').notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, precision: 3 }).notNull(),
    address: text('address'),
    /** The version's content hash at the moment of signing: proof of exactly what was signed. */
    versionHash: text('version_hash').notNull(),
    /**
     * The Statement of Acceptance exactly as the person was shown it (the version's own words, issue 15). Null on
     * signatures made before statements were stored with each version.
     */
    statementText: text('statement_text'),
  },
  (t) => [
    uniqueIndex('policy_acceptances_version_staff_key').on(t.versionId, t.staffId),
    index('policy_acceptances_school_idx').on(t.schoolId),
  ],
);

export const trainingRecords = pgTable(
  'training_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    /** induction, refresher, dsl */
    kind: text('kind').notNull(),
    title: text('title'),
    completedOn: date('completed_on').notNull(),
    expiresOn: date('expires_on'),
    evidenceFileId: uuid('evidence_file_id').references(() => storedFiles.id),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_records_school_staff_idx').on(t.schoolId, t.staffId)],
);
