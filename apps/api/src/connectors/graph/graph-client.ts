// Calls to the Graph API as a Page (or its Instagram account), shared by the Facebook and Instagram connectors.
// The token goes in the Authorization header, not the query string, so it stays out of proxy and access logs.
import { ConnectorError, failed, succeeded, type ConnectorResult } from '../connector-error.ts';
import { callPlatform, joinUrl } from '../http-call.ts';
import { httpsUrl } from '../normalised-event.ts';
import { mapGraphError } from './graph-errors.ts';

export interface GraphClientOptions {
  baseUrl: string;
  accessToken: string;
  timeoutMs: number;
}

export interface GraphRequest {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  params?: Record<string, string>;
  /** A multipart body instead of `params` (a photo's bytes as `source`). */
  form?: FormData;
  idempotent: boolean;
}

export type GraphClient = (request: GraphRequest) => Promise<ConnectorResult<unknown>>;

export function createGraphClient(options: GraphClientOptions): GraphClient {
  return async (request) => {
    const params = new URLSearchParams(request.params ?? {});
    const hasBody = request.method === 'POST';
    const query = !hasBody && params.size > 0 ? `?${params.toString()}` : '';
    const answer = await callPlatform({
      url: joinUrl(options.baseUrl, request.path) + query,
      method: request.method,
      headers: {
        authorization: `Bearer ${options.accessToken}`,
        ...(hasBody && !request.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: request.form ?? (hasBody ? params.toString() : undefined),
      timeoutMs: options.timeoutMs,
      idempotent: request.idempotent,
    });
    if (answer instanceof ConnectorError) return failed(answer);
    if (answer.status >= 200 && answer.status < 300 && !hasGraphError(answer.json)) return succeeded(answer.json);
    return failed(mapGraphError(answer.status, answer.json, answer.headers, request.idempotent));
  };
}

function hasGraphError(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'error' in json;
}

/** Graph answers `{ "success": true }` to hide and delete; anything else means it did not happen. */
export function expectSuccess(json: unknown): ConnectorResult<{ platformResponse: unknown }> {
  if (typeof json === 'object' && json !== null && (json as { success?: unknown }).success === true) {
    return succeeded({ platformResponse: json });
  }
  return failed(new ConnectorError('PLATFORM_REJECTED', 'Graph API did not confirm the change', { retryable: false }));
}

/** Graph answers `{ "id": "..." }` when it creates something, such as a reply. */
export function expectCreatedId(
  json: unknown,
): ConnectorResult<{ replyExternalId: string; platformResponse: unknown }> {
  const id = typeof json === 'object' && json !== null ? (json as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && id !== '') return succeeded({ replyExternalId: id, platformResponse: json });
  return failed(
    new ConnectorError('PLATFORM_REJECTED', 'Graph API did not return the new reply id', {
      retryable: false,
      outcomeUnknown: true,
    }),
  );
}

/**
 * A post as Graph describes it, from the fields asked for: `message` and `permalink_url` for a Page post, `caption`
 * and `permalink` for Instagram media. A post with no wording (a photo alone) has no text field at all.
 */
export function readPost(
  json: unknown,
  fields: { text: string; permalink: string },
): ConnectorResult<{ text: string | null; permalink: string | null }> {
  if (typeof json !== 'object' || json === null || typeof (json as { id?: unknown }).id !== 'string') {
    return failed(new ConnectorError('PLATFORM_REJECTED', 'Graph API did not return the post', { retryable: false }));
  }
  const record = json as Record<string, unknown>;
  const text = record[fields.text];
  return succeeded({
    text: typeof text === 'string' ? text : null,
    permalink: httpsUrl(record[fields.permalink]) ?? null,
  });
}
