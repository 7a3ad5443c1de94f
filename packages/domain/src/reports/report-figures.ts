// The governors' report's figures (PRODUCT C7), each worked out from plain rows handed in by the caller and each with
// a sentence saying how it was counted, printed beside it on screen, in the PDF and in the CSV. Nothing here names a
// person: the rows carry dates, states and categories, and every figure is a count or a percentage.
import { addDays, londonDateOf, type IsoDate } from '../calendar/london-time.ts';
import { CONCERN_OUTCOMES, CONCERN_TYPES, CONCERN_URGENCIES } from '../concerns/concern-kinds.ts';
import { CONSENT_USES, type ConsentUse } from '../consent/consent-vocabulary.ts';
import { latestByUse, useStateOf, type ConsentRecordLike } from '../consent/consent-state.ts';
import { COMMENT_CATEGORIES, LADDER_STEPS, PLATFORMS, type LadderStep } from '../policy/policy-vocabulary.ts';
import { PUBLICATION_CHECKS } from '../posts/post-vocabulary.ts';

export const RAG = ['green', 'amber', 'red'] as const;
export type Rag = (typeof RAG)[number];

/** Rounded down, so one short of everyone never reads "100%". */
export const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.floor((part * 100) / whole);

/**
 * The policy asks for every comment to be answered within its deadline and every member of staff in scope to have
 * signed and be trained: so 100% is green, 90% or more amber, less red. Nothing to measure is green.
 */
export function ragOfPercent(value: number | null): Rag {
  if (value === null || value >= 100) return 'green';
  return value >= 90 ? 'amber' : 'red';
}
export const worstRag = (values: readonly Rag[]): Rag =>
  values.includes('red') ? 'red' : values.includes('amber') ? 'amber' : 'green';

export const RAG_HOW =
  'Green, amber and red are measured against the policy: every reply on time, everyone in scope signed and trained, every account with its runners and the policy reviewed by its date. 100% is green, 90% or more amber, below that red; any overdue comment, account short of runners or review past its date is red.';

// ---------------------------------------------------------------------------------------------------------------
// Response times

export interface DueCommentRow {
  dueAt: Date;
  respondedAt: Date | null;
  /** visible, hidden, deleted, removed_by_author */
  platformState: string;
}

export interface ResponseTimesFigure {
  deadlineHours: number;
  due: number;
  answeredOnTime: number;
  answeredLate: number;
  stillOverdue: number;
  closedWithoutReply: number;
  onTimePercent: number | null;
  byMonth: Array<{ month: string; due: number; answeredOnTime: number; answeredLate: number; stillOverdue: number }>;
  rag: Rag;
  how: string;
}

