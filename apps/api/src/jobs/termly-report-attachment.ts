// The PDF sent with a termly report notification: the school's report for the term named in its dedupe key.
import type { AppContext } from '../app-context.ts';
import { renderReportPdf } from '../pdf/report-pdf.ts';
import { buildSchoolReport } from '../use-cases/reports/get-report.ts';

const KEY = /^termly-report:(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$/;

export async function termlyReportAttachment(
  ctx: AppContext,
  notification: { schoolId: string | null; dedupeKey: string | null },
): Promise<{ filename: string; content: Buffer; contentType: string } | null> {
  const match = KEY.exec(notification.dedupeKey ?? '');
  if (!match || !notification.schoolId) return null;
  const report = await buildSchoolReport(ctx, notification.schoolId, { from: match[1], to: match[2] });
  return {
    filename: `governors-report-${report.period.from}-to-${report.period.to}.pdf`,
    content: await renderReportPdf(report),
    contentType: 'application/pdf',
  };
}
