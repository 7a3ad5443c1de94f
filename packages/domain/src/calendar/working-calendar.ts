// The working-day calendar is a plain, serialisable value built once (per school, per job run) and then passed to
// every function that needs to know whether the office is open. Keeping it a value rather than a lookup service
// is what lets the deadline code stay pure and be tested with any calendar we like.
import { addDays, daysBetween, isIsoDate, weekdayOf, yearOf, type IsoDate } from './london-time.ts';
import { expandClosures, type ClosurePeriod } from './closure-days.ts';
import { bankHolidaysOf, type UkNation } from './uk-nation.ts';

export interface WorkingCalendar {
  readonly nation: UkNation;
  /** First date of the table built in advance. */
  readonly from: IsoDate;
  /**
   * Last date of the table built in advance. Outside [from, to] a calendar built with `extendOnDemand` works the
   * date out when asked; any other calendar refuses (an error, never a guess).
   */
  readonly to: IsoDate;
  readonly bankHolidays: Readonly<Record<IsoDate, string>>;
  readonly closures: Readonly<Record<IsoDate, string>>;
  /** Present when built with `extendOnDemand`: the closure periods a date outside the table is checked against. */
  readonly closurePeriods?: readonly ClosurePeriod[];
}

export type NonWorkingReason =
  | { readonly kind: 'bank_holiday'; readonly name: string }
  | { readonly kind: 'closure'; readonly name: string }
  | { readonly kind: 'weekend'; readonly name: 'Saturday' | 'Sunday' };

export interface WorkingCalendarInput {
  readonly nation: UkNation;
  readonly closures: readonly ClosurePeriod[];
  readonly from: IsoDate;
  readonly to: IsoDate;
  /**
   * Answer for any date, not only [from, to]: a date outside is worked out when asked, from the same nation's bank
   * holidays and the same closures, so it gets the answer a calendar built around it would give. For callers that
   * cannot know in advance which dates they will be asked about (a comment posted long ago, a delivery replayed late).
   */
  readonly extendOnDemand?: boolean;
}

/** Stable code for callers that map errors (STYLE rule 6). */
export const CALENDAR_OUT_OF_RANGE = 'CALENDAR_OUT_OF_RANGE';

export class CalendarRangeError extends RangeError {
  readonly code = CALENDAR_OUT_OF_RANGE;
  constructor(
    readonly date: IsoDate,
    readonly calendar: Pick<WorkingCalendar, 'from' | 'to'>,
  ) {
    super(`The working-day calendar covers ${calendar.from} to ${calendar.to}, not ${date}`);
    this.name = 'CalendarRangeError';
  }
}

// A generous bound: a school closed for longer than a year has no working day to count towards.
const MAX_SEARCH_DAYS = 400;
const MAX_RANGE_DAYS = 366 * 10;

export function buildWorkingCalendar(input: WorkingCalendarInput): WorkingCalendar {
  if (!isIsoDate(input.from) || !isIsoDate(input.to)) {
    throw new RangeError(`Calendar range must be two dates (YYYY-MM-DD), got ${input.from} to ${input.to}`);
  }
  const span = daysBetween(input.from, input.to);
  if (span < 0) throw new RangeError(`Calendar range ends (${input.to}) before it starts (${input.from})`);
  if (span > MAX_RANGE_DAYS)
    throw new RangeError(`Calendar range is longer than ten years: ${input.from} to ${input.to}`);

  const bankHolidays: Record<IsoDate, string> = {};
  for (let year = yearOf(input.from); year <= yearOf(input.to); year += 1) {
    for (const [date, name] of bankHolidaysOfYear(input.nation, year)) {
      if (date >= input.from && date <= input.to) bankHolidays[date] = name;
    }
  }
  const closures = Object.fromEntries(expandClosures(input.closures, input.from, input.to));
  return {
    nation: input.nation,
    from: input.from,
    to: input.to,
    bankHolidays,
    closures,
    ...(input.extendOnDemand ? { closurePeriods: [...input.closures] } : {}),
  };
}

// Bank holidays by nation and year, worked out once: every school's calendar (rebuilt when its moderation set-up is,
// for each of thousands of schools) and every deadline outside a table ask for the same few years, and date-holidays
// takes milliseconds per year. Bounded, so timestamps from all over the place cannot make it grow without end.
const holidaysByYear = new Map<string, ReadonlyMap<IsoDate, string>>();
const HOLIDAY_YEARS_KEPT = 32;

function bankHolidaysOfYear(nation: UkNation, year: number): ReadonlyMap<IsoDate, string> {
  const key = `${nation}:${year}`;
  let days = holidaysByYear.get(key);
  if (!days) {
    if (holidaysByYear.size >= HOLIDAY_YEARS_KEPT) holidaysByYear.clear();
    days = bankHolidaysOf(nation, year);
    holidaysByYear.set(key, days);
  }
  return days;
}

function bankHolidayOutsideTable(nation: UkNation, date: IsoDate): string | undefined {
  return bankHolidaysOfYear(nation, yearOf(date)).get(date);
}

/** The bank holiday and closure on `date`, if any: from the table, or worked out when the calendar extends. */
function dayOff(calendar: WorkingCalendar, date: IsoDate): { bankHoliday?: string; closure?: string } {
  if (!isIsoDate(date)) throw new CalendarRangeError(date, calendar);
  if (date >= calendar.from && date <= calendar.to) {
    return { bankHoliday: calendar.bankHolidays[date], closure: calendar.closures[date] };
  }
  if (!calendar.closurePeriods) throw new CalendarRangeError(date, calendar);
  return {
    bankHoliday: bankHolidayOutsideTable(calendar.nation, date),
    closure: expandClosures(calendar.closurePeriods, date, date).get(date),
  };
}

/** Why the office is closed on `date`, or null on a working day. A bank holiday wins over a weekend for the name. */
export function nonWorkingReason(calendar: WorkingCalendar, date: IsoDate): NonWorkingReason | null {
  const { bankHoliday, closure } = dayOff(calendar, date);
  if (bankHoliday !== undefined) return { kind: 'bank_holiday', name: bankHoliday };
  if (closure !== undefined) return { kind: 'closure', name: closure };
  const weekday = weekdayOf(date);
  if (weekday === 6) return { kind: 'weekend', name: 'Saturday' };
  if (weekday === 7) return { kind: 'weekend', name: 'Sunday' };
  return null;
}

export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  return nonWorkingReason(calendar, date) === null;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  return workingDayOnOrAfter(calendar, addDays(date, 1));
}

/** `date` itself when it is a working day, otherwise the next one. */
export function workingDayOnOrAfter(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  let candidate = date;
  for (let step = 0; step < MAX_SEARCH_DAYS; step += 1) {
    if (isWorkingDay(calendar, candidate)) return candidate;
    candidate = addDays(candidate, 1);
  }
  throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days of ${date}`);
}
