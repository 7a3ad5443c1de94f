// Looking after an official account over HTTP (issue 10, 004, 000, 002): handover tasks when a runner leaves, the
// account's sealed sign-in details and their reveal, and the register of pages each account likes or follows.
import { z } from 'zod';
import { REVEAL_REASON_MIN } from '@schoolgate/domain/shared';
import { text } from './text.ts';
import { safeText } from './safe-text.ts';
import { AccountPlatform } from './accounts.ts';

export const STEWARDSHIP_API = {
  handovers: '/api/accounts/handovers',
  nameRunner: (id: string) => `/api/accounts/handovers/${id}/new-runner`,
  closeAccount: (id: string) => `/api/accounts/handovers/${id}/close-account`,
  credentials: (accountId: string) => `/api/accounts/${accountId}/credentials`,
  revealCredentials: (accountId: string) => `/api/accounts/${accountId}/credentials/reveal`,
  pages: (accountId: string) => `/api/accounts/${accountId}/pages`,
  pageDecision: (id: string) => `/api/accounts/pages/${id}/decision`,
} as const;

export const HandoverTask = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  platform: AccountPlatform,
  handle: text(),
  leaver: text(),
  openedAt: text(),
  /** Whether the signed-in person may settle it: the head, or another runner of the account. */
  mayResolve: z.boolean(),
});
export type HandoverTask = z.infer<typeof HandoverTask>;
export const HandoverTasksResponse = z.object({ items: z.array(HandoverTask) });
export type HandoverTasksResponse = z.infer<typeof HandoverTasksResponse>;

export const NameRunnerRequest = z.object({ staffId: z.uuid('Choose the new runner from the list.') });
export type NameRunnerRequest = z.infer<typeof NameRunnerRequest>;
export const CloseAccountRequest = z.object({ reason: safeText(1000, 'Say why the account is closing.') });
export type CloseAccountRequest = z.infer<typeof CloseAccountRequest>;

export const CREDENTIAL_FIELDS = ['username', 'password', 'recoveryCodes', 'twoFactorSeed'] as const;
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];

export const CredentialsSummary = z.object({
  accountId: z.uuid(),
  /** Which details are held; their values only come from a reveal. */
  stored: z.array(z.enum(CREDENTIAL_FIELDS)),
  updatedAt: text().nullable(),
  updatedBy: text().nullable(),
  /** The head and the account's runners may reveal and change them. */
  mayReveal: z.boolean(),
});
export type CredentialsSummary = z.infer<typeof CredentialsSummary>;

/** A field left out is kept as it is; an empty one is removed. */
export const SaveCredentialsRequest = z
  .object({
    username: safeText(200).optional(),
    password: text().max(500, 'At most 500 characters.').optional(),
    recoveryCodes: text().max(2000, 'At most 2000 characters.').optional(),
    twoFactorSeed: safeText(200).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'Give at least one sign-in detail.');
export type SaveCredentialsRequest = z.infer<typeof SaveCredentialsRequest>;

export const RevealCredentialsRequest = z.object({
  reason: safeText(500, 'Say why you need the sign-in details.').min(
    REVEAL_REASON_MIN,
    `Say why you need them, in at least ${REVEAL_REASON_MIN} characters.`,
  ),
});
export type RevealCredentialsRequest = z.infer<typeof RevealCredentialsRequest>;

export const RevealedCredentials = z.object({
  username: text().nullable(),
  password: text().nullable(),
  recoveryCodes: text().nullable(),
  twoFactorSeed: text().nullable(),
});
export type RevealedCredentials = z.infer<typeof RevealedCredentials>;

export const PageLinkKind = z.enum(['like', 'follow'], 'Choose like or follow.');
export const PageLinkRequest = z.object({
  kind: PageLinkKind,
  pageName: safeText(200, 'Give the page’s name.'),
  pageUrl: safeText(500, 'Give the page’s address.').regex(
    /^https?:\/\/\S+$/,
    'Give the full address, starting https://.',
  ),
  reason: safeText(1000, 'Say why the account likes or follows it.'),
  commercial: z.boolean('Say whether the page is commercial.'),
});
export type PageLinkRequest = z.infer<typeof PageLinkRequest>;

export const PageLinkItem = z.object({
  id: z.uuid(),
  kind: PageLinkKind,
  pageName: text(),
  pageUrl: text(),
  reason: text(),
  commercial: z.boolean(),
  status: z.enum(['approved', 'awaiting_head', 'refused']),
  addedBy: text(),
  addedAt: text(),
  decision: z.object({ by: text(), at: text(), note: text() }).nullable(),
});
export type PageLinkItem = z.infer<typeof PageLinkItem>;
export const PageLinksResponse = z.object({
  items: z.array(PageLinkItem),
  /** The account's runners and the head add pages; only the head decides a commercial one. */
  mayAdd: z.boolean(),
  mayDecide: z.boolean(),
});
export type PageLinksResponse = z.infer<typeof PageLinksResponse>;

export const PageDecisionRequest = z.object({
  decision: z.enum(['approve', 'refuse'], 'Choose approve or refuse.'),
  note: safeText(1000, 'Give the reason for the decision.'),
});
export type PageDecisionRequest = z.infer<typeof PageDecisionRequest>;
