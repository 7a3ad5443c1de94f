import { describe, expect, it } from 'vitest';
import { mapXError } from './x-errors.ts';

const NOW = new Date('2025-06-16T09:00:00Z');
const problem = (status: number, title: string) => ({ title, detail: title, type: 'about:blank', status });

describe('mapXError', () => {
  it.each([
    [401, problem(401, 'Unauthorized'), 'AUTH_FAILED', false],
    [403, problem(403, 'Forbidden'), 'PLATFORM_REJECTED', false],
    [404, problem(404, 'Not Found Error'), 'PLATFORM_REJECTED', false],
    [400, { errors: [{ title: 'Invalid Request', detail: 'bad id' }] }, 'PLATFORM_REJECTED', false],
    [500, undefined, 'PLATFORM_UNAVAILABLE', true],
    [503, problem(503, 'Service Unavailable'), 'PLATFORM_UNAVAILABLE', true],
    [429, problem(429, 'Too Many Requests'), 'RATE_LIMITED', true],
  ] as const)('HTTP %s is %s (retryable: %s)', (status, json, code, retryable) => {
    expect(mapXError(status, json, new Headers(), NOW, true)).toMatchObject({ code, retryable, httpStatus: status });
  });

  it('turns x-rate-limit-reset into the time to wait', () => {
    const reset = String(NOW.getTime() / 1000 + 90);
    const error = mapXError(
      429,
      problem(429, 'Too Many Requests'),
      new Headers({ 'x-rate-limit-reset': reset }),
      NOW,
      true,
    );
    expect(error.retryAfterMs).toBe(90_000);
  });

  it('leaves the wait unset when the reset header is missing or nonsense', () => {
    const headers = new Headers({ 'x-rate-limit-reset': 'soon' });
    expect(mapXError(429, undefined, headers, NOW, true).retryAfterMs).toBeUndefined();
  });
});
