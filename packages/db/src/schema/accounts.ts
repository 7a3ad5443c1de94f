// Official accounts (PRODUCT C2; policies 001 and 004): requests for a new account with their business case, the
// decision and the head's written consent, and the named runners of each account on the register.
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { staff, users } from './people.ts';
import { socialAccounts } from './moderation.ts';

export const accountRequests = pgTable(
  'account_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    /** facebook, instagram, x */
    platform: text('platform').notNull(),
    /** The name or handle asked for. */
    handle: text('handle').notNull(),
    aim: text('aim').notNull(),
    audience: text('audience').notNull(),
    promotion: text('promotion').notNull(),
    /** open (anyone can see it) or closed (members the school accepts). */
    visibility: text('visibility').notNull(),
    /** Staff ids of the named runners, in the order given. */
    runnerStaffIds: jsonb('runner_staff_ids').$type<string[]>().notNull(),
    /** pending -> approved | rejected */
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    /** The head's written consent (001), when the policy asks for it. */
    headConsentBy: uuid('head_consent_by').references(() => users.id),
    headConsentAt: timestamp('head_consent_at', { withTimezone: true }),
    headConsentNote: text('head_consent_note'),
    /** The register entry an approval created. */
    accountId: uuid('account_id').references(() => socialAccounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('account_requests_school_idx').on(t.schoolId, t.createdAt)],
);

/** Who runs which account: only they (and the head) moderate and publish on it (004). */
export const accountRunners = pgTable(
  'account_runners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('account_runners_account_staff_key').on(t.accountId, t.staffId),
    index('account_runners_staff_idx').on(t.staffId),
  ],
);
