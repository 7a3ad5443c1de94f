// Connecting an X account through OAuth 2.0 with PKCE: the authorise page's address with an S256 challenge,
// exchanging the code (with the verifier) for an access token and a refresh token, refreshing before the access
// token runs out (X rotates the refresh token each time), and asking whose token it is.
import { createHash, randomBytes } from 'node:crypto';
import { ConnectorError, failed, succeeded, type ConnectorResult } from '../connector-error.ts';
import { callPlatform, joinUrl } from '../http-call.ts';
import { mapXError } from './x-errors.ts';

/**
 * The fewest scopes moderation and publishing need: tweet.read and users.read (read mentions and replies and who
 * wrote them), tweet.write (reply and publish), tweet.moderate.write (hide replies), block.write (block someone),
 * media.write (upload a post's photos), offline.access (a refresh token, so the connection lasts beyond two hours).
 */
export const X_SCOPES = [
  'tweet.read',
  'users.read',
  'tweet.write',
  'tweet.moderate.write',
  'block.write',
  'media.write',
  'offline.access',
] as const;

export interface XAppSettings {
  apiUrl: string;
  authorizeUrl: string;
  clientId: string;
  /** Unset for a public client: the client id goes in the form instead of a Basic header. */
  clientSecret?: string;
  timeoutMs: number;
}

/** A fresh PKCE verifier (43 to 128 characters) and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function xAuthorizeUrl(
  app: Pick<XAppSettings, 'authorizeUrl' | 'clientId'>,
  input: { redirectUri: string; state: string; challenge: string; scopes: readonly string[] },
): string {
  const url = new URL(app.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', app.clientId);
  url.searchParams.set('redirect_uri', input.redirectUri);
  url.searchParams.set('scope', input.scopes.join(' '));
  url.searchParams.set('state', input.state);
  url.searchParams.set('code_challenge', input.challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}

export interface XTokens {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date | null;
  scopes: string[];
}

async function tokenCall(
  app: XAppSettings,
  form: Record<string, string>,
  now: Date,
): Promise<ConnectorResult<XTokens>> {
  const body = new URLSearchParams(form);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (app.clientSecret) {
    headers['authorization'] = `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`;
  } else {
    body.set('client_id', app.clientId);
  }
  const answer = await callPlatform({
    url: joinUrl(app.apiUrl, '2/oauth2/token'),
    method: 'POST',
    headers,
    body: body.toString(),
    timeoutMs: app.timeoutMs,
    idempotent: false,
  });
  if (answer instanceof ConnectorError) return failed(answer);
  const json = answer.json as Record<string, unknown> | undefined;
  if (answer.status !== 200 || !json || typeof json['access_token'] !== 'string') {
    // A refused code, verifier or refresh token is 400 invalid_request: the person must connect again.
    if (answer.status === 400 || answer.status === 401) {
      const detail = typeof json?.['error_description'] === 'string' ? json['error_description'] : 'refused';
      return failed(
        new ConnectorError('AUTH_FAILED', `X token endpoint ${answer.status}: ${detail}`, {
          httpStatus: answer.status,
          retryable: false,
        }),
      );
    }
    return failed(mapXError(answer.status, answer.json, answer.headers, now, false));
  }
  const expiresIn = typeof json['expires_in'] === 'number' ? json['expires_in'] : null;
  return succeeded({
    accessToken: json['access_token'],
    refreshToken: typeof json['refresh_token'] === 'string' ? json['refresh_token'] : null,
    expiresAt: expiresIn ? new Date(now.getTime() + expiresIn * 1000) : null,
    scopes: typeof json['scope'] === 'string' ? json['scope'].split(' ').filter(Boolean) : [],
  });
}

export function exchangeXCode(
  app: XAppSettings,
  input: { code: string; verifier: string; redirectUri: string },
  now: Date,
) {
  return tokenCall(
    app,
    {
      grant_type: 'authorization_code',
      code: input.code,
      redirect_uri: input.redirectUri,
      code_verifier: input.verifier,
    },
    now,
  );
}

export function refreshXToken(app: XAppSettings, refreshToken: string, now: Date) {
  return tokenCall(app, { grant_type: 'refresh_token', refresh_token: refreshToken }, now);
}

/** Who the token acts as. */
export async function xUserOf(
  app: XAppSettings,
  accessToken: string,
  now: Date,
): Promise<ConnectorResult<{ id: string; username: string; name: string }>> {
  const answer = await callPlatform({
    url: joinUrl(app.apiUrl, '2/users/me'),
    method: 'GET',
    headers: { authorization: `Bearer ${accessToken}` },
    timeoutMs: app.timeoutMs,
    idempotent: true,
  });
  if (answer instanceof ConnectorError) return failed(answer);
  const data = (answer.json as { data?: Record<string, unknown> } | undefined)?.data;
  if (answer.status !== 200 || !data || typeof data['id'] !== 'string') {
    return failed(mapXError(answer.status, answer.json, answer.headers, now, true));
  }
  const username = typeof data['username'] === 'string' ? data['username'] : data['id'];
  return succeeded({ id: data['id'], username, name: typeof data['name'] === 'string' ? data['name'] : username });
}
