import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  instantAt,
  isIsoDate,
  londonDateOf,
  SCHOOL_ZONE,
  weekdayOf,
  yearOf,
} from './london-time.ts';

// The calendar arithmetic is done without luxon (it is costly per call); luxon in the school's zone is the reference.
describe('London calendar arithmetic against luxon', () => {
  const dates: string[] = [];
  for (let d = DateTime.fromISO('2019-01-01', { zone: 'UTC' }); d.year < 2032; d = d.plus({ days: 1 })) {
    dates.push(d.toISODate()!);
  }

  it('adds days, names weekdays and years, and counts days between dates as luxon does', () => {
    for (const [i, date] of dates.entries()) {
      const london = DateTime.fromISO(date, { zone: SCHOOL_ZONE });
      expect(weekdayOf(date)).toBe(london.weekday);
      expect(yearOf(date)).toBe(london.year);
      for (const n of [1, -1, 7, 400, -400]) expect(addDays(date, n)).toBe(london.plus({ days: n }).toISODate());
      if (i > 0) expect(daysBetween(dates[i - 1]!, date)).toBe(1);
    }
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
  });

  it('gives the school’s date of every quarter hour, through both clock changes, as luxon does', () => {
    const from = Date.UTC(2026, 2, 27);
    for (let ms = from; ms < from + 4 * 86_400_000; ms += 900_000) {
      expect(londonDateOf(new Date(ms))).toBe(DateTime.fromMillis(ms, { zone: SCHOOL_ZONE }).toISODate());
    }
    const autumn = Date.UTC(2026, 9, 23);
    for (let ms = autumn; ms < autumn + 4 * 86_400_000; ms += 900_000) {
      expect(londonDateOf(new Date(ms))).toBe(DateTime.fromMillis(ms, { zone: SCHOOL_ZONE }).toISODate());
    }
  });

  it('keeps the instant of a clock time on a date, in BST and GMT, and refuses dates that do not exist', () => {
    expect(instantAt('2026-07-01', '16:30').toISOString()).toBe('2026-07-01T15:30:00.000Z');
    expect(instantAt('2026-12-01', '16:30').toISOString()).toBe('2026-12-01T16:30:00.000Z');
    expect(instantAt('2026-07-01', '16:30')).not.toBe(instantAt('2026-07-01', '16:30'));
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => weekdayOf('26-1-1')).toThrow(/Not a calendar date/);
  });
});
