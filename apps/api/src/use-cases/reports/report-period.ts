// Which period a report covers: the dates asked for, or by default the last complete term of the school's calendar
// (the current term so far when the last one is empty and this one is not, see openOnActivity).
import type { Db } from '@schoolgate/db';
import {
  AppError,
  defaultReportPeriod,
  hadActivity,
  londonDateOf,
  periodBetween,
  recentTerms,
  type ReportFigures,
  type ReportPeriod,
} from '@schoolgate/domain';
import type { ReportQuery } from '@schoolgate/contracts';
import { enforcedSettings } from './gather-school-figures.ts';

export async function resolvePeriod(
  db: Db,
  schoolId: string,
  query: ReportQuery,
  now: Date,
): Promise<{ period: ReportPeriod; periods: ReportPeriod[]; byDefault: boolean }> {
  const closures = (await enforcedSettings(db, schoolId)).calendar.closures;
  const today = londonDateOf(now);
  const periods = recentTerms(today, closures, 6);
  if (!query.from !== !query.to) {
    throw new AppError('VALIDATION_FAILED', 'Give both the first and the last day of the period.', [
      { field: query.from ? 'to' : 'from', message: 'Give both dates, or neither for the last complete term.' },
    ]);
  }
  const period =
    query.from && query.to ? periodBetween(query.from, query.to, closures) : defaultReportPeriod(today, closures);
  return { period, periods, byDefault: !query.from };
}

/**
 * Gathers the report's figures. By default a report covers the last complete term; but a school that has only just
 * started (or the demo, whose history is all this term) would open on a report of noughts and think reports broken.
 * So when nothing happened in the last complete term and something has in the current one, the report opens on the
 * current term so far and says so. Dates asked for are always kept.
 */
export async function openOnActivity<T>(
  resolved: { period: ReportPeriod; periods: ReportPeriod[]; byDefault: boolean },
  gather: (period: ReportPeriod) => Promise<T>,
  figuresOf: (result: T) => ReportFigures,
): Promise<{ period: ReportPeriod; result: T; periodNote: string | null }> {
  const result = await gather(resolved.period);
  const current = resolved.periods[0];
  if (!resolved.byDefault || !current || hadActivity(figuresOf(result))) {
    return { period: resolved.period, result, periodNote: null };
  }
  const now = await gather(current);
  if (!hadActivity(figuresOf(now))) return { period: resolved.period, result, periodNote: null };
  return {
    period: current,
    result: now,
    periodNote: `Nothing was recorded in ${resolved.period.label}, the last complete term (no comments, concerns or posts), so this report shows ${current.label} so far. Choose a term or dates above to see another period.`,
  };
}