/** Rows: comments that needed an answer whose deadline fell in the period (and had passed by `now`). */
export function responseTimes(rows: readonly DueCommentRow[], deadlineHours: number, now: Date): ResponseTimesFigure {
  const byMonth = new Map<string, ResponseTimesFigure['byMonth'][number]>();
  const totals = { due: 0, answeredOnTime: 0, answeredLate: 0, stillOverdue: 0, closedWithoutReply: 0 };
  for (const row of [...rows].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())) {
    if (row.dueAt > now) continue;
    if (!row.respondedAt && row.platformState !== 'visible') {
      totals.closedWithoutReply += 1;
      continue;
    }
    const month = londonDateOf(row.dueAt).slice(0, 7);
    const bucket = byMonth.get(month) ?? { month, due: 0, answeredOnTime: 0, answeredLate: 0, stillOverdue: 0 };
    byMonth.set(month, bucket);
    const kind = !row.respondedAt ? 'stillOverdue' : row.respondedAt <= row.dueAt ? 'answeredOnTime' : 'answeredLate';
    bucket.due += 1;
    bucket[kind] += 1;
    totals.due += 1;
    totals[kind] += 1;
  }
  const onTimePercent = percent(totals.answeredOnTime, totals.due);
  return {
    deadlineHours,
    ...totals,
    onTimePercent,
    byMonth: [...byMonth.values()],
    rag: totals.stillOverdue > 0 ? 'red' : ragOfPercent(onTimePercent),
    how: `Comments that needed an answer and whose deadline (${deadlineHours} hours under the policy, counted as the policy says) fell in the period. On time: answered by the deadline. A comment hidden, deleted or removed before anyone answered no longer needed a reply and is counted apart.`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Comments by category and by action

/**
 * Comments received in a period, counted in the database (issue 16: a trust's term is tens of thousands of comments,
 * too many to carry into the process for every dashboard view): how many had `category` as the label the classifier
 * scored highest among `COMMENT_CATEGORIES` (null: none of them), and what the policy decided on arrival.
 */
export interface ReceivedCommentTally {
  category: string | null;
  /** What the policy decided on arrival: hide, queue, leave. */
  decision: string;
  count: number;
}
/** Steps taken on comments in a period, counted by action. */
export interface CommentActionTally {
  action: string;
  count: number;
}

export interface CommentsFigure {
  received: number;
  byCategory: Array<{ category: string; count: number }>;
  onArrival: { hidden: number; queued: number; left: number };
  byAction: Array<{ action: string; count: number }>;
  how: string;
}

const COMMENT_ACTIONS_ORDER = ['hide', 'unhide', 'delete', 'reply', 'approve', 'mark_responded', 'press_approved'];

export function commentFigures(received: readonly ReceivedCommentTally[], actions: readonly CommentActionTally[]) {
  const byCategory = new Map<string, number>([...COMMENT_CATEGORIES, 'none'].map((c) => [c, 0]));
  const onArrival = { hidden: 0, queued: 0, left: 0 };
  let total = 0;
  for (const row of received) {
    total += row.count;
    const key = row.category !== null && byCategory.has(row.category) ? row.category : 'none';
    byCategory.set(key, (byCategory.get(key) ?? 0) + row.count);
    if (row.decision === 'hide') onArrival.hidden += row.count;
    else if (row.decision === 'queue') onArrival.queued += row.count;
    else onArrival.left += row.count;
  }
  const byAction = new Map<string, number>();
  for (const row of actions) byAction.set(row.action, (byAction.get(row.action) ?? 0) + row.count);
  const order = (a: string) => (COMMENT_ACTIONS_ORDER.indexOf(a) + 100) % 100;
  return {
    received: total,
    byCategory: [...byCategory].map(([category, count]) => ({ category, count })),
    onArrival,
    byAction: [...byAction]
      .map(([action, count]) => ({ action, count }))
      .sort((a, b) => order(a.action) - order(b.action) || a.action.localeCompare(b.action)),
    how: 'Comments that arrived in the period, each counted once under the category the classifier scored highest ("none" when it found nothing), and what the policy did with them on arrival. Actions: every step taken on a comment in the period, by people or by Schoolgate on arrival.',
  } satisfies CommentsFigure;
}

// ---------------------------------------------------------------------------------------------------------------
// Repeat offenders

export interface LadderStepRow {
  step: string;
  authorId: string;
}
export interface RepeatOffenderFigure {
  steps: Array<{ step: LadderStep; count: number }>;
  authors: number;
  how: string;
}
export function repeatOffenderFigures(rows: readonly LadderStepRow[], ladder: readonly LadderStep[]) {
  const steps = new Map<LadderStep, number>(ladder.map((s) => [s, 0]));
  const authors = new Set<string>();
  for (const row of rows) {
    if (!(LADDER_STEPS as readonly string[]).includes(row.step)) continue;
    const step = row.step as LadderStep;
    steps.set(step, (steps.get(step) ?? 0) + 1);
    authors.add(row.authorId);
  }
  return {
    steps: [...steps].map(([step, count]) => ({ step, count })),
    authors: authors.size,
    how: "Steps of the policy's ladder for repeat offenders recorded in the period (in the policy's order), and how many different commenters they were taken against.",
  } satisfies RepeatOffenderFigure;
}

// ---------------------------------------------------------------------------------------------------------------
// Concerns: counts only, never details

export interface ConcernRow {
  type: string;
  urgency: string;
  status: string;
  outcome: string | null;
}
export interface ConcernsFigure {
  raised: number;
  byType: Array<{ type: string; count: number }>;
  byUrgency: Array<{ urgency: string; count: number }>;
  byOutcome: Array<{ outcome: string; count: number }>;
  how: string;
}
const countBy = <K extends string>(keys: readonly K[], values: readonly string[]) => {
  const counts = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts];
};
export function concernFigures(rows: readonly ConcernRow[]) {
  return {
    raised: rows.length,
    byType: countBy(
      CONCERN_TYPES,
      rows.map((r) => r.type),
    ).map(([type, count]) => ({ type, count })),
    byUrgency: countBy(
      CONCERN_URGENCIES,
      rows.map((r) => r.urgency),
    ).map(([urgency, count]) => ({ urgency, count })),
    byOutcome: countBy(
      ['open', ...CONCERN_OUTCOMES],
      rows.map((r) => (r.status === 'closed' ? (r.outcome ?? 'no_further_action') : 'open')),
    ).map(([outcome, count]) => ({ outcome, count })),
    how: 'Concerns raised in the period, by type and urgency, and how they stand now: still open, or the outcome they were closed with. Counts only: nothing about who raised a concern or whom it names.',
  } satisfies ConcernsFigure;
}

