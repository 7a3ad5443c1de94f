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
  return ISO_DATE.test(value) && epochDayOf(value) !== null;
}

export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/** Minutes after midnight, used to compare clock times without building dates. */
export function minutesOfDay(time: ClockTime): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

// Calendar dates are counted as days since 1970-01-01 on a plain proleptic calendar: adding days, weekdays and the
// days between two dates do not depend on any clock, so they need no time zone (and no luxon, which is costly per
// call; a response deadline asks for dozens of them per comment).
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Days since 1970-01-01, or null when `date` is not a real calendar date (2026-02-30). */
function epochDayOf(date: IsoDate): number | null {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  return Math.round(at.getTime() / DAY_MS);
}

function epochDay(date: IsoDate): number {
  const day = ISO_DATE.test(date) ? epochDayOf(date) : null;
  if (day === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  return day;
}

/** The calendar date of a UTC instant's wall clock shifted by nothing: `YYYY-MM-DD` of a millisecond count. */
function isoDateOfMs(ms: number): IsoDate {
  const at = new Date(ms);
  const year = at.getUTCFullYear();
  return `${String(year).padStart(4, '0')}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-${String(at.getUTCDate()).padStart(2, '0')}`;
}

// The school's offset from UTC changes only on whole UTC hours (01:00 UTC, twice a year), so it is looked up once
// per hour and kept; bounded, so a long-running process does not keep every hour it ever saw.
const offsetByHour = new Map<number, number>();
function londonOffsetMs(instantMs: number): number {
  const hour = Math.floor(instantMs / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = DateTime.fromMillis(hour * HOUR_MS, { zone: SCHOOL_ZONE }).offset * 60_000;
    if (offsetByHour.size >= 20_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The school's calendar date at a given instant. */
export function londonDateOf(instant: Date): IsoDate {
  const ms = instant.getTime();
  // As luxon answered for an invalid date: no date.
  if (Number.isNaN(ms)) return null as unknown as IsoDate;
  return isoDateOfMs(ms + londonOffsetMs(ms));
}

// Instants of a date and time on the school's clock, kept (bounded) because deadlines ask for the same closing times.
const instants = new Map<string, number>();

/** The instant at which the school's clock shows `time` on `date` (BST or GMT as the date requires). */
export function instantAt(date: IsoDate, time: ClockTime): Date {
  const key = `${date}T${time}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    epochDay(date);
    const [hour, minute] = time.split(':').map(Number);
    ms = DateTime.fromISO(date, { zone: SCHOOL_ZONE }).set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
    if (instants.size >= 20_000) instants.clear();
    instants.set(key, ms);
  }
  return new Date(ms);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOfMs((epochDay(date) + days) * DAY_MS);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(date: IsoDate): number {
  epochDay(date);
  return Number(date.slice(0, 4));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}
