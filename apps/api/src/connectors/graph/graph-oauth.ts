// Connecting a Facebook Page or an Instagram account through Meta's OAuth (Facebook Login for Business):
// the dialog's address, exchanging the one-time code for a user token and then a long-lived one, the Pages the
// person manages (each with its Page token and linked Instagram business account), the permissions granted, and
// subscribing a Page to the app's webhooks. Every call answers a ConnectorResult; none throws for a platform failure.
// The client secret goes in the query string of the token calls only, as Meta requires; nothing here is logged.
import { ConnectorError, failed, succeeded, type ConnectorResult } from '../connector-error.ts';
import { callPlatform, joinUrl } from '../http-call.ts';
import { createGraphClient } from './graph-client.ts';
import { mapGraphError } from './graph-errors.ts';

/**
 * The fewest permissions moderation and publishing need (docs/connectors.md says why each):
 * - pages_show_list: list the Pages the person manages, to pick the school's;
 * - pages_manage_metadata: subscribe the Page to the app's webhooks (comments arrive by them);
 * - pages_read_engagement, pages_read_user_content: read the Page's posts and the comments people write;
 * - pages_manage_engagement: hide, unhide, delete and reply to comments, and block people;
 * - pages_manage_posts: publish the school's posts;
 * - instagram_basic, instagram_manage_comments, instagram_content_publish: the same on the linked Instagram account;
 * - pages_messaging, instagram_manage_messages: receive the private messages people send the account and answer
 *   them (issue 10: every query through the accounts has a response deadline).
 */
export const META_SCOPES = {
  facebook: [
    'pages_show_list',
    'pages_manage_metadata',
    'pages_read_engagement',
    'pages_read_user_content',
    'pages_manage_engagement',
    'pages_manage_posts',
    'pages_messaging',
  ],
  instagram: [
    'pages_show_list',
    'pages_manage_metadata',
    'pages_read_engagement',
    'instagram_basic',
    'instagram_manage_comments',
    'instagram_content_publish',
    'instagram_manage_messages',
  ],
} as const;

/** The Page fields each platform's webhook needs: Facebook comments come on `feed` and private messages on
 * `messages`; Instagram's comments and messages come on the app's Instagram subscription (`comments`, `messages`), but
 * Meta delivers them only for a Page subscribed to the app with some Page field, so the linked Page is subscribed to
 * `name`, which carries nobody's words. */
export const PAGE_SUBSCRIBED_FIELDS = { facebook: ['feed', 'messages'], instagram: ['name'] } as const;

export interface MetaAppSettings {
  graphUrl: string;
  dialogUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs: number;
}

export function metaDialogUrl(
  app: Pick<MetaAppSettings, 'dialogUrl' | 'appId'>,
  input: { redirectUri: string; state: string; scopes: readonly string[] },
): string {
  const url = new URL(app.dialogUrl);
  url.searchParams.set('client_id', app.appId);
  url.searchParams.set('redirect_uri', input.redirectUri);
  url.searchParams.set('state', input.state);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', input.scopes.join(','));
  return url.toString();
}

export interface MetaToken {
  accessToken: string;
  /** null when Meta gives no expiry. */
  expiresAt: Date | null;
}

async function tokenCall(
  app: MetaAppSettings,
  params: Record<string, string>,
  now: Date,
): Promise<ConnectorResult<MetaToken>> {
  const query = new URLSearchParams({ client_id: app.appId, client_secret: app.appSecret, ...params });
  const answer = await callPlatform({
    url: `${joinUrl(app.graphUrl, 'oauth/access_token')}?${query.toString()}`,
    method: 'GET',
    timeoutMs: app.timeoutMs,
    idempotent: false,
  });
  if (answer instanceof ConnectorError) return failed(answer);
  const json = answer.json as { access_token?: unknown; expires_in?: unknown; error?: unknown } | undefined;
  if (answer.status !== 200 || !json || json.error || typeof json.access_token !== 'string') {
    return failed(mapGraphError(answer.status, answer.json, answer.headers, false));
  }
  const expiresIn = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : null;
  return succeeded({
    accessToken: json.access_token,
    expiresAt: expiresIn ? new Date(now.getTime() + expiresIn * 1000) : null,
  });
}

/** The one-time code from the dialog, for a short-lived user token. */
export function exchangeMetaCode(app: MetaAppSettings, code: string, redirectUri: string, now: Date) {
  return tokenCall(app, { code, redirect_uri: redirectUri }, now);
}

