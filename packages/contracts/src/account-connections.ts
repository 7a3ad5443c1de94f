// Connecting an official account to its platform over HTTP (issue 10): starting (the sign-in page to go to), the
// platform's callback, the choice of Page or account it offered, and why a callback was refused.
import { z } from 'zod';
import { text } from './text.ts';
import { AccountPlatform } from './accounts.ts';

export const ConnectionStarted = z.object({ redirectUrl: z.url() });
export type ConnectionStarted = z.infer<typeof ConnectionStarted>;

/** What Meta or X sends the browser back with. Every field is optional: a forged callback may send anything. */
export const OAuthCallbackQuery = z.object({
  code: text().max(2000).optional(),
  state: text().max(500).optional(),
  error: text().max(200).optional(),
  error_reason: text().max(200).optional(),
  error_description: text().max(1000).optional(),
});
export type OAuthCallbackQuery = z.infer<typeof OAuthCallbackQuery>;

/** Why a callback was refused; the web app says each in words. */
export const CONNECT_PROBLEMS = [
  'state_missing',
  'state_unknown',
  'state_used',
  'state_expired',
  'cancelled',
  'platform_refused',
  'nothing_to_connect',
] as const;
export const ConnectProblem = z.enum(CONNECT_PROBLEMS);
export type ConnectProblem = z.infer<typeof ConnectProblem>;

export const ConnectionChoice = z.object({
  /** The Page id, Instagram account id or X user id. */
  externalId: text(),
  name: text(),
  handle: text().nullable(),
  /** Its name or handle is the one the approved request asked for. */
  matches: z.boolean(),
  /** Already connected to another account in Schoolgate. */
  taken: z.boolean(),
});
export type ConnectionChoice = z.infer<typeof ConnectionChoice>;

export const ConnectionView = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  platform: AccountPlatform,
  /** The handle the approved request asked for. */
  handle: text(),
  status: z.enum(['started', 'choosing', 'connected', 'failed']),
  choices: z.array(ConnectionChoice),
  /** Permissions asked for that the person did not grant. */
  missingPermissions: z.array(text()),
  failure: text().nullable(),
});
export type ConnectionView = z.infer<typeof ConnectionView>;

export const ChooseConnection = z.object({
  externalId: text()
    .trim()
    .min(1, 'Choose the Page or account to connect.')
    .max(100, 'Choose the Page or account from the list.'),
});
export type ChooseConnection = z.infer<typeof ChooseConnection>;
