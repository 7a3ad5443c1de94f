// Official accounts over HTTP (issue 10): requests with their business case, decisions, the head's consent, and
// the register of accounts with their runners and what needs attention.
import { z } from 'zod';
import { text } from './text.ts';
import { safeText } from './safe-text.ts';

export const AccountPlatform = z.enum(['facebook', 'instagram', 'x'], 'Choose Facebook, Instagram or X.');
export type AccountPlatform = z.infer<typeof AccountPlatform>;

export const CreateAccountRequest = z.object({
  platform: AccountPlatform,
  handle: safeText(100, 'Enter the name or handle you would like.'),
  aim: safeText(2000, 'Say what the account is for.'),
  audience: safeText(1000, 'Say who the account is for.'),
  promotion: safeText(1000, 'Say how people will hear of the account.'),
  visibility: z.enum(['open', 'closed'], 'Choose open or closed.'),
  runnerStaffIds: z
    .array(z.uuid('Choose runners from the list.'))
    .min(2, 'Name at least two runners.')
    .max(10, 'At most ten runners.')
    .refine((ids) => new Set(ids).size === ids.length, 'Name each runner once.'),
});
export type CreateAccountRequest = z.infer<typeof CreateAccountRequest>;

export const RunnerGap = z.enum(['signature', 'training', 'inactive']);
export const RunnerStatus = z.object({
  staffId: z.uuid(),
  name: text(),
  missing: z.array(RunnerGap),
});
export type RunnerStatus = z.infer<typeof RunnerStatus>;

export const AccountRequestItem = z.object({
  id: z.uuid(),
  platform: AccountPlatform,
  handle: text(),
  aim: text(),
  audience: text(),
  promotion: text(),
  visibility: z.enum(['open', 'closed']),
  status: z.enum(['pending', 'approved', 'rejected']),
  requestedBy: text(),
  requestedAt: text(),
  runners: z.array(RunnerStatus),
  /** What stops approval now, in words (runners who lack something, consent missing). */
  blockers: z.array(text()),
  headConsentRequired: z.boolean(),
  headConsent: z.object({ by: text(), at: text(), note: text() }).nullable(),
  decision: z.object({ by: text(), at: text(), reason: text() }).nullable(),
  accountId: z.uuid().nullable(),
});
export type AccountRequestItem = z.infer<typeof AccountRequestItem>;

export const AccountRequestsResponse = z.object({ items: z.array(AccountRequestItem) });
export type AccountRequestsResponse = z.infer<typeof AccountRequestsResponse>;

export const DecideAccountRequest = z.object({
  decision: z.enum(['approve', 'reject'], 'Choose approve or reject.'),
  reason: safeText(1000, 'Give the reason for the decision.'),
});
export type DecideAccountRequest = z.infer<typeof DecideAccountRequest>;

export const HeadConsentRequest = z.object({
  note: safeText(1000, 'Write your consent, in your own words.'),
});
export type HeadConsentRequest = z.infer<typeof HeadConsentRequest>;

/** A member of staff who may be named as a runner, with what they still lack under the policy in force (as approval
 * checks it): an empty list means ready. Naming someone not ready is allowed; the request waits for them. */
export const StaffOption = z.object({ id: z.uuid(), name: text(), missing: z.array(RunnerGap) });
export type StaffOption = z.infer<typeof StaffOption>;
export const StaffOptionsResponse = z.object({ items: z.array(StaffOption) });
export type StaffOptionsResponse = z.infer<typeof StaffOptionsResponse>;

export const AccountFlag = z.enum([
  'too_few_runners',
  'runner_lapsed',
  'not_connected',
  // Connection health (issue 10: connecting the real platforms)
  'needs_reconnecting',
  'permission_missing',
  'webhook_not_subscribed',
  'token_expiring',
  'poll_overdue',
]);
export const RegisterAccount = z.object({
  id: z.uuid(),
  platform: AccountPlatform,
  handle: text(),
  displayName: text(),
  /** connected (active), approved_not_connected, or the connector's own status words. */
  status: text(),
  link: text().nullable(),
  runners: z.array(RunnerStatus),
  flags: z.array(AccountFlag),
  health: z.object({
    lastDeliveryAt: text().nullable(),
    lastPollCursor: text().nullable(),
    tokenStored: z.boolean(),
    // Connection health (issue 10)
    /** When the access token stops working; null when it does not expire or none is stored. */
    tokenExpiresAt: text().nullable(),
    /** Permissions (Meta) or scopes (X) asked for and not granted. */
    missingPermissions: z.array(text()),
    /** Facebook and Instagram: the Page is subscribed to the app's webhooks; null for X or when not connected. */
    webhookSubscribed: z.boolean().nullable(),
    /** X: when the last poll answered. */
    lastPollAt: text().nullable(),
    connectedAt: text().nullable(),
    /** Why it needs reconnecting, in plain words. */
    reconnectReason: text().nullable(),
  }),
});
export type RegisterAccount = z.infer<typeof RegisterAccount>;
export const AccountRegisterResponse = z.object({ items: z.array(RegisterAccount) });
export type AccountRegisterResponse = z.infer<typeof AccountRegisterResponse>;
