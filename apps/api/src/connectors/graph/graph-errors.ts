// Turns a Graph API error answer into a ConnectorError. Graph usually answers errors with HTTP 400 and puts the
// meaning in `error.code`, so the code decides first and the HTTP status only when there is no code.
// Codes from Meta's "Handling errors" and rate-limiting pages.
import { ConnectorError } from '../connector-error.ts';

export interface GraphErrorBody {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  is_transient?: boolean;
  fbtrace_id?: string;
}

// 4 app, 17 user, 32 page, 613 call volume; 80001-80014 are the Business Use Case limits (Pages, Instagram).
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const isBusinessUseCaseLimit = (code: number) => code >= 80001 && code <= 80014;
// 190 expired or revoked token; 102 session; 10 and 200-299 a permission the token lacks. All need a person to
// reconnect the account, so none is worth retrying.
const isAuthCode = (code: number) => code === 190 || code === 102 || code === 10 || (code >= 200 && code <= 299);
// 1 unknown and 2 service errors are Meta's own temporary trouble.
const TEMPORARY_CODES = new Set([1, 2]);

export function graphErrorBody(json: unknown): GraphErrorBody | undefined {
  if (typeof json !== 'object' || json === null || !('error' in json)) return undefined;
  const error = (json as { error: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as GraphErrorBody) : undefined;
}

export function mapGraphError(
  httpStatus: number,
  json: unknown,
  headers: Headers,
  idempotent: boolean,
): ConnectorError {
  const body = graphErrorBody(json);
  const code = typeof body?.code === 'number' ? body.code : undefined;
  const platformCode = code === undefined ? undefined : `${code}${body?.error_subcode ? `/${body.error_subcode}` : ''}`;
  const message = `Graph API ${httpStatus}${code === undefined ? '' : ` code ${platformCode}`}: ${body?.message ?? 'no message'}`;
  const details = { httpStatus, platformCode };

  if (code !== undefined && (RATE_LIMIT_CODES.has(code) || isBusinessUseCaseLimit(code))) {
    return new ConnectorError('RATE_LIMITED', message, {
      ...details,
      retryable: true,
      retryAfterMs: retryAfterFromUsage(headers),
    });
  }
  if ((code !== undefined && isAuthCode(code)) || httpStatus === 401) {
    return new ConnectorError('AUTH_FAILED', message, { ...details, retryable: false });
  }
  if ((code !== undefined && TEMPORARY_CODES.has(code)) || body?.is_transient === true || httpStatus >= 500) {
    return new ConnectorError('PLATFORM_UNAVAILABLE', message, { ...details, retryable: idempotent });
  }
  if (httpStatus === 429) {
    return new ConnectorError('RATE_LIMITED', message, {
      ...details,
      retryable: true,
      retryAfterMs: retryAfterFromUsage(headers),
    });
  }
  // 100 (bad parameter, or the comment is gone) and everything else: the platform said no to this request.
  return new ConnectorError('PLATFORM_REJECTED', message, { ...details, retryable: false });
}

/**
 * Business Use Case limits come with `X-Business-Use-Case-Usage`, whose entries carry
 * `estimated_time_to_regain_access` in minutes. Other limits give no time, so the caller picks its own back-off.
 */
function retryAfterFromUsage(headers: Headers): number | undefined {
  const header = headers.get('x-business-use-case-usage');
  if (!header) return undefined;
  try {
    const parsed = JSON.parse(header) as Record<string, { estimated_time_to_regain_access?: number }[]>;
    const minutes = Object.values(parsed)
      .flat()
      .map((u) => u.estimated_time_to_regain_access ?? 0);
    const longest = Math.max(0, ...minutes);
    return longest > 0 ? longest * 60_000 : undefined;
  } catch {
    return undefined;
  }
}
