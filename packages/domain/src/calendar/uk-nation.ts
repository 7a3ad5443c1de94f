// Bank holidays differ between the UK nations (Scotland has 2 January and St Andrew's Day, Northern Ireland
// St Patrick's Day and the Boyne), so a school's working days depend on where it is. date-holidays computes them
// without I/O; we keep only the days everyone is off (`public` and `bank`), never observances like Mother's Day.
import Holidays from 'date-holidays';
import type { IsoDate } from './london-time.ts';

export const UK_NATIONS = ['england_wales', 'scotland', 'northern_ireland'] as const;
export type UkNation = (typeof UK_NATIONS)[number];

export const UK_NATION_LABELS: Readonly<Record<UkNation, string>> = {
  england_wales: 'England and Wales',
  scotland: 'Scotland',
  northern_ireland: 'Northern Ireland',
};

// England and Wales share one list; we ask for both regions so a future Welsh-only day would not be missed.
const REGIONS: Readonly<Record<UkNation, readonly string[]>> = {
  england_wales: ['ENG', 'WLS'],
  scotland: ['SCT'],
  northern_ireland: ['NIR'],
};

const KEPT_TYPES = new Set(['public', 'bank']);

/** Bank holidays of one nation in one calendar year, keyed by date, valued by their name. */
export function bankHolidaysOf(nation: UkNation, year: number): Map<IsoDate, string> {
  const days = new Map<IsoDate, string>();
  for (const region of REGIONS[nation]) {
    for (const holiday of new Holidays('GB', region).getHolidays(year)) {
      if (!KEPT_TYPES.has(holiday.type)) continue;
      // `date` is the local date as "YYYY-MM-DD hh:mm:ss"; its first ten characters are the calendar date.
      const date = holiday.date.slice(0, 10);
      if (!days.has(date)) days.set(date, holiday.name);
    }
  }
  return days;
}
