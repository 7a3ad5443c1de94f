// Signing in with the school's identity provider, its settings, and invitations to staff (issue 13).
import { z } from 'zod';
import { SIGN_IN_PROVIDERS } from '@schoolgate/domain/shared';
import { text } from './text.ts';
import { SessionStage } from './auth.ts';

export const SignInProviderKind = z.enum(SIGN_IN_PROVIDERS);

export const ProviderParams = z.object({ provider: SignInProviderKind });

/** Which school's sign-in to start: the school's id (its provider, or its trust's). */
export const OidcStartQuery = z.object({ school: z.uuid() });

/** What the provider sends back; anything else it adds is ignored. */
export const OidcCallbackQuery = z
  .object({
    code: text().max(4096).optional(),
    state: text().max(512).optional(),
    error: text().max(200).optional(),
    error_description: text().max(2000).optional(),
    iss: text().max(2000).optional(),
    session_state: text().max(2000).optional(),
  })
  .loose();

export const OfferedProvidersQuery = z.object({ school: z.uuid().optional() });
export const OfferedProvidersResponse = z.object({
  providers: z.array(z.object({ provider: SignInProviderKind, schoolId: z.uuid(), label: text() })),
});
export type OfferedProvidersResponse = z.infer<typeof OfferedProvidersResponse>;

export const SignInProviderScope = z.enum(['school', 'trust']);

export const SignInProviderSettings = z.object({
  provider: SignInProviderKind,
  scope: SignInProviderScope,
  tenant: text(),
  clientId: text(),
  /** The secret is never sent back; this says one is stored. */
  hasClientSecret: z.boolean(),
  issuerUrl: text().nullable(),
  providerEnforcesMfa: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type SignInProviderSettings = z.infer<typeof SignInProviderSettings>;

export const SignInSettingsResponse = z.object({
  /** Set on this school. */
  school: z.array(SignInProviderSettings),
  /** Set for every school of the trust (used where the school has none of that kind). */
  trust: z.array(SignInProviderSettings),
  /** What to register at the provider, per provider. */
  redirectUris: z.object({ microsoft: text(), google: text() }),
  /** Whether this person may change the trust-wide settings. */
  canEditTrust: z.boolean(),
});
export type SignInSettingsResponse = z.infer<typeof SignInSettingsResponse>;

export const SaveSignInProviderRequest = z.object({
  scope: SignInProviderScope.default('school'),
  tenant: text().trim().min(1, 'Enter the tenant id or domain.').max(253),
  clientId: text().trim().min(1, 'Enter the client id.').max(300),
  /** Required the first time; leave out to keep the stored one. */
  clientSecret: text().trim().min(1).max(2000).optional(),
  /** Only to point at a test provider; leave empty for the provider's own. */
  issuerUrl: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, message: 'Enter an http(s) address.' }).max(2000)])
    .nullable()
    .optional()
    .transform((v) => (v ? v : null)),
  providerEnforcesMfa: z.boolean().default(false),
});
export type SaveSignInProviderRequest = z.input<typeof SaveSignInProviderRequest>;

export const DeleteSignInProviderQuery = z.object({ scope: SignInProviderScope.default('school') });

export const StaffInvitationSummary = z.object({
  sentAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  expired: z.boolean(),
  accepted: z.boolean(),
  /** False when the email could not be sent (no mail server, or it refused). */
  emailed: z.boolean(),
});
export type StaffInvitationSummary = z.infer<typeof StaffInvitationSummary>;

export const InviteStaffResponse = z.object({
  invitation: StaffInvitationSummary,
});

export const InviteEveryoneResponse = z.object({
  invited: z.number().int(),
  /** Not emailed: the mail server is not set up or refused them. */
  notEmailed: z.number().int(),
});
export type InviteEveryoneResponse = z.infer<typeof InviteEveryoneResponse>;

export const InvitationTokenParams = z.object({ token: text().min(1).max(200) });

export const InvitationResponse = z.object({
  firstName: text(),
  lastName: text(),
  email: text(),
  schoolName: text(),
  /** Their role needs a second factor: they set one up right after choosing a password. */
  needsTwoFactor: z.boolean(),
  expiresAt: z.iso.datetime(),
  providers: z.array(z.object({ provider: SignInProviderKind, schoolId: z.uuid(), label: text() })),
});
export type InvitationResponse = z.infer<typeof InvitationResponse>;

export const AcceptInvitationRequest = z.object({
  password: text().min(1, 'Choose a password.').max(1024),
});
export const AcceptInvitationResponse = z.object({ stage: SessionStage });
