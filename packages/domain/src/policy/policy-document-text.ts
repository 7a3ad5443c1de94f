// Small phrasing helpers for the policy document, so every figure is written the same way wherever it appears.
import { DateTime } from 'luxon';
import { SCHOOL_ZONE, type IsoDate } from '../calendar/london-time.ts';

/** "a", "a and b", "a, b and c" (British style, no Oxford comma). */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "25 January 2026". */
export function longDate(date: IsoDate): string {
  return DateTime.fromISO(date, { zone: SCHOOL_ZONE }).setLocale('en-GB').toFormat('d MMMM yyyy');
}

/** "25 January 2026" or "25 to 29 October 2026" for closures. */
export function dateSpan(from: IsoDate, to: IsoDate): string {
  if (from === to) return longDate(from);
  const start = DateTime.fromISO(from, { zone: SCHOOL_ZONE }).setLocale('en-GB');
  const end = DateTime.fromISO(to, { zone: SCHOOL_ZONE }).setLocale('en-GB');
  if (start.year !== end.year) return `${longDate(from)} to ${longDate(to)}`;
  if (start.month !== end.month) return `${start.toFormat('d MMMM')} to ${longDate(to)}`;
  return `${start.toFormat('d')} to ${longDate(to)}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small numbers as words, as people write them in prose. */
export function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${countWord(count)} ${count === 1 ? one : many}`;
}

/** "every year", "every two years", "every 18 months". */
export function everyMonths(months: number): string {
  if (months === 12) return 'every year';
  if (months % 12 === 0) return `every ${countWord(months / 12)} years`;
  return `every ${months} months`;
}

/** Whole months after a date: the default next review date when a version is approved. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return DateTime.fromISO(date, { zone: SCHOOL_ZONE }).plus({ months }).toISODate() as IsoDate;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
