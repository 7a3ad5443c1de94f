// One school's report (every figure of report-figures.ts), how it reads in red, amber and green, the whole trust's
// figures added up from its schools', and the trust's table of schools, worst first.
import {
  percent,
  ragOfPercent,
  worstRag,
  type AccountsFigure,
  type CommentsFigure,
  type ConcernsFigure,
  type ConsentFigure,
  type CoverageFigure,
  type PolicyFigure,
  type PostChecksFigure,
  type PostsPublishedFigure,
  type Rag,
  type RepeatOffenderFigure,
  type ResponseTimesFigure,
} from './report-figures.ts';

export interface ReportFigures {
  responseTimes: ResponseTimesFigure;
  comments: CommentsFigure;
  repeatOffenders: RepeatOffenderFigure;
  concerns: ConcernsFigure;
  acceptance: CoverageFigure & { versionNumber: number | null };
  training: CoverageFigure & { expiringWithin60Days: number };
  accounts: AccountsFigure;
  consent: ConsentFigure;
  policy: PolicyFigure;
  postsPublished: PostsPublishedFigure;
  postChecks: PostChecksFigure;
}

/** Whether anything happened on the accounts in the period: a comment received, a concern raised or a post sent. */
export function hadActivity(figures: ReportFigures): boolean {
  return figures.comments.received + figures.concerns.raised + figures.postsPublished.posts > 0;
}

/** What the report does not hold yet, said in the report rather than left out silently (nothing, since posts landed). */
export const NOT_YET_REPORTED: string[] = [];

export interface RagSummary {
  overall: Rag;
  responseTimes: Rag;
  acceptance: Rag;
  training: Rag;
  accounts: Rag;
  policy: Rag;
}
export function ragOf(figures: ReportFigures): RagSummary {
  const parts = {
    responseTimes: figures.responseTimes.rag,
    acceptance: figures.acceptance.rag,
    training: figures.training.rag,
    accounts: figures.accounts.rag,
    policy: figures.policy.rag,
  };
  return { overall: worstRag(Object.values(parts)), ...parts };
}

