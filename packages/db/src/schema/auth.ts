// Sessions and failed sign-in attempts. Session tokens are stored only as SHA-256 digests.
import { boolean, index, pgTable, text, timestamp, uuid, bigserial } from 'drizzle-orm/pg-core';
import { schools, trusts } from './tenancy.ts';
import { users } from './people.ts';

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token, hex. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    trustId: uuid('trust_id').references(() => trusts.id),
    /** The school the user is acting in; switched by trust users. */
    activeSchoolId: uuid('active_school_id').references(() => schools.id),
    twoFactorVerified: boolean('two_factor_verified').notNull().default(false),
    /** When the person last entered a two-factor code in this session (opening a concern needs one in 15 minutes). */
    secondFactorAt: timestamp('second_factor_at', { withTimezone: true }),
    /** Signed in through the school's identity provider, whose id token said MFA was done (issue 13). */
    providerMfa: boolean('provider_mfa').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** One row per failed sign-in, keyed by account and by address, for the rate limit. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** "account:<email>" or "address:<ip>". */
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_failures_key_at_idx').on(t.key, t.at)],
);
