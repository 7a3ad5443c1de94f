// Turns an X API v2 error answer into a ConnectorError. X uses HTTP statuses properly and adds a problem body
// ({ title, detail, type, status }); a rate limit is 429 with `x-rate-limit-reset` (Unix seconds).
import { ConnectorError } from '../connector-error.ts';

interface XProblem {
  title?: string;
  detail?: string;
  type?: string;
}

export function mapXError(
  status: number,
  json: unknown,
  headers: Headers,
  now: Date,
  idempotent: boolean,
): ConnectorError {
  const problem = (typeof json === 'object' && json !== null ? json : {}) as XProblem & { errors?: XProblem[] };
  const first = problem.title ? problem : (problem.errors?.[0] ?? {});
  const platformCode = first.type ?? first.title;
  const message = `X API ${status}: ${first.title ?? 'error'}${first.detail ? ` (${first.detail})` : ''}`;
  const details = { httpStatus: status, ...(platformCode ? { platformCode } : {}) };

  if (status === 429) {
    const reset = Number(headers.get('x-rate-limit-reset'));
    const retryAfterMs = Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now.getTime()) : undefined;
    return new ConnectorError('RATE_LIMITED', message, { ...details, retryable: true, retryAfterMs });
  }
  if (status === 401) return new ConnectorError('AUTH_FAILED', message, { ...details, retryable: false });
  if (status >= 500) return new ConnectorError('PLATFORM_UNAVAILABLE', message, { ...details, retryable: idempotent });
  // 403 (not allowed: a mention outside our conversation, a missing scope), 400, 404 and the rest.
  return new ConnectorError('PLATFORM_REJECTED', message, { ...details, retryable: false });
}