const RAG_WEIGHT: Record<Rag, number> = { red: 2, amber: 1, green: 0 };
/** Worst first: most reds, then most ambers, then the lowest on-time rate, then by name. */
export function rankWorstFirst<T extends { name: string; rag: RagSummary; onTimePercent: number | null }>(
  rows: readonly T[],
): T[] {
  const score = (rag: RagSummary) => {
    const parts = [rag.responseTimes, rag.acceptance, rag.training, rag.accounts, rag.policy];
    return [parts.filter((r) => r === 'red').length, parts.filter((r) => r === 'amber').length];
  };
  return [...rows].sort((a, b) => {
    const [ar, aa] = score(a.rag);
    const [br, ba] = score(b.rag);
    return (
      RAG_WEIGHT[b.rag.overall] - RAG_WEIGHT[a.rag.overall] ||
      br! - ar! ||
      ba! - aa! ||
      (a.onTimePercent ?? 101) - (b.onTimePercent ?? 101) ||
      a.name.localeCompare(b.name)
    );
  });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
function sumKeyed<K extends string, R extends Record<K, string> & { count: number }>(
  key: K,
  lists: ReadonlyArray<readonly R[]>,
): Array<Record<K, string> & { count: number }> {
  const totals = new Map<string, number>();
  for (const list of lists) for (const row of list) totals.set(row[key], (totals.get(row[key]) ?? 0) + row.count);
  return [...totals].map(([k, count]) => ({ [key]: k, count }) as Record<K, string> & { count: number });
}

/** The trust's figures: every school's counts added up, percentages worked out again from the sums. */
export function combineFigures(list: readonly ReportFigures[]): ReportFigures {
  const pick = <K extends keyof ReportFigures>(k: K) => list.map((f) => f[k]);
  const rt = pick('responseTimes');
  const months = new Map<string, ResponseTimesFigure['byMonth'][number]>();
  for (const m of rt.flatMap((r) => r.byMonth)) {
    const held = months.get(m.month) ?? { month: m.month, due: 0, answeredOnTime: 0, answeredLate: 0, stillOverdue: 0 };
    months.set(m.month, {
      month: m.month,
      due: held.due + m.due,
      answeredOnTime: held.answeredOnTime + m.answeredOnTime,
      answeredLate: held.answeredLate + m.answeredLate,
      stillOverdue: held.stillOverdue + m.stillOverdue,
    });
  }
  const due = sum(rt.map((r) => r.due));
  const onTime = sum(rt.map((r) => r.answeredOnTime));
  const overdue = sum(rt.map((r) => r.stillOverdue));
  const onTimePercent = percent(onTime, due);
  const coverage = <F extends CoverageFigure>(figures: readonly F[]) => {
    const inScope = sum(figures.map((f) => f.inScope));
    const done = sum(figures.map((f) => f.done));
    const value = percent(done, inScope);
    return { inScope, done, percent: value, rag: ragOfPercent(value) };
  };
  const acceptance = pick('acceptance');
  const training = pick('training');
  const accounts = pick('accounts');
  const consent = pick('consent');
  const policies = pick('policy');
  const pupils = sum(consent.map((c) => c.pupils));
  const first = list[0];
  return {
    responseTimes: {
      deadlineHours: first?.responseTimes.deadlineHours ?? 0,
      due,
      answeredOnTime: onTime,
      answeredLate: sum(rt.map((r) => r.answeredLate)),
      stillOverdue: overdue,
      closedWithoutReply: sum(rt.map((r) => r.closedWithoutReply)),
      onTimePercent,
      byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
      rag: overdue > 0 ? 'red' : ragOfPercent(onTimePercent),
      how: "Every school's comments that needed an answer and fell due in the period, each against its own school's deadline, added together.",
    },
    comments: {
      received: sum(pick('comments').map((c) => c.received)),
      byCategory: sumKeyed(
        'category',
        pick('comments').map((c) => c.byCategory),
      ),
      onArrival: {
        hidden: sum(pick('comments').map((c) => c.onArrival.hidden)),
        queued: sum(pick('comments').map((c) => c.onArrival.queued)),
        left: sum(pick('comments').map((c) => c.onArrival.left)),
      },
      byAction: sumKeyed(
        'action',
        pick('comments').map((c) => c.byAction),
      ),
      how: first?.comments.how ?? '',
    },
    repeatOffenders: {
      steps: sumKeyed(
        'step',
        pick('repeatOffenders').map((r) => r.steps),
      ) as RepeatOffenderFigure['steps'],
      authors: sum(pick('repeatOffenders').map((r) => r.authors)),
      how: 'Ladder steps recorded in the period at every school, and how many different commenters they were taken against (a commenter is counted once per school).',
    },
    concerns: {
      raised: sum(pick('concerns').map((c) => c.raised)),
      byType: sumKeyed(
        'type',
        pick('concerns').map((c) => c.byType),
      ),
      byUrgency: sumKeyed(
        'urgency',
        pick('concerns').map((c) => c.byUrgency),
      ),
      byOutcome: sumKeyed(
        'outcome',
        pick('concerns').map((c) => c.byOutcome),
      ),
      how: first?.concerns.how ?? '',
    },
    acceptance: {
      ...coverage(acceptance),
      versionNumber: null,
      how: "Current staff each school's policy in force asks to sign, and how many had signed it by the end of the period.",
    },
    training: {
      ...coverage(training),
      expiringWithin60Days: sum(training.map((t) => t.expiringWithin60Days)),
      how: first?.training.how ?? '',
    },
    accounts: {
      accounts: sum(accounts.map((a) => a.accounts)),
      withoutEnoughRunners: sum(accounts.map((a) => a.withoutEnoughRunners)),
      minRunners: Math.min(...accounts.map((a) => a.minRunners), 2),
      rag: worstRag(accounts.map((a) => a.rag)),
      how: "Official accounts on every school's register today, and how many have fewer runners than their school's policy asks for.",
    },
    consent: {
      pupils,
      uses: (first?.consent.uses ?? []).map((u) => {
        const rows = consent.map((c) => c.uses.find((x) => x.use === u.use)!);
        const granted = sum(rows.map((r) => r.granted));
        const refused = sum(rows.map((r) => r.refused));
        return {
          use: u.use,
          granted,
          refused,
          notRecorded: sum(rows.map((r) => r.notRecorded)),
          recordedPercent: percent(granted + refused, pupils),
        };
      }),
      how: first?.consent.how ?? '',
    },
    policy: {
      approvedInPeriod: sum(policies.map((p) => p.approvedInPeriod)),
      publishedInPeriod: sum(policies.map((p) => p.publishedInPeriod)),
      inForce: null,
      reviewOverdue: policies.some((p) => p.reviewOverdue),
      rag: worstRag(policies.map((p) => p.rag)),
      how: 'Versions approved and put into force at every school in the period; the review is overdue for the trust when it is for any school.',
    },
    postsPublished: {
      posts: sum(pick('postsPublished').map((p) => p.posts)),
      publications: sum(pick('postsPublished').map((p) => p.publications)),
      byPlatform: sumKeyed(
        'platform',
        pick('postsPublished').map((p) => p.byPlatform),
      ),
      how: "Every school's posts that went out on its official accounts in the period, by platform, added together.",
    },
    postChecks: {
      stopped: sum(pick('postChecks').map((p) => p.stopped)),
      byCheck: sumKeyed(
        'check',
        pick('postChecks').map((p) => p.byCheck),
      ),
      how: "Every school's posts whose checks refused their approval or stopped them before they went out in the period, and by check, added together.",
    },
  };
}
