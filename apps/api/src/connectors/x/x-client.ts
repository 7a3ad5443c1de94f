// Calls to the X API v2 with a user-context bearer token (hiding replies and blocking act as the account, so an
// app-only token is not enough). JSON in, JSON out.
import { ConnectorError, failed, succeeded, type ConnectorResult } from '../connector-error.ts';
import { callPlatform, joinUrl } from '../http-call.ts';
import { mapXError } from './x-errors.ts';

export interface XClientOptions {
  baseUrl: string;
  bearerToken: string;
  timeoutMs: number;
  now: () => Date;
}

export interface XRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** A multipart body instead of JSON (a media upload). */
  form?: FormData;
  idempotent: boolean;
}

export type XClient = (request: XRequest) => Promise<ConnectorResult<unknown>>;

export function createXClient(options: XClientOptions): XClient {
  return async (request) => {
    const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
    const answer = await callPlatform({
      url: joinUrl(options.baseUrl, request.path) + query,
      method: request.method,
      headers: {
        authorization: `Bearer ${options.bearerToken}`,
        ...(request.body === undefined || request.form ? {} : { 'content-type': 'application/json' }),
      },
      body: request.form ?? (request.body === undefined ? undefined : JSON.stringify(request.body)),
      timeoutMs: options.timeoutMs,
      idempotent: request.idempotent,
    });
    if (answer instanceof ConnectorError) return failed(answer);
    if (answer.status >= 200 && answer.status < 300) return succeeded(answer.json);
    return failed(mapXError(answer.status, answer.json, answer.headers, options.now(), request.idempotent));
  };
}

/** X answers `{ data: {...} }`, or, for a request it partly refused, `{ errors: [...] }` with status 200. */
export function xData(json: unknown): ConnectorResult<Record<string, unknown>> {
  const data = typeof json === 'object' && json !== null ? (json as { data?: unknown }).data : undefined;
  if (typeof data === 'object' && data !== null) return succeeded(data as Record<string, unknown>);
  const errors = (json as { errors?: { title?: string; detail?: string }[] } | undefined)?.errors;
  const first = errors?.[0];
  return failed(
    new ConnectorError(
      'PLATFORM_REJECTED',
      `X API refused: ${first?.title ?? 'no data'}${first?.detail ? ` (${first.detail})` : ''}`,
      { retryable: false, ...(first?.title ? { platformCode: first.title } : {}) },
    ),
  );
}
