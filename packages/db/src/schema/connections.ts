// Connecting an approved official account to its platform (issue 10): one row per attempt. It holds the OAuth
// state (as a digest), the PKCE verifier for X (sealed), who started it and until when it may be used; once the
// platform has answered, the choices offered (Pages and their Instagram accounts, or the X user) with their tokens,
// sealed. The callback can use a row once, before it expires, and only for the person who started it.
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { users } from './people.ts';
import { socialAccounts } from './moderation.ts';

export const accountConnections = pgTable(
  'account_connections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => socialAccounts.id),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => users.id),
    /** facebook, instagram, x */
    platform: text('platform').notNull(),
    /** SHA-256 of the state sent to the platform, hex: the state itself is never stored. */
    stateHash: text('state_hash').notNull(),
    /** X only: the PKCE code verifier, sealed. */
    codeVerifierSealed: text('code_verifier_sealed'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** When the platform's callback used the state (single use). */
    callbackAt: timestamp('callback_at', { withTimezone: true }),
    /** started -> choosing -> connected | failed */
    status: text('status').notNull().default('started'),
    /** What the platform offered (ids, names, tokens), sealed JSON; cleared once the choice is made. */
    choicesSealed: text('choices_sealed'),
    /** Why it failed, in words for the person connecting. */
    failure: text('failure'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('account_connections_state_key').on(t.stateHash),
    index('account_connections_account_idx').on(t.accountId),
  ],
);
