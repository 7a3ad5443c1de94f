// How long a sign-in must wait after failed attempts. Throttling, never locking out: each failure past a few
// free ones doubles the wait, counted per account from one address, and per address across every account.
// The owner signing in from another address (their phone, home) is not slowed by someone guessing
// elsewhere, and a guesser is held to a handful of tries an hour.

export interface ThrottleRule {
  /** Failures allowed before any wait. */
  free: number;
  /** The wait after the first failure past the free ones; doubles with each further failure. */
  baseMs: number;
  maxMs: number;
}

export const SIGN_IN_THROTTLE = {
  /** Failures older than this are forgotten. */
  windowMs: 60 * 60_000,
  /** One account from one address. */
  accountAtAddress: { free: 5, baseMs: 2_000, maxMs: 15 * 60_000 },
  /** One address, whatever the accounts (a school's shared address has many people behind it). */
  address: { free: 30, baseMs: 2_000, maxMs: 15 * 60_000 },
} as const;

export interface FailureHistory {
  count: number;
  lastAt: Date | null;
}

/** Milliseconds still to wait before the next attempt may be checked; 0 when it may go ahead now. */
export function signInWaitMs(history: FailureHistory, rule: ThrottleRule, now: Date): number {
  if (history.count < rule.free || !history.lastAt) return 0;
  const delay = Math.min(rule.baseMs * 2 ** (history.count - rule.free), rule.maxMs);
  return Math.max(0, history.lastAt.getTime() + delay - now.getTime());
}

/** "45 seconds", "1 minute", "15 minutes": the wait as people read it. */
export function waitInWords(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
