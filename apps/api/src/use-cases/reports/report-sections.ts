// A report as titled sections of (figure, value) rows with the sentence saying how they were counted: one layout
// for the PDF's tables and the CSV's lines, so the two always hold the same figures in the same words.
import { longDate, RAG_LABELS, reportLabel } from '@schoolgate/domain';
import type { SchoolReportResponse, TrustReportResponse } from '@schoolgate/contracts';

export interface ReportSection {
  title: string;
  how: string;
  /** Column headings of the table; the first names the row. */
  columns: string[];
  rows: Array<Array<string | number>>;
}

const pct = (value: number | null) => (value === null ? 'nothing to count' : `${value}%`);
const rag = (value: 'green' | 'amber' | 'red') => RAG_LABELS[value];

export function reportSections(report: SchoolReportResponse | TrustReportResponse): ReportSection[] {
  const f = report.figures;
  const sections: ReportSection[] = [];
  const trust = 'schools' in report;
  if (trust) {
    sections.push({
      title: 'Schools, worst first',
      how: report.ragHow,
      columns: [
        'School',
        'Overall',
        'Replies on time',
        'Overdue now',
        'Signed',
        'Trained',
        'Accounts short of runners',
      ],
      rows: report.schools.map((s) => [
        s.name,
        rag(s.rag.overall),
        pct(s.onTimePercent),
        s.stillOverdue,
        pct(s.acceptancePercent),
        pct(s.trainingPercent),
        s.accountsShort,
      ]),
    });
  }
  sections.push(
    {
      title: 'Response times',
      how: f.responseTimes.how,
      columns: ['Figure', 'Value'],
      rows: [
        ['Deadline under the policy (hours)', f.responseTimes.deadlineHours],
        ['Replies due', f.responseTimes.due],
        ['Answered on time', f.responseTimes.answeredOnTime],
        ['Answered late', f.responseTimes.answeredLate],
        ['Still not answered', f.responseTimes.stillOverdue],
        ['No longer needed a reply (hidden or removed first)', f.responseTimes.closedWithoutReply],
        ['On time', pct(f.responseTimes.onTimePercent)],
        ['Against the target', rag(f.responseTimes.rag)],
      ],
    },
    {
      title: 'Response times by month',
      how: 'The same replies, by the month their deadline fell in.',
      columns: ['Month', 'Due', 'On time', 'Late', 'Not answered'],
      rows: f.responseTimes.byMonth.map((m) => [
        longDate(`${m.month}-01`).replace(/^1 /, ''),
        m.due,
        m.answeredOnTime,
        m.answeredLate,
        m.stillOverdue,
      ]),
    },
    {
      title: 'Comments by category',
      how: f.comments.how,
      columns: ['Category', 'Comments'],
      rows: [
        ...f.comments.byCategory.map((c) => [reportLabel.category(c.category), c.count]),
        ['All comments received', f.comments.received],
      ],
    },
    {
      title: 'What happened to comments',
      how: 'On arrival: what the policy did by itself. Then every step taken on a comment in the period.',
      columns: ['Action', 'Count'],
      rows: [
        ['Hidden on arrival', f.comments.onArrival.hidden],
        ['Queued for a moderator on arrival', f.comments.onArrival.queued],
        ['Left up on arrival', f.comments.onArrival.left],
        ...f.comments.byAction.map((a) => [`Step taken: ${reportLabel.action(a.action).toLowerCase()}`, a.count]),
      ],
    },
    {
      title: 'Repeat offenders',
      how: f.repeatOffenders.how,
      columns: ['Step of the ladder', 'Times taken'],
      rows: [
        ...f.repeatOffenders.steps.map((s) => [reportLabel.step(s.step), s.count]),
        ['Different commenters', f.repeatOffenders.authors],
      ],
    },
    {
      title: 'Concerns (counts only)',
      how: f.concerns.how,
      columns: ['Concerns', 'Count'],
      rows: [
        ['Raised in the period', f.concerns.raised],
        ...f.concerns.byUrgency.map((u) => [`Urgency: ${reportLabel.urgency(u.urgency)}`, u.count]),
        ...f.concerns.byType.map((t) => [`Type: ${reportLabel.concernType(t.type)}`, t.count]),
        ...f.concerns.byOutcome.map((o) => [`Now: ${reportLabel.outcome(o.outcome)}`, o.count]),
      ],
    },
    {
      title: 'Statement of Acceptance',
      how: f.acceptance.how,
      columns: ['Figure', 'Value'],
      rows: [
        ...(f.acceptance.versionNumber !== null ? [['Policy version', f.acceptance.versionNumber]] : []),
        ['Staff asked to sign', f.acceptance.inScope],
        ['Signed', f.acceptance.done],
        ['Coverage', pct(f.acceptance.percent)],
        ['Against the target', rag(f.acceptance.rag)],
      ],
    },
    {
      title: 'Training',
      how: f.training.how,
      columns: ['Figure', 'Value'],
      rows: [
        ['Staff asked to be trained', f.training.inScope],
        ['Trained and in date', f.training.done],
        ['Coverage', pct(f.training.percent)],
        ['Lapsing within 60 days', f.training.expiringWithin60Days],
        ['Against the target', rag(f.training.rag)],
      ],
    },
    {
      title: 'Official accounts',
      how: f.accounts.how,
      columns: ['Figure', 'Value'],
      rows: [
        ['Accounts on the register', f.accounts.accounts],
        [`Accounts with fewer than ${f.accounts.minRunners} runners`, f.accounts.withoutEnoughRunners],
        ['Against the target', rag(f.accounts.rag)],
      ],
    },
    {
      title: 'Consent',
      how: f.consent.how,
      columns: ['Use', 'Granted', 'Refused or withdrawn', 'Nothing to rely on', 'Decision recorded'],
      rows: f.consent.uses.map((u) => [
        reportLabel.consentUse(u.use),
        u.granted,
        u.refused,
        u.notRecorded,
        pct(u.recordedPercent),
      ]),
    },
    {
      title: 'Policy versions and reviews',
      how: f.policy.how,
      columns: ['Figure', 'Value'],
      rows: [
        ['Versions approved by governors in the period', f.policy.approvedInPeriod],
        ['Versions put into force in the period', f.policy.publishedInPeriod],
        ...(f.policy.inForce
          ? [
              ['Version in force', f.policy.inForce.number],
              ['Review due', f.policy.inForce.reviewDue ? longDate(f.policy.inForce.reviewDue) : 'not set'],
            ]
          : trust
            ? []
            : [['Version in force', 'none']]),
        ['Review overdue', f.policy.reviewOverdue ? 'yes' : 'no'],
        ['Against the target', rag(f.policy.rag)],
      ],
    },
    {
      title: 'Posts published',
      how: f.postsPublished.how,
      columns: ['Platform', 'Posts'],
      rows: [
        ...f.postsPublished.byPlatform.map((p) => [reportLabel.platform(p.platform), p.count]),
        ['All publications', f.postsPublished.publications],
        ['Different posts', f.postsPublished.posts],
      ],
    },
    {
      title: 'Checks that stopped a post',
      how: f.postChecks.how,
      columns: ['Check', 'Posts stopped'],
      rows: [
        ...f.postChecks.byCheck.map((c) => [reportLabel.check(c.check), c.count]),
        ['Posts stopped by their checks', f.postChecks.stopped],
      ],
    },
  );
  return sections;
}

export const reportTitle = (report: SchoolReportResponse | TrustReportResponse) =>
  'schools' in report
    ? `${report.trust.name}: governors' report for the trust`
    : `${report.school.name}: governors' report`;

export const periodLine = (report: SchoolReportResponse | TrustReportResponse) =>
  `${report.period.label} (${longDate(report.period.from)} to ${longDate(report.period.to)})`;