/** A short-lived user token for a long-lived one (about 60 days); Page tokens got with it do not expire. */
export function longLivedMetaToken(app: MetaAppSettings, userToken: string, now: Date) {
  return tokenCall(app, { grant_type: 'fb_exchange_token', fb_exchange_token: userToken }, now);
}

export interface ManagedPage {
  id: string;
  name: string;
  accessToken: string;
  instagram: { id: string; username: string } | null;
}

/** The Pages the person manages, with their Page tokens and linked Instagram business accounts. */
export async function listManagedPages(
  app: MetaAppSettings,
  userToken: string,
): Promise<ConnectorResult<ManagedPage[]>> {
  const graph = createGraphClient({ baseUrl: app.graphUrl, accessToken: userToken, timeoutMs: app.timeoutMs });
  const answer = await graph({
    method: 'GET',
    path: 'me/accounts',
    params: { fields: 'id,name,access_token,instagram_business_account{id,username}', limit: '100' },
    idempotent: true,
  });
  if (!answer.ok) return answer;
  const data = (answer.value as { data?: unknown } | undefined)?.data;
  if (!Array.isArray(data)) {
    return failed(new ConnectorError('PLATFORM_REJECTED', 'Graph API gave no list of Pages', { retryable: false }));
  }
  const pages: ManagedPage[] = [];
  for (const item of data as Record<string, unknown>[]) {
    if (typeof item['id'] !== 'string' || typeof item['access_token'] !== 'string') continue;
    const ig = item['instagram_business_account'] as { id?: unknown; username?: unknown } | undefined;
    pages.push({
      id: item['id'],
      name: typeof item['name'] === 'string' ? item['name'] : item['id'],
      accessToken: item['access_token'],
      instagram:
        ig && typeof ig.id === 'string'
          ? { id: ig.id, username: typeof ig.username === 'string' ? ig.username : ig.id }
          : null,
    });
  }
  return succeeded(pages);
}

/** The permissions granted with this user token. */
export async function grantedMetaPermissions(
  app: MetaAppSettings,
  userToken: string,
): Promise<ConnectorResult<string[]>> {
  const graph = createGraphClient({ baseUrl: app.graphUrl, accessToken: userToken, timeoutMs: app.timeoutMs });
  const answer = await graph({ method: 'GET', path: 'me/permissions', idempotent: true });
  if (!answer.ok) return answer;
  const data = (answer.value as { data?: unknown } | undefined)?.data;
  if (!Array.isArray(data)) return succeeded([]);
  return succeeded(
    (data as { permission?: unknown; status?: unknown }[])
      .filter((p) => p.status === 'granted' && typeof p.permission === 'string')
      .map((p) => p.permission as string),
  );
}

/** The webhook fields the Page is subscribed to for this app ([] when the app is not subscribed at all). */
export async function pageSubscribedFields(
  app: MetaAppSettings,
  pageId: string,
  pageToken: string,
): Promise<ConnectorResult<string[]>> {
  const graph = createGraphClient({ baseUrl: app.graphUrl, accessToken: pageToken, timeoutMs: app.timeoutMs });
  const answer = await graph({
    method: 'GET',
    path: `${encodeURIComponent(pageId)}/subscribed_apps`,
    idempotent: true,
  });
  if (!answer.ok) return answer;
  const data = (answer.value as { data?: unknown } | undefined)?.data;
  if (!Array.isArray(data)) return succeeded([]);
  const ours = (data as { id?: unknown; subscribed_fields?: unknown }[]).find((entry) => entry.id === app.appId);
  const fields = Array.isArray(ours?.subscribed_fields) ? ours.subscribed_fields : [];
  return succeeded(fields.filter((field): field is string => typeof field === 'string'));
}

/** Subscribes the Page to the app's webhooks for these fields (needs pages_manage_metadata). */
export async function subscribePage(
  app: MetaAppSettings,
  pageId: string,
  pageToken: string,
  fields: readonly string[],
): Promise<ConnectorResult<true>> {
  const graph = createGraphClient({ baseUrl: app.graphUrl, accessToken: pageToken, timeoutMs: app.timeoutMs });
  const answer = await graph({
    method: 'POST',
    path: `${encodeURIComponent(pageId)}/subscribed_apps`,
    params: { subscribed_fields: fields.join(',') },
    idempotent: true,
  });
  if (!answer.ok) return answer;
  return (answer.value as { success?: unknown } | undefined)?.success === true
    ? succeeded(true)
    : failed(
        new ConnectorError('PLATFORM_REJECTED', 'Graph API did not confirm the subscription', { retryable: false }),
      );
}
