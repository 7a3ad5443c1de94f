// The one error a connector gives back when a platform call does not succeed. Codes are stable, because
// the moderation queue and the retry logic decide on them, and the message is for logs and support
// (it never holds comment text or tokens).

export const CONNECTOR_ERROR_CODES = [
  'PLATFORM_UNAVAILABLE',
  'PLATFORM_REJECTED',
  'NOT_SUPPORTED',
  'RATE_LIMITED',
  'AUTH_FAILED',
] as const;
export type ConnectorErrorCode = (typeof CONNECTOR_ERROR_CODES)[number];

export interface ConnectorErrorDetails {
  /** Worth trying again later without any change (a 5xx, a timeout on an idempotent call, a rate limit). */
  retryable: boolean;
  /** For RATE_LIMITED: how long the platform asked us to wait, when it said. */
  retryAfterMs?: number;
  /**
   * The request may have reached the platform (a timeout, a dropped connection). For `reply` this matters: the
   * reply may already be posted, so the caller should check before sending it again.
   */
  outcomeUnknown?: boolean;
  /** The HTTP status, when there was a response. */
  httpStatus?: number;
  /** The platform's own error code (Graph `error.code`, X problem `type` or `title`), for support. */
  platformCode?: string;
}

export class ConnectorError extends Error {
  override name = 'ConnectorError';
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly outcomeUnknown: boolean;
  readonly httpStatus: number | undefined;
  readonly platformCode: string | undefined;

  constructor(
    readonly code: ConnectorErrorCode,
    message: string,
    details: ConnectorErrorDetails,
  ) {
    super(message);
    this.retryable = details.retryable;
    this.retryAfterMs = details.retryAfterMs;
    this.outcomeUnknown = details.outcomeUnknown ?? false;
    this.httpStatus = details.httpStatus;
    this.platformCode = details.platformCode;
  }
}

/** Every connector operation answers with this rather than throwing, so a caller cannot forget the failure path. */
export type ConnectorResult<T> = { ok: true; value: T } | { ok: false; error: ConnectorError };

export const succeeded = <T>(value: T): ConnectorResult<T> => ({ ok: true, value });
export const failed = <T>(error: ConnectorError): ConnectorResult<T> => ({ ok: false, error });
