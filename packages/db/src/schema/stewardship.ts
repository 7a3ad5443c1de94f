// Looking after an official account once it exists (004, 000, 002): the handover task a leaving runner opens, the
// account's own sign-in details (sealed), and the register of pages the account likes or follows.
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { staff, users } from './people.ts';
import { socialAccounts } from './moderation.ts';

/** A runner has left: the head and the other runners name a new runner or close the account. */
export const accountHandovers = pgTable(
  'account_handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id),
    leaverStaffId: uuid('leaver_staff_id')
      .notNull()
      .references(() => staff.id),
    /** open -> runner_named | account_closed */
    status: text('status').notNull().default('open'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    newRunnerStaffId: uuid('new_runner_staff_id').references(() => staff.id),
    /** Why the account was closed. */
    note: text('note'),
  },
  (t) => [
    index('account_handovers_school_idx').on(t.schoolId, t.status),
    uniqueIndex('account_handovers_account_leaver_key').on(t.accountId, t.leaverStaffId),
  ],
);

/** The account's own sign-in details, sealed as one JSON document with the deployment's credentials key. */
export const accountCredentials = pgTable('account_credentials', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => socialAccounts.id),
  schoolId: uuid('school_id')
    .notNull()
    .references(() => schools.id),
  sealed: text('sealed').notNull(),
  /** Which details are held (username, password, recovery codes, two-factor seed), never their values. */
  storedFields: jsonb('stored_fields').$type<string[]>().notNull(),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** A page an account likes or follows, with the reason; a commercial one waits for the head (000, 002). */
export const accountPageLinks = pgTable(
  'account_page_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id),
    /** like or follow */
    kind: text('kind').notNull(),
    pageName: text('page_name').notNull(),
    pageUrl: text('page_url').notNull(),
    reason: text('reason').notNull(),
    commercial: boolean('commercial').notNull(),
    /** approved | awaiting_head | refused */
    status: text('status').notNull(),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (t) => [index('account_page_links_account_idx').on(t.schoolId, t.accountId)],
);
