// Governors' reports (JSON, PDF, CSV) for the school and the trust, and the dashboard by role (issue 14).
import {
  DashboardResponse,
  ErrorResponse,
  REPORTS_API,
  ReportQuery,
  SchoolReportResponse,
  TrustReportResponse,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { getDashboard } from '../use-cases/reports/get-dashboard.ts';
import { exportReport } from '../use-cases/reports/export-report.ts';
import { getSchoolReport, getTrustReport } from '../use-cases/reports/get-report.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const tags = ['reports'];

export function reportsRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;

  app.get(
    REPORTS_API.school,
    { schema: { tags, querystring: ReportQuery, response: { 200: SchoolReportResponse, ...errors } } },
    async (request) => getSchoolReport(ctx, await actor(request), request.query),
  );
  app.get(
    REPORTS_API.trust,
    { schema: { tags, querystring: ReportQuery, response: { 200: TrustReportResponse, ...errors } } },
    async (request) => getTrustReport(ctx, await actor(request), request.query),
  );
  const files = [
    [REPORTS_API.schoolPdf, 'school', 'pdf'],
    [REPORTS_API.schoolCsv, 'school', 'csv'],
    [REPORTS_API.trustPdf, 'trust', 'pdf'],
    [REPORTS_API.trustCsv, 'trust', 'csv'],
  ] as const;
  for (const [url, scope, format] of files) {
    app.get(url, { schema: { tags, querystring: ReportQuery } }, async (request, reply) => {
      const file = await exportReport(ctx, await actor(request), scope, format, request.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.body);
    });
  }
  app.get(
    REPORTS_API.dashboard,
    { schema: { tags, response: { 200: DashboardResponse, ...errors } } },
    async (request) => getDashboard(ctx, await actor(request)),
  );
}
