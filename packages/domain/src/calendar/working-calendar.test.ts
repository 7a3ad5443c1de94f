import { describe, expect, it } from 'vitest';
import {
  buildWorkingCalendar,
  CalendarRangeError,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  workingDayOnOrAfter,
} from './working-calendar.ts';
import type { UkNation } from './uk-nation.ts';

const calendarFor = (nation: UkNation) =>
  buildWorkingCalendar({
    nation,
    closures: [
      { from: '2026-11-02', to: '2026-11-02', label: 'INSET day' },
      { from: '2026-02-16', to: '2026-02-20', label: 'February half term' },
    ],
    from: '2026-01-01',
    to: '2027-12-31',
  });

describe('working-day calendar', () => {
  const england = calendarFor('england_wales');

  it.each([
    ['2026-06-16', null],
    ['2026-06-20', { kind: 'weekend', name: 'Saturday' }],
    ['2026-06-21', { kind: 'weekend', name: 'Sunday' }],
    ['2026-08-31', { kind: 'bank_holiday', name: 'Summer bank holiday' }],
    ['2026-12-25', { kind: 'bank_holiday', name: 'Christmas Day' }],
    // Boxing Day falls on a Saturday in 2026, so the Monday after is the substitute bank holiday.
    ['2026-12-28', { kind: 'bank_holiday', name: 'Boxing Day (substitute day)' }],
    ['2026-11-02', { kind: 'closure', name: 'INSET day' }],
    ['2026-02-18', { kind: 'closure', name: 'February half term' }],
    // Observances are not days off.
    ['2026-03-15', { kind: 'weekend', name: 'Sunday' }],
  ])('in England and Wales, %s is %o', (date, reason) => {
    expect(nonWorkingReason(england, date)).toEqual(reason);
  });

  it.each<[UkNation, string, boolean]>([
    ['scotland', '2027-01-04', false], // 2 January 2027 is a Saturday; Scotland takes the Monday
    ['england_wales', '2027-01-04', true],
    ['scotland', '2026-11-30', false], // St Andrew's Day
    ['england_wales', '2026-11-30', true],
    ['northern_ireland', '2026-03-17', false], // St Patrick's Day
    ['england_wales', '2026-03-17', true],
    ['scotland', '2026-04-06', true], // Easter Monday is not a Scottish bank holiday
    ['scotland', '2026-08-03', false], // Scotland's summer bank holiday is in early August
    ['england_wales', '2026-08-03', true],
  ])('in %s, is %s a working day? %s', (nation, date, expected) => {
    expect(isWorkingDay(calendarFor(nation), date)).toBe(expected);
  });

  it('skips the whole Christmas break to the next working day', () => {
    expect(nextWorkingDay(england, '2026-12-24')).toBe('2026-12-29');
    expect(workingDayOnOrAfter(england, '2026-12-25')).toBe('2026-12-29');
    expect(workingDayOnOrAfter(england, '2026-12-29')).toBe('2026-12-29');
  });

  it('skips a closure range and the weekend around it', () => {
    expect(nextWorkingDay(england, '2026-02-13')).toBe('2026-02-23');
  });

  it('refuses to guess about dates outside the range it was built for', () => {
    expect(() => isWorkingDay(england, '2028-01-03')).toThrow(CalendarRangeError);
    expect(() => isWorkingDay(england, '2025-12-31')).toThrow(/covers 2026-01-01 to 2027-12-31/);
  });

  it('rejects a closure that ends before it starts, naming it', () => {
    expect(() =>
      buildWorkingCalendar({
        nation: 'england_wales',
        closures: [{ from: '2026-05-02', to: '2026-05-01', label: 'Typo week' }],
        from: '2026-01-01',
        to: '2026-12-31',
      }),
    ).toThrow(/Typo week/);
  });

  it('is plain data that survives a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(england));
    expect(isWorkingDay(copy, '2026-12-28')).toBe(false);
    expect(nextWorkingDay(copy, '2026-10-30')).toBe('2026-11-03');
  });
});
