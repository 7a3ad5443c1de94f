import { describe, expect, it } from 'vitest';
import { academicYearEndOf, checkConsentDates, usesExpiringWithin } from './consent-dates.ts';
import { currentConsentState } from './consent-state.ts';

describe('academicYearEndOf', () => {
  it.each([
    ['2025-03-10', '2025-08-31'],
    ['2025-08-31', '2025-08-31'],
    ['2025-09-01', '2026-08-31'],
    ['2024-12-25', '2025-08-31'],
  ])('%s -> %s', (today, end) => {
    expect(academicYearEndOf(today)).toBe(end);
  });
});

describe('usesExpiringWithin', () => {
  const at = new Date('2024-09-05T09:00:00Z');
  const grant = (use: string, expiresOn: string | null) => ({
    use,
    decision: 'granted',
    decidedOn: '2024-09-05',
    expiresOn,
    recordedAt: at,
  });

  it('lists grants lapsing in the next fortnight, including the last day, and nothing else', () => {
    const state = currentConsentState(
      [
        grant('social_media_photo', '2025-08-17'), // 14 days away: listed
        grant('social_media_name', '2025-08-18'), // 15 days away: not yet
        grant('website', '2025-08-03'), // today: still valid, listed
        grant('press', '2025-08-02'), // already expired: not "expiring"
        grant('displays', null), // no expiry
      ],
      '2025-08-03',
    );
    expect(usesExpiringWithin(state, '2025-08-03', 14)).toEqual(['social_media_photo', 'website']);
  });

  it('ignores refusals whatever their dates', () => {
    const state = currentConsentState(
      [{ use: 'press', decision: 'refused', decidedOn: '2024-09-05', expiresOn: '2025-08-10', recordedAt: at }],
      '2025-08-03',
    );
    expect(usesExpiringWithin(state, '2025-08-03', 14)).toEqual([]);
  });
});

describe('checkConsentDates', () => {
  const today = '2025-03-10';
  it.each([
    ['a grant given today with an expiry at the end of the year', 'granted', '2025-03-10', '2025-08-31', []],
    ['a refusal with no expiry', 'refused', '2025-03-01', null, []],
    ['a decision dated tomorrow', 'granted', '2025-03-11', null, ['decidedOn']],
    ['an expiry on the day it was given', 'granted', '2025-03-01', '2025-03-01', ['expiresOn']],
    ['an expiry on a withdrawal', 'withdrawn', '2025-03-01', '2025-08-31', ['expiresOn']],
  ] as const)('%s', (_, decision, decidedOn, expiresOn, fields) => {
    expect(checkConsentDates({ decision, decidedOn, expiresOn }, today).map((p) => p.field)).toEqual(fields);
  });
});
