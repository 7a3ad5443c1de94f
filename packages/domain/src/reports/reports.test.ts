import { describe, expect, it } from 'vitest';
import {
  acceptanceCoverage,
  accountFigures,
  combineFigures,
  commentFigures,
  concernFigures,
  consentCoverage,
  defaultReportPeriod,
  periodBetween,
  periodInstants,
  policyFigures,
  postChecksFigure,
  postsPublishedFigure,
  reportLabel,
  ragOf,
  rankWorstFirst,
  recentTerms,
  repeatOffenderFigures,
  responseTimes,
  termContaining,
  termJustEnded,
  trainingCoverage,
  type ReportFigures,
} from './index.ts';

const EASTER_2027 = [{ from: '2027-03-29', to: '2027-04-09', label: 'Easter holiday' }];

describe('report periods: terms from the school calendar', () => {
  it.each([
    ['2026-12-07', [], 'Autumn term 2026/27', '2026-09-01', '2026-12-31'],
    ['2027-02-01', [], 'Spring term 2026/27', '2027-01-01', '2027-03-31'],
    ['2027-04-05', EASTER_2027, 'Spring term 2026/27', '2027-01-01', '2027-04-09'],
    ['2027-04-12', EASTER_2027, 'Summer term 2026/27', '2027-04-10', '2027-08-31'],
    ['2026-08-31', [], 'Summer term 2025/26', '2026-04-01', '2026-08-31'],
  ])('%s with %j is the %s', (date, closures, label, from, to) => {
    expect(termContaining(date, closures)).toEqual({ from, to, label, term: expect.any(String) });
  });

  it('offers the current term and the ones before it, and defaults to the last complete term', () => {
    const terms = recentTerms('2026-12-07', [], 4).map((t) => t.label);
    expect(terms).toEqual(['Autumn term 2026/27', 'Summer term 2025/26', 'Spring term 2025/26', 'Autumn term 2025/26']);
    expect(defaultReportPeriod('2026-12-07', []).label).toBe('Summer term 2025/26');
  });

  it('finds the term that ended in the last fortnight, for the termly email', () => {
    expect(termJustEnded('2027-01-01', [])?.label).toBe('Autumn term 2026/27');
    expect(termJustEnded('2027-01-14', [])?.label).toBe('Autumn term 2026/27');
    expect(termJustEnded('2027-01-16', [])).toBeNull();
    expect(termJustEnded('2026-12-07', [])).toBeNull();
  });

  it('names a term chosen by its dates, refuses a backwards or over-long period', () => {
    expect(periodBetween('2026-09-01', '2026-12-31', []).term).toBe('autumn');
    expect(periodBetween('2026-09-01', '2026-11-30', []).label).toBe('1 September 2026 to 30 November 2026');
    expect(() => periodBetween('2026-09-02', '2026-09-01', [])).toThrow(/ends before/);
    expect(() => periodBetween('2025-01-01', '2026-09-01', [])).toThrow(/at most a year/);
  });

  it('covers whole days on the London clock (BST in September)', () => {
    const { start, end } = periodInstants({ from: '2026-09-01', to: '2026-12-31' });
    expect(start.toISOString()).toBe('2026-08-31T23:00:00.000Z');
    expect(end.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

const at = (iso: string) => new Date(iso);

describe('response times against the deadline', () => {
  const now = at('2026-12-01T12:00:00Z');
  const rows = [
    { dueAt: at('2026-10-01T12:00:00Z'), respondedAt: at('2026-10-01T11:00:00Z'), platformState: 'visible' },
    { dueAt: at('2026-10-02T12:00:00Z'), respondedAt: at('2026-10-03T11:00:00Z'), platformState: 'visible' },
    { dueAt: at('2026-11-02T12:00:00Z'), respondedAt: null, platformState: 'visible' },
    { dueAt: at('2026-11-03T12:00:00Z'), respondedAt: null, platformState: 'hidden' },
    { dueAt: at('2026-12-03T12:00:00Z'), respondedAt: null, platformState: 'visible' },
  ];
  it('counts on time, late, still overdue, closed without reply; not yet due is left out', () => {
    const figure = responseTimes(rows, 48, now);
    expect(figure).toMatchObject({
      due: 3,
      answeredOnTime: 1,
      answeredLate: 1,
      stillOverdue: 1,
      closedWithoutReply: 1,
      onTimePercent: 33,
      rag: 'red',
    });
    expect(figure.byMonth.map((m) => [m.month, m.due])).toEqual([
      ['2026-10', 2],
      ['2026-11', 1],
    ]);
    expect(figure.how).toMatch(/48 hours/);
  });
  it('is green with nothing due', () => {
    expect(responseTimes([], 48, now)).toMatchObject({ onTimePercent: null, rag: 'green' });
  });
});

describe('comments, ladder steps, concerns', () => {
  it('adds up the counts by category and decision, with an unknown or missing category as none', () => {
    const figure = commentFigures(
      [
        { category: 'profanity', decision: 'hide', count: 1 },
        { category: null, decision: 'leave', count: 1 },
        { category: 'complaint', decision: 'queue', count: 1 },
        { category: 'made_up', decision: 'leave', count: 2 },
      ],
      [
        { action: 'reply', count: 1 },
        { action: 'hide', count: 2 },
      ],
    );
    const count = (c: string) => figure.byCategory.find((x) => x.category === c)?.count;
    expect([count('profanity'), count('abuse'), count('complaint'), count('none')]).toEqual([1, 0, 1, 3]);
    expect(figure.received).toBe(5);
    expect(figure.onArrival).toEqual({ hidden: 1, queued: 1, left: 3 });
    expect(figure.byAction).toEqual([
      { action: 'hide', count: 2 },
      { action: 'reply', count: 1 },
    ]);
  });
  it('counts ladder steps in the policy order, and commenters once', () => {
    const figure = repeatOffenderFigures(
      [
        { step: 'warn', authorId: 'a' },
        { step: 'block', authorId: 'a' },
        { step: 'warn', authorId: 'b' },
        { step: 'hide', authorId: 'c' },
      ],
      ['warn', 'block', 'police'],
    );
    expect(figure.steps).toEqual([
      { step: 'warn', count: 2 },
      { step: 'block', count: 1 },
      { step: 'police', count: 0 },
    ]);
    expect(figure.authors).toBe(2);
  });
  it('gives concerns as counts by type, urgency and how they stand', () => {
    const figure = concernFigures([
      { type: 'cyberbullying', urgency: 'urgent', status: 'open', outcome: null },
      { type: 'cyberbullying', urgency: 'routine', status: 'closed', outcome: 'referred' },
      { type: 'parent_post', urgency: 'routine', status: 'closed', outcome: 'handled_in_school' },
    ]);
    expect(figure.raised).toBe(3);
    expect(figure.byType.find((t) => t.type === 'cyberbullying')?.count).toBe(2);
    expect(figure.byUrgency).toEqual([
      { urgency: 'routine', count: 2 },
      { urgency: 'urgent', count: 1 },
    ]);
    expect(figure.byOutcome.filter((o) => o.count > 0)).toEqual([
      { outcome: 'open', count: 1 },
      { outcome: 'handled_in_school', count: 1 },
      { outcome: 'referred', count: 1 },
    ]);
    expect(Object.keys(figure)).toEqual(['raised', 'byType', 'byUrgency', 'byOutcome', 'how']);
  });
});

describe('coverage, accounts, consent, policy', () => {
  const end = at('2026-12-31T23:59:00Z');
  it('counts signatures made by the end of the period', () => {
    const figure = acceptanceCoverage([at('2026-10-01T00:00:00Z'), null, at('2027-01-05T00:00:00Z')], end, 2);
    expect(figure).toMatchObject({ inScope: 3, done: 1, percent: 33, rag: 'red', versionNumber: 2 });
  });
  it('counts training in date on the last day, and what lapses soon after', () => {
    const figure = trainingCoverage(
      [
        { inScope: true, records: [{ completedOn: '2025-01-01', expiresOn: '2027-01-31' }] },
        { inScope: true, records: [{ completedOn: '2025-01-01', expiresOn: '2028-01-01' }] },
        { inScope: true, records: [{ completedOn: '2023-01-01', expiresOn: '2024-01-01' }] },
        { inScope: false, records: [] },
      ],
      '2026-12-31',
    );
    expect(figure).toMatchObject({ inScope: 3, done: 2, percent: 66, expiringWithin60Days: 1, rag: 'red' });
  });
  it('flags accounts with fewer runners than the policy asks', () => {
    expect(accountFigures([2, 1, 3], 2)).toMatchObject({ accounts: 3, withoutEnoughRunners: 1, rag: 'red' });
  });
  it("reads each pupil's consent as it stood at the end of the period", () => {
    const rec = (use: string, decision: string, recordedAt: string, expiresOn: string | null = null) => ({
      use,
      decision,
      decidedOn: recordedAt.slice(0, 10),
      expiresOn,
      recordedAt: at(recordedAt),
    });
    const figure = consentCoverage(
      [
        [rec('social_media_photo', 'granted', '2026-09-05T10:00:00Z')],
        [rec('social_media_photo', 'granted', '2026-09-05T10:00:00Z', '2026-10-01')],
        [rec('social_media_photo', 'refused', '2027-02-01T10:00:00Z')],
      ],
      end,
    );
    expect(figure.uses[0]).toEqual({
      use: 'social_media_photo',
      granted: 1,
      refused: 0,
      notRecorded: 2,
      recordedPercent: 33,
    });
  });
  it('finds the version in force and whether its review was due', () => {
    const rows = [
      {
        number: 1,
        status: 'superseded',
        approvedOn: '2025-06-01',
        publishedAt: at('2025-06-02T09:00:00Z'),
        reviewDue: '2026-06-01',
      },
      {
        number: 2,
        status: 'published',
        approvedOn: '2026-10-10',
        publishedAt: at('2026-10-11T09:00:00Z'),
        reviewDue: '2027-10-10',
      },
    ];
    expect(policyFigures(rows, '2026-09-01', '2026-12-31')).toMatchObject({
      approvedInPeriod: 1,
      publishedInPeriod: 1,
      inForce: { number: 2 },
      reviewOverdue: false,
      rag: 'green',
    });
    expect(policyFigures(rows.slice(0, 1), '2026-09-01', '2026-12-31')).toMatchObject({
      reviewOverdue: true,
      rag: 'red',
    });
  });
});

describe('the trust: sums and worst first', () => {
  const figures = (onTime: number, due: number, signed: number): ReportFigures => ({
    responseTimes: {
      ...responseTimes([], 48, new Date()),
      due,
      answeredOnTime: onTime,
      onTimePercent: Math.floor((onTime * 100) / due),
    },
    comments: commentFigures([], []),
    repeatOffenders: repeatOffenderFigures([], ['warn']),
    concerns: concernFigures([]),
    acceptance: acceptanceCoverage([...Array(signed).fill(new Date(0)), null], new Date(), 1),
    training: trainingCoverage([], '2026-12-31'),
    accounts: accountFigures([2], 2),
    consent: consentCoverage([], new Date()),
    policy: policyFigures(
      [{ number: 1, status: 'published', approvedOn: null, publishedAt: new Date(0), reviewDue: '2099-01-01' }],
      '2026-09-01',
      '2026-12-31',
    ),
    postsPublished: postsPublishedFigure([{ postId: 'p', platform: 'facebook' }]),
    postChecks: postChecksFigure([{ postId: 'q', checks: ['pupil_consent'] }]),
  });
  it('adds counts and works percentages out again', () => {
    const total = combineFigures([figures(9, 10, 3), figures(10, 10, 1)]);
    expect(total.responseTimes).toMatchObject({ due: 20, answeredOnTime: 19, onTimePercent: 95 });
    expect(total.acceptance).toMatchObject({ inScope: 6, done: 4, percent: 66 });
    expect(total.postsPublished).toMatchObject({ posts: 2, publications: 2 });
    expect(total.postsPublished.byPlatform).toContainEqual({ platform: 'facebook', count: 2 });
    expect(total.postChecks.stopped).toBe(2);
    expect(total.postChecks.byCheck).toContainEqual({ check: 'pupil_consent', count: 2 });
  });
  it('ranks the school with the most reds first', () => {
    const a = { name: 'A', onTimePercent: 100, rag: ragOf(figures(10, 10, 9)) };
    const b = { name: 'B', onTimePercent: 50, rag: ragOf(figures(5, 10, 1)) };
    expect(rankWorstFirst([a, b]).map((s) => s.name)).toEqual(['B', 'A']);
  });
});

describe('posts published and the checks that stopped a post', () => {
  it('counts publications per platform and different posts once', () => {
    const figure = postsPublishedFigure([
      { postId: 'a', platform: 'facebook' },
      { postId: 'a', platform: 'instagram' },
      { postId: 'b', platform: 'facebook' },
    ]);
    expect(figure).toMatchObject({ posts: 2, publications: 3 });
    expect(figure.byPlatform).toEqual([
      { platform: 'facebook', count: 2 },
      { platform: 'instagram', count: 1 },
      { platform: 'x', count: 0 },
    ]);
    expect(figure.how).toMatch(/in the period/);
    expect(postsPublishedFigure([]).byPlatform.every((p) => p.count === 0)).toBe(true);
  });
  it('counts each stopped post once, and once under each check that stopped it', () => {
    const figure = postChecksFigure([
      { postId: 'a', checks: ['pupil_consent', 'pupil_full_name'] },
      { postId: 'a', checks: ['pupil_consent'] },
      { postId: 'b', checks: ['political_statement', 'political_statement'] },
    ]);
    expect(figure.stopped).toBe(2);
    const count = (check: string) => figure.byCheck.find((c) => c.check === check)?.count;
    expect(count('pupil_consent')).toBe(1);
    expect(count('pupil_full_name')).toBe(1);
    expect(count('political_statement')).toBe(1);
    expect(count('alt_text_missing')).toBe(0);
    expect(figure.how).toMatch(/counted once/);
  });
  it('prints checks and platforms in words', () => {
    expect(reportLabel.check('pupil_consent')).toMatch(/consent/);
    expect(reportLabel.platform('x')).not.toBe('');
  });
});
