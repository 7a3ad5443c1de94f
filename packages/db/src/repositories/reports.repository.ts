// What the governors' report and the dashboards count (issue 14). Each query returns only what a figure needs:
// dates, states and categories, never a comment's text, an author's name or a concern's detail. Every query takes
// the school from its caller, which takes it from the session or from the trust's own list of schools.
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  auditEntries,
  comments,
  posts,
  postTargets,
  concerns,
  consentRecords,
  moderationActions,
  pupils,
  socialAccounts,
  schools,
  socialAuthors,
} from '../schema/index.ts';

export const reportsRepository = {
  /** One row per account a post went out on in [start, end), with the account's platform (taken down since or not). */
  async publishedPosts(db: Db, schoolId: string, start: Date, end: Date) {
    return db
      .select({ postId: postTargets.postId, platform: socialAccounts.platform })
      .from(postTargets)
      .innerJoin(socialAccounts, eq(socialAccounts.id, postTargets.accountId))
      .where(
        and(
          eq(postTargets.schoolId, schoolId),
          inArray(postTargets.status, ['published', 'taken_down']),
          gte(postTargets.publishedAt, start),
          lt(postTargets.publishedAt, end),
        ),
      );
  },

  /**
   * Each time in [start, end) a post's checks refused its approval or stopped it just before it went out, with the
   * checks named: the audit entries `post.approval_refused` and `post.stopped` are the only record of a refusal.
   */
  async stoppedPosts(db: Db, schoolId: string, start: Date, end: Date) {
    const rows = await db
      .select({ postId: auditEntries.entityId, details: auditEntries.details })
      .from(auditEntries)
      .where(
        and(
          eq(auditEntries.schoolId, schoolId),
          eq(auditEntries.entityType, 'post'),
          inArray(auditEntries.action, ['post.approval_refused', 'post.stopped']),
          gte(auditEntries.occurredAt, start),
          lt(auditEntries.occurredAt, end),
        ),
      );
    return rows
      .filter((r) => r.postId !== null)
      .map((r) => ({
        postId: r.postId!,
        checks: Array.isArray(r.details.checks)
          ? r.details.checks.filter((c): c is string => typeof c === 'string')
          : [],
      }));
  },

  /** Drafts of the school's posts waiting for approval, and how many of them are this person's own. */
  async draftPostCounts(db: Db, schoolId: string, userId: string) {
    const [row] = await db
      .select({
        drafts: sql<number>`count(*)::int`,
        mine: sql<number>`count(*) filter (where ${posts.authorUserId} = ${userId})::int`,
      })
      .from(posts)
      .where(and(eq(posts.schoolId, schoolId), eq(posts.status, 'draft')));
    return { drafts: row?.drafts ?? 0, mine: row?.mine ?? 0 };
  },

  /**
   * Comments that arrived in [start, end), counted in the database by the label scored highest among `categories`
   * (null when none of them; on a tie the first in the list) and by what the policy decided on arrival. A term on a
   * busy school is tens of thousands of comments: only these few counts leave the database.
   */
  async receivedCommentTallies(db: Db, schoolId: string, start: Date, end: Date, categories: readonly string[]) {
    const known = sql`array[${sql.join(
      categories.map((c) => sql`${c}`),
      sql`, `,
    )}]::text[]`;
    const top = sql<string | null>`(
      select l.value ->> 'category'
        from jsonb_array_elements(case when jsonb_typeof(${comments.labels}) = 'array' then ${comments.labels} else '[]'::jsonb end)
             with ordinality as l(value, n)
       where l.value ->> 'category' = any(${known}) and jsonb_typeof(l.value -> 'score') = 'number'
       order by (l.value ->> 'score')::float8 desc, l.n
       limit 1)`;
    return db
      .select({ category: top, decision: comments.decision, count: sql<number>`count(*)::int` })
      .from(comments)
      .where(and(eq(comments.schoolId, schoolId), gte(comments.receivedAt, start), lt(comments.receivedAt, end)))
      .groupBy(sql`1`, comments.decision);
  },

  /** Steps taken on comments in [start, end), counted by action. */
  async commentActionTallies(db: Db, schoolId: string, start: Date, end: Date) {
    return db
      .select({ action: moderationActions.action, count: sql<number>`count(*)::int` })
      .from(moderationActions)
      .where(
        and(
          eq(moderationActions.schoolId, schoolId),
          isNotNull(moderationActions.commentId),
          gte(moderationActions.at, start),
          lt(moderationActions.at, end),
        ),
      )
      .groupBy(moderationActions.action);
  },

  /** Steps taken against a commenter (the repeat-offender ladder) in [start, end). */
  async authorSteps(db: Db, schoolId: string, start: Date, end: Date) {
    const rows = await db
      .select({ step: moderationActions.action, authorId: moderationActions.authorId })
      .from(moderationActions)
      .where(
        and(
          eq(moderationActions.schoolId, schoolId),
          isNull(moderationActions.commentId),
          isNotNull(moderationActions.authorId),
          gte(moderationActions.at, start),
          lt(moderationActions.at, end),
        ),
      );
    return rows.map((r) => ({ step: r.step, authorId: r.authorId! }));
  },

  /** Concerns raised in [start, end): type, urgency and how they stand. Nothing else. */
  async concernsRaised(db: Db, schoolId: string, start: Date, end: Date) {
    return db
      .select({ type: concerns.type, urgency: concerns.urgency, status: concerns.status, outcome: concerns.outcome })
      .from(concerns)
      .where(and(eq(concerns.schoolId, schoolId), gte(concerns.raisedAt, start), lt(concerns.raisedAt, end)));
  },

  /** Open concerns by urgency, on the routes a reader may see: counts only, for the dashboards. */
  async openConcernCounts(db: Db, schoolId: string, routes: string[]) {
    if (routes.length === 0) return [];
    return db
      .select({ urgency: concerns.urgency, count: sql<number>`count(*)::int` })
      .from(concerns)
      .where(and(eq(concerns.schoolId, schoolId), eq(concerns.status, 'open'), inArray(concerns.route, routes)))
      .groupBy(concerns.urgency);
  },

  /** Every consent decision recorded for the school's current pupils, grouped by pupil by the caller. */
  async consentHistories(db: Db, schoolId: string) {
    const [active, records] = await Promise.all([
      db
        .select({ id: pupils.id })
        .from(pupils)
        .where(and(eq(pupils.schoolId, schoolId), eq(pupils.status, 'active'))),
      db
        .select({
          pupilId: consentRecords.pupilId,
          use: consentRecords.use,
          decision: consentRecords.decision,
          decidedOn: consentRecords.decidedOn,
          expiresOn: consentRecords.expiresOn,
          recordedAt: consentRecords.recordedAt,
        })
        .from(consentRecords)
        .innerJoin(pupils, eq(pupils.id, consentRecords.pupilId))
        .where(and(eq(consentRecords.schoolId, schoolId), eq(pupils.status, 'active'))),
    ]);
    const byPupil = new Map(active.map((p) => [p.id, [] as typeof records]));
    for (const r of records) byPupil.get(r.pupilId)?.push(r);
    return [...byPupil.values()];
  },

  /** Comments still up whose answer is overdue now, oldest deadline first: for the head's dashboard. */
  async overdueComments(db: Db, schoolId: string, now: Date, limit = 10) {
    const where = and(
      eq(comments.schoolId, schoolId),
      eq(comments.needsResponse, true),
      isNull(comments.respondedAt),
      eq(comments.platformState, 'visible'),
      lt(comments.responseDueAt, now),
    );
    const [items, [total]] = await Promise.all([
      db
        .select({
          id: comments.id,
          dueAt: comments.responseDueAt,
          platform: socialAccounts.platform,
          authorName: socialAuthors.name,
          authorHandle: socialAuthors.handle,
        })
        .from(comments)
        .innerJoin(socialAccounts, eq(socialAccounts.id, comments.accountId))
        .innerJoin(socialAuthors, eq(socialAuthors.id, comments.authorId))
        .where(where)
        .orderBy(asc(comments.responseDueAt), desc(comments.severity))
        .limit(limit),
      db
        .select({ count: sql<number>`count(*)::int` })
        .from(comments)
        .where(where),
    ]);
    return { items, total: total?.count ?? 0 };
  },

  /** Whether the school emails its governors the report after each term. */
  async termlyEmailOf(db: Db, schoolId: string): Promise<boolean> {
    const [row] = await db.select({ on: schools.termlyReportEmail }).from(schools).where(eq(schools.id, schoolId));
    return row?.on ?? false;
  },
  async setTermlyEmail(db: Db, schoolId: string, on: boolean): Promise<void> {
    await db.update(schools).set({ termlyReportEmail: on }).where(eq(schools.id, schoolId));
  },
  /** Every school that has turned the termly email on. */
  async schoolsWithTermlyEmail(db: Db) {
    return db
      .select({ id: schools.id, trustId: schools.trustId, name: schools.name })
      .from(schools)
      .where(eq(schools.termlyReportEmail, true));
  },
};
