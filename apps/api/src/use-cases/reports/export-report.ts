// The report as a file to download: PDF (pdf/report-pdf.ts) or CSV (report-csv.ts), for the school or the trust.
import type { ReportQuery } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { renderReportPdf } from '../../pdf/report-pdf.ts';
import { getSchoolReport, getTrustReport } from './get-report.ts';
import { reportCsv } from './report-csv.ts';

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: Buffer | string;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60) || 'report';

export async function exportReport(
  ctx: AppContext,
  actor: Actor,
  scope: 'school' | 'trust',
  format: 'pdf' | 'csv',
  query: ReportQuery,
): Promise<ReportFile> {
  const report =
    scope === 'school' ? await getSchoolReport(ctx, actor, query) : await getTrustReport(ctx, actor, query);
  const name = 'school' in report ? report.school.name : report.trust.name;
  const base = `governors-report-${slug(name)}-${report.period.from}-to-${report.period.to}`;
  return format === 'pdf'
    ? { fileName: `${base}.pdf`, contentType: 'application/pdf', body: await renderReportPdf(report) }
    : { fileName: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: reportCsv(report) };
}
