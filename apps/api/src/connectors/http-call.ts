// One HTTP call to a platform, with a timeout. Network failures and timeouts become ConnectorErrors here; what a
// platform's error body means is left to that platform's error mapping (graph-errors.ts, x-errors.ts).
import { ConnectorError } from './connector-error.ts';

export interface HttpCall {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  /** A string, or a multipart form (fetch sets its content type and boundary). */
  body?: string | FormData;
  timeoutMs: number;
  /** Safe to send again if we never heard back (hide, delete, block); a reply is not. */
  idempotent: boolean;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or undefined when the body was empty or not JSON. */
  json: unknown;
}

export async function callPlatform(call: HttpCall): Promise<HttpAnswer | ConnectorError> {
  let response: Response;
  try {
    response = await fetch(call.url, {
      method: call.method,
      headers: call.headers,
      body: call.body,
      signal: AbortSignal.timeout(call.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return new ConnectorError(
      'PLATFORM_UNAVAILABLE',
      timedOut ? `No answer within ${call.timeoutMs} ms` : `Could not reach the platform: ${describe(error)}`,
      // We cannot tell whether the platform acted, so only an idempotent call is safe to repeat blindly.
      { retryable: call.idempotent, outcomeUnknown: true },
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return new ConnectorError('PLATFORM_UNAVAILABLE', `The answer was cut off: ${describe(error)}`, {
      retryable: call.idempotent,
      outcomeUnknown: true,
      httpStatus: response.status,
    });
  }
  return { status: response.status, headers: response.headers, json: parseJson(text) };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    // fetch hides the socket error in `cause` (ECONNREFUSED and the like), which is the useful part.
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
