// After each term, schools that turned it on email their governors the report for that term, PDF attached (issue
// 14). The job writes one notification per governor (kind `report.termly`, deduplicated by school and term, so a
// second run or a second day within the fortnight after the term changes nothing); the email job sends it with the
// PDF, rendered when it is sent (termly-report-attachment.ts).
import { reportsRepository } from '@schoolgate/db';
import { londonDateOf, termJustEnded } from '@schoolgate/domain';
import type { AppContext } from '../app-context.ts';
import { notify } from '../notifications/notify.ts';
import { enforcedSettings } from '../use-cases/reports/gather-school-figures.ts';
import type { ScheduledJob } from './scheduled-job.ts';

export const TERMLY_REPORT_KIND = 'report.termly';
export const termlyReportKey = (period: { from: string; to: string }) => `termly-report:${period.from}:${period.to}`;

export async function sendTermlyGovernorReports(ctx: AppContext, now: Date): Promise<number> {
  const today = londonDateOf(now);
  let written = 0;
  for (const school of await reportsRepository.schoolsWithTermlyEmail(ctx.db)) {
    const closures = (await enforcedSettings(ctx.db, school.id)).calendar.closures;
    const term = termJustEnded(today, closures);
    if (!term) continue;
    written += await notify(ctx.db, {
      school,
      roles: ['governor'],
      kind: TERMLY_REPORT_KIND,
      title: `The governors' report for the ${term.label.replace(/^./, (c) => c.toLowerCase())}`,
      body: `The report on how ${school.name} followed its social media policy over the ${term.label.replace(/^./, (c) => c.toLowerCase())} is attached as a PDF. It holds counts only, nothing about anyone in particular.`,
      link: '/reports',
      dedupeKey: termlyReportKey(term),
      now,
    });
  }
  return written;
}

export const termlyGovernorReportJob: ScheduledJob = {
  name: 'termly-governor-report',
  cron: '0 7 * * *',
  run: async (ctx, now) => {
    await sendTermlyGovernorReports(ctx, now);
  },
};
