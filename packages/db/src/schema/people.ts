// Users (who can sign in), staff (a person's role in one school or in the trust's central team) and pupils.
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schools, trusts } from './tenancy.ts';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-cased on write; the sign-in name. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    status: text('status').notNull().default('active'),
    /** TOTP secret, encrypted with the deployment's key (AES-256-GCM). */
    totpSecretEncrypted: text('totp_secret_encrypted'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The 30-second step of the last code accepted: a code is accepted once (RFC 6238 section 5.2). */
    totpLastStep: integer('totp_last_step'),
    /** SHA-256 digests of unused recovery codes. */
    /** When they last signed in through their school's identity provider (issue 13): a sign-in without a password. */
    providerSignInAt: timestamp('provider_sign_in_at', { withTimezone: true }),
    recoveryCodeHashes: jsonb('recovery_code_hashes').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);

/**
 * A staff record is a person's place in one school (schoolId set) or in the trust's central
 * team (schoolId null, role trust_admin). When userId is set and the record is active, it is
 * also what lets that user act in the school with that role.
 */
export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trustId: uuid('trust_id')
      .notNull()
      .references(() => trusts.id),
    schoolId: uuid('school_id').references(() => schools.id),
    userId: uuid('user_id').references(() => users.id),
    misId: text('mis_id'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email'),
    jobTitle: text('job_title'),
    role: text('role').notNull().default('staff'),
    status: text('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('staff_school_idx').on(t.schoolId, t.lastName),
    index('staff_user_idx').on(t.userId),
    index('staff_trust_idx').on(t.trustId),
    uniqueIndex('staff_school_mis_key').on(t.schoolId, t.misId),
  ],
);

export const pupils = pgTable(
  'pupils',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    misId: text('mis_id').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    preferredName: text('preferred_name'),
    /** "R" (reception), "N" (nursery) or 1..13, kept as text as MIS exports write it. */
    yearGroup: text('year_group').notNull(),
    className: text('class_name'),
    doNotPublish: boolean('do_not_publish').notNull().default(false),
    status: text('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pupils_school_mis_key').on(t.schoolId, t.misId),
    index('pupils_school_name_idx').on(t.schoolId, t.lastName, t.firstName),
  ],
);