// ---------------------------------------------------------------------------------------------------------------
// Acceptance and training

export interface CoverageFigure {
  inScope: number;
  done: number;
  percent: number | null;
  rag: Rag;
  how: string;
}
export function acceptanceCoverage(
  signedAt: ReadonlyArray<Date | null>,
  asAt: Date,
  versionNumber: number | null,
): CoverageFigure & { versionNumber: number | null } {
  const done = signedAt.filter((d) => d !== null && d <= asAt).length;
  const value = percent(done, signedAt.length);
  return {
    versionNumber,
    inScope: signedAt.length,
    done,
    percent: value,
    rag: ragOfPercent(value),
    how: 'Current staff the policy in force at the end of the period asks to sign its Statement of Acceptance, and how many had signed that version by then.',
  };
}

export interface TrainingPersonRow {
  inScope: boolean;
  records: ReadonlyArray<{ completedOn: IsoDate; expiresOn: IsoDate | null }>;
}
export function trainingCoverage(
  people: readonly TrainingPersonRow[],
  asAt: IsoDate,
): CoverageFigure & { expiringWithin60Days: number } {
  const inScope = people.filter((p) => p.inScope);
  const soon = addDays(asAt, 60);
  let done = 0;
  let expiring = 0;
  for (const person of inScope) {
    const valid = person.records.filter((r) => r.completedOn <= asAt && (r.expiresOn === null || r.expiresOn >= asAt));
    if (valid.length === 0) continue;
    done += 1;
    if (valid.every((r) => r.expiresOn !== null && r.expiresOn <= soon)) expiring += 1;
  }
  const value = percent(done, inScope.length);
  return {
    inScope: inScope.length,
    done,
    percent: value,
    expiringWithin60Days: expiring,
    rag: ragOfPercent(value),
    how: 'Current staff the policy asks to be trained, and how many held training in date on the last day of the period; of those, how many lapse within 60 days after it unless renewed.',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Accounts without two runners

export interface AccountsFigure {
  accounts: number;
  withoutEnoughRunners: number;
  minRunners: number;
  rag: Rag;
  how: string;
}
export function accountFigures(activeRunnersPerAccount: readonly number[], minRunners: number): AccountsFigure {
  const short = activeRunnersPerAccount.filter((n) => n < minRunners).length;
  return {
    accounts: activeRunnersPerAccount.length,
    withoutEnoughRunners: short,
    minRunners,
    rag: short > 0 ? 'red' : 'green',
    how: `Official accounts on the register today, and how many have fewer than ${minRunners} current members of staff running them (the policy asks for at least ${minRunners}). Runners are as they stand today: the register keeps no history of them.`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Consent coverage

export interface ConsentFigure {
  pupils: number;
  uses: Array<{
    use: ConsentUse;
    granted: number;
    refused: number;
    notRecorded: number;
    recordedPercent: number | null;
  }>;
  how: string;
}
export function consentCoverage(pupils: ReadonlyArray<readonly ConsentRecordLike[]>, asAt: Date): ConsentFigure {
  const today = londonDateOf(asAt);
  const uses = CONSENT_USES.map((use) => ({ use, granted: 0, refused: 0, notRecorded: 0 }));
  for (const history of pupils) {
    const latest = latestByUse(history.filter((r) => r.recordedAt <= asAt));
    for (const row of uses) {
      const status = useStateOf(latest[row.use], today).status;
      if (status === 'granted') row.granted += 1;
      else if (status === 'refused' || status === 'withdrawn') row.refused += 1;
      else row.notRecorded += 1;
    }
  }
  return {
    pupils: pupils.length,
    uses: uses.map((u) => ({ ...u, recordedPercent: percent(u.granted + u.refused, pupils.length) })),
    how: "Current pupils, and for each use the decision their parents' latest record gave on the last day of the period: granted (and not expired), refused or withdrawn, or nothing to rely on (none recorded, or expired).",
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Policy versions and reviews

export interface PolicyVersionRow {
  number: number;
  status: string;
  approvedOn: IsoDate | null;
  publishedAt: Date | null;
  reviewDue: IsoDate | null;
}
export interface PolicyFigure {
  approvedInPeriod: number;
  publishedInPeriod: number;
  inForce: { number: number; approvedOn: IsoDate | null; reviewDue: IsoDate | null } | null;
  reviewOverdue: boolean;
  rag: Rag;
  how: string;
}
export function policyFigures(rows: readonly PolicyVersionRow[], from: IsoDate, to: IsoDate): PolicyFigure {
  const inPeriod = (date: IsoDate | null) => date !== null && date >= from && date <= to;
  const published = rows
    .filter((r) => r.publishedAt !== null && londonDateOf(r.publishedAt) <= to)
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime());
  const current = published[0] ?? null;
  const reviewOverdue = current?.reviewDue ? current.reviewDue < to : false;
  return {
    approvedInPeriod: rows.filter((r) => inPeriod(r.approvedOn)).length,
    publishedInPeriod: rows.filter((r) => r.publishedAt && inPeriod(londonDateOf(r.publishedAt))).length,
    inForce: current ? { number: current.number, approvedOn: current.approvedOn, reviewDue: current.reviewDue } : null,
    reviewOverdue,
    rag:
      !current || reviewOverdue ? 'red' : current.reviewDue && current.reviewDue <= addDays(to, 30) ? 'amber' : 'green',
    how: 'Versions the governors approved and versions put into force in the period; the version in force on its last day and the date its review is due. Red when no version was in force or its review date had passed, amber when the review falls due within 30 days.',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Posts published, and the checks that stopped a post

export interface PublishedPostRow {
  postId: string;
  /** The platform of the account it went out on. */
  platform: string;
}
export interface PostsPublishedFigure {
  /** Different posts that went out in the period. */
  posts: number;
  /** Publications: a post sent to two accounts counts twice here. */
  publications: number;
  byPlatform: Array<{ platform: string; count: number }>;
  how: string;
}
/** Rows: one per account a post went out on in the period (taken down since or not). */
export function postsPublishedFigure(rows: readonly PublishedPostRow[]): PostsPublishedFigure {
  return {
    posts: new Set(rows.map((r) => r.postId)).size,
    publications: rows.length,
    byPlatform: countBy(
      PLATFORMS,
      rows.map((r) => r.platform),
    ).map(([platform, count]) => ({ platform, count })),
    how: 'Posts that went out on one of the school\'s official accounts in the period, by the platform of the account, counted once for each account they went out on; posts taken down since still count. "Different posts" counts a post sent to several accounts once.',
  };
}

export interface StoppedPostRow {
  postId: string;
  /** The checks that would not let it through (the audit entry of the refusal or the stop). */
  checks: readonly string[];
}
export interface PostChecksFigure {
  /** Different posts stopped at least once in the period. */
  stopped: number;
  byCheck: Array<{ check: string; count: number }>;
  how: string;
}
/** Rows: each time in the period a post's checks refused its approval or stopped it before it went out. */
export function postChecksFigure(rows: readonly StoppedPostRow[]): PostChecksFigure {
  const postsByCheck = new Map<string, Set<string>>(PUBLICATION_CHECKS.map((c) => [c, new Set()]));
  for (const row of rows) {
    for (const check of new Set(row.checks)) {
      const set = postsByCheck.get(check) ?? new Set<string>();
      set.add(row.postId);
      postsByCheck.set(check, set);
    }
  }
  return {
    stopped: new Set(rows.map((r) => r.postId)).size,
    byCheck: [...postsByCheck].map(([check, posts]) => ({ check, count: posts.size })),
    how: 'Posts whose checks refused their approval, or stopped them just before they went out, in the period, each counted once; and for each check, how many of those posts it stopped (a post stopped by two checks is counted under both). A post stopped and put right afterwards still counts.',
  };
}
