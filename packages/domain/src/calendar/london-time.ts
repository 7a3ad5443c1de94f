// Calendar reasoning happens on the school's own clock (Europe/London) while every instant that enters or
// leaves the domain is a UTC `Date`. This file is the only place that converts between the two, so the 23- and
// 25-hour days of the clock changes are handled once, by luxon.
import { DateTime } from 'luxon';

export const SCHOOL_ZONE = 'Europe/London';

/** A calendar date on the school's clock, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A wall-clock time on the school's clock, `HH:MM` (24-hour). */
export type ClockTime = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: SCHOOL_ZONE }).isValid;
}

export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/** Minutes after midnight, used to compare clock times without building dates. */
export function minutesOfDay(time: ClockTime): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function dateTimeOf(date: IsoDate): DateTime {
  const parsed = DateTime.fromISO(date, { zone: SCHOOL_ZONE });
  if (!ISO_DATE.test(date) || !parsed.isValid) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  return parsed;
}

/** The school's calendar date at a given instant. */
export function londonDateOf(instant: Date): IsoDate {
  return DateTime.fromJSDate(instant, { zone: SCHOOL_ZONE }).toISODate() as IsoDate;
}

/** The instant at which the school's clock shows `time` on `date` (BST or GMT as the date requires). */
export function instantAt(date: IsoDate, time: ClockTime): Date {
  const [hour, minute] = time.split(':').map(Number);
  return dateTimeOf(date).set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateTimeOf(date).plus({ days }).toISODate() as IsoDate;
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  return dateTimeOf(date).weekday;
}

export function yearOf(date: IsoDate): number {
  return dateTimeOf(date).year;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(dateTimeOf(to).diff(dateTimeOf(from), 'days').days);
}
