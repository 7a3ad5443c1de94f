import { describe, expect, it } from 'vitest';
import { signInWaitMs, SIGN_IN_THROTTLE } from './sign-in-throttle.ts';

const rule = SIGN_IN_THROTTLE.accountAtAddress;
const now = new Date('2026-11-18T10:00:00Z');
const at = (count: number, msAgo = 0) => ({ count, lastAt: new Date(now.getTime() - msAgo) });

describe('signInWaitMs', () => {
  it('lets the first few failures through without waiting', () => {
    expect(signInWaitMs(at(rule.free - 1), rule, now)).toBe(0);
  });
  it('doubles the wait with each further failure, up to the cap', () => {
    expect(signInWaitMs(at(rule.free), rule, now)).toBe(rule.baseMs);
    expect(signInWaitMs(at(rule.free + 1), rule, now)).toBe(2 * rule.baseMs);
    expect(signInWaitMs(at(rule.free + 3), rule, now)).toBe(8 * rule.baseMs);
    expect(signInWaitMs(at(rule.free + 40), rule, now)).toBe(rule.maxMs);
  });
  it('counts the wait from the last failure', () => {
    expect(signInWaitMs(at(rule.free + 1, 1_500), rule, now)).toBe(2 * rule.baseMs - 1_500);
    expect(signInWaitMs(at(rule.free + 1, 60_000), rule, now)).toBe(0);
  });
});
