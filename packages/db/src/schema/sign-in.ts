// Signing in with the school's own identity provider (Microsoft Entra ID, Google Workspace) and invitations to
// staff who have no sign-in yet (issue 13, docs/sign-in.md).
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schools, trusts } from './tenancy.ts';
import { staff, users } from './people.ts';

/**
 * One identity provider of a school (schoolId set) or of a whole trust (schoolId null). At most one per provider
 * kind for each school and for each trust (held by the repository: a unique index would treat nulls as distinct).
 */
export const signInProviders = pgTable(
  'sign_in_providers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trustId: uuid('trust_id')
      .notNull()
      .references(() => trusts.id),
    schoolId: uuid('school_id').references(() => schools.id),
    /** microsoft or google. */
    provider: text('provider').notNull(),
    /** The Entra tenant id (a GUID), or the Google Workspace domain. */
    tenant: text('tenant').notNull(),
    clientId: text('client_id').notNull(),
    /** Sealed with the deployment's key (AES-256-GCM), like other account credentials. */
    clientSecretEncrypted: text('client_secret_encrypted').notNull(),
    /** The issuer to trust instead of the provider's public one (a test provider); null: derived from the tenant. */
    issuerUrl: text('issuer_url'),
    /** The school says its provider makes everyone pass MFA: the id token's amr must then say so. */
    providerEnforcesMfa: boolean('provider_enforces_mfa').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_providers_trust_idx').on(t.trustId)],
);

/** A sign-in started with a provider and not yet finished: its state, nonce and PKCE verifier, used once. */
export const oidcSignInAttempts = pgTable(
  'oidc_sign_in_attempts',
  {
    /** SHA-256 of the state sent to the provider, hex. */
    stateHash: text('state_hash').primaryKey(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => signInProviders.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    nonce: text('nonce').notNull(),
    /** The PKCE code verifier, sealed with the deployment's key. */
    codeVerifierEncrypted: text('code_verifier_encrypted').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('oidc_sign_in_attempts_expires_idx').on(t.expiresAt)],
);

/** An invitation to a member of staff to set up their sign-in: a one-time link, only its digest kept. */
export const staffInvitations = pgTable(
  'staff_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trustId: uuid('trust_id')
      .notNull()
      .references(() => trusts.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    /** SHA-256 of the link's token, hex. */
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** When the email was handed to the mail server; null when it could not be sent. */
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /** Set when a newer invitation replaces this one (resend), so only the newest link works. */
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('staff_invitations_token_key').on(t.tokenHash),
    index('staff_invitations_staff_idx').on(t.staffId, t.createdAt),
  ],
);
