// The governors' report for the actor's school, and for the whole trust (issue 14): figures only, each saying how it
// was counted. Read by governors, the head, senior leaders and the trust team (permissions.ts: read report).
import { reportsRepository, tenancyRepository } from '@schoolgate/db';
import {
  combineFigures,
  notFound,
  NOT_YET_REPORTED,
  PERIOD_HOW,
  RAG_HOW,
  ragOf,
  rankWorstFirst,
  type ReportFigures,
  type ReportPeriod,
} from '@schoolgate/domain';
import type { ReportQuery, SchoolReportResponse, TrustReportResponse, TrustSchoolRow } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { gatherSchoolFigures } from './gather-school-figures.ts';
import { openOnActivity, resolvePeriod } from './report-period.ts';

export async function getSchoolReport(
  ctx: AppContext,
  actor: Actor,
  query: ReportQuery,
): Promise<SchoolReportResponse> {
  authorise(actor, 'read', 'report');
  return buildSchoolReport(ctx, schoolOf(actor), query);
}

/** One school's report, for a reader already authorised (or for the termly email job, which has no actor). */
export async function buildSchoolReport(
  ctx: AppContext,
  schoolId: string,
  query: ReportQuery,
): Promise<SchoolReportResponse> {
  const now = ctx.now();
  const school = await tenancyRepository.findSchool(ctx.db, schoolId);
  if (!school) throw notFound('The school');
  const trust = await tenancyRepository.findTrust(ctx.db, school.trustId);
  const resolved = await resolvePeriod(ctx.db, schoolId, query, now);
  const {
    period,
    result: figures,
    periodNote,
  } = await openOnActivity(
    resolved,
    (p) => gatherSchoolFigures(ctx.db, schoolId, p, now),
    (f) => f,
  );
  const { periods } = resolved;
  return {
    school: { id: schoolId, name: school.name },
    trustName: trust?.name ?? '',
    period,
    periods,
    generatedAt: now.toISOString(),
    figures,
    rag: ragOf(figures),
    notIncluded: NOT_YET_REPORTED,
    periodHow: PERIOD_HOW,
    ragHow: RAG_HOW,
    periodNote,
    termlyEmail: await reportsRepository.termlyEmailOf(ctx.db, schoolId),
  };
}

export function trustRow(schoolId: string, name: string, figures: ReportFigures): TrustSchoolRow {
  return {
    schoolId,
    name,
    rag: ragOf(figures),
    onTimePercent: figures.responseTimes.onTimePercent,
    stillOverdue: figures.responseTimes.stillOverdue,
    acceptancePercent: figures.acceptance.percent,
    trainingPercent: figures.training.percent,
    accountsShort: figures.accounts.withoutEnoughRunners,
    concernsRaised: figures.concerns.raised,
    reviewDue: figures.policy.inForce?.reviewDue ?? null,
  };
}

/** Every school of the trust over one period, worst first, with the trust's figures added up. */
export async function trustFigures(ctx: AppContext, trustId: string, period: Pick<ReportPeriod, 'from' | 'to'>) {
  const now = ctx.now();
  const schools = await tenancyRepository.listSchools(ctx.db, trustId);
  const each: Array<{ row: TrustSchoolRow; figures: ReportFigures }> = [];
  // One school after another: each gathers a dozen queries, and PGlite serves one at a time anyway.
  for (const school of schools) {
    const figures = await gatherSchoolFigures(ctx.db, school.id, period, now);
    each.push({ row: trustRow(school.id, school.name, figures), figures });
  }
  return {
    figures: combineFigures(each.map((e) => e.figures)),
    schools: rankWorstFirst(each.map((e) => e.row)),
  };
}

export async function getTrustReport(ctx: AppContext, actor: Actor, query: ReportQuery): Promise<TrustReportResponse> {
  authorise(actor, 'read', 'trust_report');
  const now = ctx.now();
  const trust = await tenancyRepository.findTrust(ctx.db, actor.trustId);
  const schools = await tenancyRepository.listSchools(ctx.db, actor.trustId);
  // The trust's terms follow the calendar of the school the actor is in, else its first school's.
  const calendarSchool = actor.schoolId ?? schools[0]?.id;
  if (!trust || !calendarSchool) throw new Error('The trust has no schools');
  const resolved = await resolvePeriod(ctx.db, calendarSchool, query, now);
  const { period, result, periodNote } = await openOnActivity(
    resolved,
    (p) => trustFigures(ctx, actor.trustId, p),
    (r) => r.figures,
  );
  const { figures, schools: rows } = result;
  const { periods } = resolved;
  return {
    trust: { id: trust.id, name: trust.name },
    period,
    periods,
    generatedAt: now.toISOString(),
    figures,
    rag: ragOf(figures),
    schools: rows,
    notIncluded: NOT_YET_REPORTED,
    periodHow: PERIOD_HOW,
    ragHow: RAG_HOW,
    periodNote,
  };
}
