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
import { addDays } from './london-time.ts';

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

describe('a calendar that extends on demand', () => {
  // The school's closures include two outside the table built in advance (2026-2027).
  const closures = [
    { from: '2026-11-02', to: '2026-11-02', label: 'INSET day' },
    { from: '2024-10-28', to: '2024-11-01', label: 'Autumn half term 2024' },
    { from: '2029-07-23', to: '2029-07-23', label: 'INSET day 2029' },
  ];
  const extending = (nation: UkNation) =>
    buildWorkingCalendar({ nation, closures, from: '2026-01-01', to: '2027-12-31', extendOnDemand: true });
  const builtAround = (nation: UkNation, year: number) =>
    buildWorkingCalendar({ nation, closures, from: `${year}-01-01`, to: `${year}-12-31` });

  it.each([
    ['england_wales', 2024],
    ['scotland', 2024],
    ['northern_ireland', 2029],
  ] as const)('answers every day of %s %i as a calendar built around that year would', (nation, year) => {
    const calendar = extending(nation);
    const reference = builtAround(nation, year);
    for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = addDays(date, 1)) {
      expect(nonWorkingReason(calendar, date), date).toEqual(nonWorkingReason(reference, date));
    }
  });

  it('knows bank holidays and closures years outside its table, and the working day after them', () => {
    const calendar = extending('england_wales');
    expect(nonWorkingReason(calendar, '2024-03-29')).toEqual({ kind: 'bank_holiday', name: 'Good Friday' });
    expect(nonWorkingReason(calendar, '2024-10-30')).toEqual({ kind: 'closure', name: 'Autumn half term 2024' });
    expect(nextWorkingDay(calendar, '2024-10-25')).toBe('2024-11-04');
    // Across the edge of the table, in both directions.
    expect(nextWorkingDay(calendar, '2025-12-24')).toBe('2025-12-29');
    expect(nextWorkingDay(calendar, '2027-12-24')).toBe('2027-12-29');
    expect(isWorkingDay(calendar, '2029-07-23')).toBe(false);
  });

  it('still extends after a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(extending('england_wales')));
    expect(nonWorkingReason(copy, '2024-10-30')).toEqual({ kind: 'closure', name: 'Autumn half term 2024' });
  });
});
