// A school's own days off (INSET days, half terms, holidays) are entered as periods; a single day is a period
// whose first and last day are the same. They are expanded to individual dates once, when a calendar is built.
import { addDays, daysBetween, type IsoDate } from './london-time.ts';

export interface ClosurePeriod {
  /** First day the school is closed. */
  readonly from: IsoDate;
  /** Last day the school is closed (inclusive); equal to `from` for a single day. */
  readonly to: IsoDate;
  /** What the office calls it, shown when a deadline moves because of it ("INSET day", "Summer holiday"). */
  readonly label: string;
}

/** Every closed date within [rangeFrom, rangeTo], keyed by date, valued by the period's label. */
export function expandClosures(
  closures: readonly ClosurePeriod[],
  rangeFrom: IsoDate,
  rangeTo: IsoDate,
): Map<IsoDate, string> {
  const days = new Map<IsoDate, string>();
  for (const closure of closures) {
    if (daysBetween(closure.from, closure.to) < 0) {
      throw new RangeError(`Closure "${closure.label}" ends (${closure.to}) before it starts (${closure.from})`);
    }
    const start = closure.from > rangeFrom ? closure.from : rangeFrom;
    const end = closure.to < rangeTo ? closure.to : rangeTo;
    for (let date = start; date <= end; date = addDays(date, 1)) {
      if (!days.has(date)) days.set(date, closure.label);
    }
  }
  return days;
}
