// The consent register (C1, 002 "prior consent", 004 images): one row per decision, never edited, so the
// history of a pupil's consent for each use is complete. The current state is the latest row per use.
import { bigserial, boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { pupils, users } from './people.ts';

export const consentRecords = pgTable(
  'consent_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    pupilId: uuid('pupil_id')
      .notNull()
      .references(() => pupils.id),
    /** social_media_photo, social_media_name, website, press, displays */
    use: text('use').notNull(),
    /** granted, refused, withdrawn */
    decision: text('decision').notNull(),
    /** Where the decision came from: consent_form, mis_import, email, letter, phone, in_person. */
    source: text('source').notNull(),
    /** The date the parent or carer gave or withdrew it. */
    decidedOn: date('decided_on').notNull(),
    expiresOn: date('expires_on'),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('consent_records_pupil_use_idx').on(t.schoolId, t.pupilId, t.use, t.recordedAt)],
);

/**
 * Why a pupil is on the do-not-publish list (004): seen only by the DSL team and the head, every view audited.
 * One row per pupil, for the flag's current state; every change is also kept in publicationRestrictionHistory.
 */
export const publicationRestrictions = pgTable('publication_restrictions', {
  pupilId: uuid('pupil_id')
    .primaryKey()
    .references(() => pupils.id),
  schoolId: uuid('school_id')
    .notNull()
    .references(() => schools.id),
  reason: text('reason').notNull(),
  setBy: uuid('set_by').references(() => users.id),
  setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every change to a pupil's do-not-publish flag, with the reason given for it: append-only (the database refuses
 * updates and deletes), so an earlier reason survives the next change. As restricted as the current reason.
 */
export const publicationRestrictionHistory = pgTable(
  'publication_restriction_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    pupilId: uuid('pupil_id')
      .notNull()
      .references(() => pupils.id),
    /** The flag as this change left it: true for put on the list, false for taken off. */
    doNotPublish: boolean('do_not_publish').notNull(),
    reason: text('reason').notNull(),
    setBy: uuid('set_by').references(() => users.id),
    setAt: timestamp('set_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('publication_restriction_history_pupil_idx').on(t.schoolId, t.pupilId, t.setAt)],
);
