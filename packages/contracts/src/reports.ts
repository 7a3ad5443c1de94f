// Governors' reports, the trust's table of schools and the dashboards by role (issue 14). A report holds counts,
// percentages and the sentence saying how each was counted: never a person's name or a concern's detail.
import { z } from 'zod';
import { text } from './text.ts';

export const RAG_VALUES = ['green', 'amber', 'red'] as const;
export const RagSchema = z.enum(RAG_VALUES);
export type Rag = z.infer<typeof RagSchema>;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused, not rolled over). */
const isRealDate = (value: string) => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};
const isoDate = () =>
  text()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Must be a date written YYYY-MM-DD.')
    .refine(isRealDate, 'Must be a real date written YYYY-MM-DD.');
const int = () => z.number().int();
const pct = () => z.number().int().nullable();

export const ReportQuery = z.object({ from: isoDate().optional(), to: isoDate().optional() });
export type ReportQuery = z.infer<typeof ReportQuery>;

export const ReportPeriod = z.object({
  from: text(),
  to: text(),
  label: text(),
  term: z.enum(['autumn', 'spring', 'summer']).nullable(),
});
export type ReportPeriod = z.infer<typeof ReportPeriod>;

const coverage = { inScope: int(), done: int(), percent: pct(), rag: RagSchema, how: text() };

export const ReportFigures = z.object({
  responseTimes: z.object({
    deadlineHours: int(),
    due: int(),
    answeredOnTime: int(),
    answeredLate: int(),
    stillOverdue: int(),
    closedWithoutReply: int(),
    onTimePercent: pct(),
    byMonth: z.array(
      z.object({ month: text(), due: int(), answeredOnTime: int(), answeredLate: int(), stillOverdue: int() }),
    ),
    rag: RagSchema,
    how: text(),
  }),
  comments: z.object({
    received: int(),
    byCategory: z.array(z.object({ category: text(), count: int() })),
    onArrival: z.object({ hidden: int(), queued: int(), left: int() }),
    byAction: z.array(z.object({ action: text(), count: int() })),
    how: text(),
  }),
  repeatOffenders: z.object({
    steps: z.array(z.object({ step: text(), count: int() })),
    authors: int(),
    how: text(),
  }),
  concerns: z.object({
    raised: int(),
    byType: z.array(z.object({ type: text(), count: int() })),
    byUrgency: z.array(z.object({ urgency: text(), count: int() })),
    byOutcome: z.array(z.object({ outcome: text(), count: int() })),
    how: text(),
  }),
  acceptance: z.object({ ...coverage, versionNumber: int().nullable() }),
  training: z.object({ ...coverage, expiringWithin60Days: int() }),
  accounts: z.object({
    accounts: int(),
    withoutEnoughRunners: int(),
    minRunners: int(),
    rag: RagSchema,
    how: text(),
  }),
  consent: z.object({
    pupils: int(),
    uses: z.array(
      z.object({ use: text(), granted: int(), refused: int(), notRecorded: int(), recordedPercent: pct() }),
    ),
    how: text(),
  }),
  policy: z.object({
    approvedInPeriod: int(),
    publishedInPeriod: int(),
    inForce: z.object({ number: int(), approvedOn: text().nullable(), reviewDue: text().nullable() }).nullable(),
    reviewOverdue: z.boolean(),
    rag: RagSchema,
    how: text(),
  }),
  postsPublished: z.object({
    posts: int(),
    publications: int(),
    byPlatform: z.array(z.object({ platform: text(), count: int() })),
    how: text(),
  }),
  postChecks: z.object({
    stopped: int(),
    byCheck: z.array(z.object({ check: text(), count: int() })),
    how: text(),
  }),
});
export type ReportFigures = z.infer<typeof ReportFigures>;

export const RagSummary = z.object({
  overall: RagSchema,
  responseTimes: RagSchema,
  acceptance: RagSchema,
  training: RagSchema,
  accounts: RagSchema,
  policy: RagSchema,
});
export type RagSummary = z.infer<typeof RagSummary>;

const reportCommon = {
  period: ReportPeriod,
  /** The terms the period picker offers, newest first. */
  periods: z.array(ReportPeriod),
  generatedAt: text(),
  figures: ReportFigures,
  rag: RagSummary,
  /** Sentences on what the report cannot show yet, and why. */
  notIncluded: z.array(text()),
  periodHow: text(),
  ragHow: text(),
  /**
   * Set when the report opened on the current term rather than the last complete one, because nothing happened in
   * that term and something has in this one: says so in words. Null otherwise (and whenever dates were asked for).
   */
  periodNote: text().nullable(),
};

export const SchoolReportResponse = z.object({
  school: z.object({ id: z.uuid(), name: text() }),
  trustName: text(),
  ...reportCommon,
  /** Whether the school emails this report (PDF attached) to its governors after each term. */
  termlyEmail: z.boolean(),
});
export type SchoolReportResponse = z.infer<typeof SchoolReportResponse>;

export const TrustSchoolRow = z.object({
  schoolId: z.uuid(),
  name: text(),
  rag: RagSummary,
  onTimePercent: pct(),
  stillOverdue: int(),
  acceptancePercent: pct(),
  trainingPercent: pct(),
  accountsShort: int(),
  concernsRaised: int(),
  reviewDue: text().nullable(),
});
export type TrustSchoolRow = z.infer<typeof TrustSchoolRow>;

export const TrustReportResponse = z.object({
  trust: z.object({ id: z.uuid(), name: text() }),
  ...reportCommon,
  /** Every school, worst first. */
  schools: z.array(TrustSchoolRow),
});
export type TrustReportResponse = z.infer<typeof TrustReportResponse>;

// Dashboards by role: what needs this person now, each with a link.
export const DashboardEntry = z.object({ label: text(), detail: text().nullable(), link: text() });
export const DashboardItem = z.object({
  key: text(),
  title: text(),
  /** How many; null when the item is a single thing to do. */
  count: int().nullable(),
  tone: z.enum(['urgent', 'due', 'info']),
  link: text(),
  linkText: text(),
  /** Up to ten of them, each with its own link (the head's overdue comments, staff who have not signed). */
  entries: z.array(DashboardEntry),
});
export type DashboardItem = z.infer<typeof DashboardItem>;
export const DashboardResponse = z.object({
  role: text(),
  items: z.array(DashboardItem),
  /** The trust team: every school in one table, worst first, for the current term so far. */
  trust: z.object({ period: ReportPeriod, schools: z.array(TrustSchoolRow) }).nullable(),
  /** What the dashboard cannot show yet. */
  notIncluded: z.array(text()),
});
export type DashboardResponse = z.infer<typeof DashboardResponse>;

export const ReportSettingsRequest = z.object({ termlyEmail: z.boolean() });
export type ReportSettingsRequest = z.infer<typeof ReportSettingsRequest>;
export const ReportSettingsResponse = ReportSettingsRequest;
export type ReportSettingsResponse = z.infer<typeof ReportSettingsResponse>;

export const REPORTS_API = {
  school: '/api/reports/school',
  schoolPdf: '/api/reports/school.pdf',
  schoolCsv: '/api/reports/school.csv',
  trust: '/api/reports/trust',
  trustPdf: '/api/reports/trust.pdf',
  trustCsv: '/api/reports/trust.csv',
  dashboard: '/api/dashboard',
  settings: '/api/reports/settings',
} as const;
