// Which period a report covers: the dates asked for, or by default the last complete term of the school's calendar.
import type { Db } from '@schoolgate/db';
import {
  AppError,
  defaultReportPeriod,
  londonDateOf,
  periodBetween,
  recentTerms,
  type ReportPeriod,
} from '@schoolgate/domain';
import type { ReportQuery } from '@schoolgate/contracts';
import { enforcedSettings } from './gather-school-figures.ts';

export async function resolvePeriod(
  db: Db,
  schoolId: string,
  query: ReportQuery,
  now: Date,
): Promise<{ period: ReportPeriod; periods: ReportPeriod[] }> {
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
  return { period, periods };
}
