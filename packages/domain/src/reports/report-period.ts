// The period a governors' report covers. By default a school term, taken from the school's own calendar: the school
// year runs from 1 September; the autumn term to 31 December; the spring term from 1 January to the last day of the
// Easter holiday the school entered as a closure (a closure of five days or more starting between 15 March and
// 30 April), or to 31 March when none is entered; the summer term from the next day to 31 August. Terms run into
// the holidays that follow them, so together they cover every day: a comment that arrives in a holiday is counted.
import { addDays, daysBetween, instantAt, yearOf, type IsoDate } from '../calendar/london-time.ts';
import type { ClosurePeriod } from '../calendar/closure-days.ts';
import { AppError } from '../errors.ts';
import { longDate } from '../policy/policy-document-text.ts';

export const TERMS = ['autumn', 'spring', 'summer'] as const;
export type Term = (typeof TERMS)[number];
const TERM_LABELS: Record<Term, string> = { autumn: 'Autumn term', spring: 'Spring term', summer: 'Summer term' };

export interface ReportPeriod {
  /** First day covered (school's calendar). */
  readonly from: IsoDate;
  /** Last day covered (inclusive). */
  readonly to: IsoDate;
  /** "Autumn term 2026", or "1 September 2026 to 30 November 2026". */
  readonly label: string;
  /** The term, when the period is one. */
  readonly term: Term | null;
}

export const PERIOD_HOW =
  'Terms come from the school calendar in the policy: autumn runs from 1 September to 31 December, spring from 1 January to the end of the Easter holiday the school entered (31 March if none), summer from then to 31 August, each including the holiday after it.';

/** Last day of the spring term of `year`: the end of the Easter holiday entered as a closure, else 31 March. */
function springEnd(year: number, closures: readonly ClosurePeriod[]): IsoDate {
  const easter = closures.find(
    (c) => c.from >= `${year}-03-15` && c.from <= `${year}-04-30` && daysBetween(c.from, c.to) >= 4,
  );
  return easter ? easter.to : `${year}-03-31`;
}

/** The three terms of the school year starting in September of `startYear`. */
export function termsOfSchoolYear(startYear: number, closures: readonly ClosurePeriod[]): ReportPeriod[] {
  const end = springEnd(startYear + 1, closures);
  const year = `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
  return [
    { from: `${startYear}-09-01`, to: `${startYear}-12-31`, label: `${TERM_LABELS.autumn} ${year}`, term: 'autumn' },
    { from: `${startYear + 1}-01-01`, to: end, label: `${TERM_LABELS.spring} ${year}`, term: 'spring' },
    { from: addDays(end, 1), to: `${startYear + 1}-08-31`, label: `${TERM_LABELS.summer} ${year}`, term: 'summer' },
  ];
}

/** The term holding `date`. */
export function termContaining(date: IsoDate, closures: readonly ClosurePeriod[]): ReportPeriod {
  const startYear = date >= `${yearOf(date)}-09-01` ? yearOf(date) : yearOf(date) - 1;
  const term = termsOfSchoolYear(startYear, closures).find((t) => t.from <= date && date <= t.to);
  if (!term) throw new RangeError(`No term holds ${date}`);
  return term;
}

/** The term holding `today` and the `count - 1` before it, newest first: what the period picker offers. */
export function recentTerms(today: IsoDate, closures: readonly ClosurePeriod[], count = 6): ReportPeriod[] {
  const terms = [termContaining(today, closures)];
  while (terms.length < count) terms.push(termContaining(addDays(terms[terms.length - 1]!.from, -1), closures));
  return terms;
}

/** By default a report covers the last complete term: the one governors meet to review. */
export function defaultReportPeriod(today: IsoDate, closures: readonly ClosurePeriod[]): ReportPeriod {
  return recentTerms(today, closures, 2)[1]!;
}

/** A period chosen by its dates: the same term's label when the dates are exactly a term. At most a year long. */
export function periodBetween(from: IsoDate, to: IsoDate, closures: readonly ClosurePeriod[]): ReportPeriod {
  const span = daysBetween(from, to);
  if (span < 0) {
    throw new AppError('VALIDATION_FAILED', 'The period ends before it starts.', [
      { field: 'to', message: 'The last day is before the first day.' },
    ]);
  }
  if (span > 366) {
    throw new AppError('VALIDATION_FAILED', 'A report covers at most a year.', [
      { field: 'to', message: 'Choose a period of a year or less.' },
    ]);
  }
  const term = termContaining(from, closures);
  if (term.from === from && term.to === to) return term;
  return { from, to, label: `${longDate(from)} to ${longDate(to)}`, term: null };
}

/** The instants the period covers: from midnight of its first day to midnight after its last (school's clock). */
export function periodInstants(period: Pick<ReportPeriod, 'from' | 'to'>): { start: Date; end: Date } {
  return { start: instantAt(period.from, '00:00'), end: instantAt(addDays(period.to, 1), '00:00') };
}
