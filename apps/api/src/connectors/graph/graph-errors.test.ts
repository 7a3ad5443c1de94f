import { describe, expect, it } from 'vitest';
import { mapGraphError } from './graph-errors.ts';

const body = (code: number, extra: Record<string, unknown> = {}) => ({
  error: { message: 'Simulated', type: 'OAuthException', code, fbtrace_id: 'A1', ...extra },
});
const none = new Headers();

describe('mapGraphError', () => {
  it.each([
    [400, body(4), 'RATE_LIMITED', true],
    [400, body(17), 'RATE_LIMITED', true],
    [400, body(32), 'RATE_LIMITED', true],
    [400, body(613), 'RATE_LIMITED', true],
    [400, body(80001), 'RATE_LIMITED', true],
    [400, body(190), 'AUTH_FAILED', false],
    [400, body(102), 'AUTH_FAILED', false],
    [403, body(10), 'AUTH_FAILED', false],
    [403, body(200), 'AUTH_FAILED', false],
    [400, body(100, { error_subcode: 33 }), 'PLATFORM_REJECTED', false],
    [400, body(368), 'PLATFORM_REJECTED', false],
    [500, body(1), 'PLATFORM_UNAVAILABLE', true],
    [400, body(2), 'PLATFORM_UNAVAILABLE', true],
    [400, body(9999, { is_transient: true }), 'PLATFORM_UNAVAILABLE', true],
    [502, undefined, 'PLATFORM_UNAVAILABLE', true],
    [401, undefined, 'AUTH_FAILED', false],
    [429, undefined, 'RATE_LIMITED', true],
    [404, 'not json', 'PLATFORM_REJECTED', false],
  ] as const)('HTTP %s with %o is %s (retryable: %s)', (status, json, code, retryable) => {
    expect(mapGraphError(status, json, none, true)).toMatchObject({ code, retryable, httpStatus: status });
  });

  it('keeps the Graph code and subcode for support', () => {
    expect(mapGraphError(400, body(100, { error_subcode: 33 }), none, true).platformCode).toBe('100/33');
  });

  it('does not make a non-idempotent call retryable after a server error', () => {
    expect(mapGraphError(500, undefined, none, false).retryable).toBe(false);
  });

  it('reads the wait from X-Business-Use-Case-Usage', () => {
    const headers = new Headers({
      'x-business-use-case-usage': JSON.stringify({
        '104729381650231': [{ type: 'pages', call_count: 100, estimated_time_to_regain_access: 12 }],
      }),
    });
    expect(mapGraphError(400, body(80001), headers, true).retryAfterMs).toBe(12 * 60_000);
  });
});
