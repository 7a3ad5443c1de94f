// Comments, their authors, posts and revisions. Reads are scoped to a school; writes from ingestion are
// keyed by the platform's ids so the same comment delivered twice is stored once.
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { cappedCount, LIST_TOTAL_CAP } from './capped-count.ts';
import { commentRevisions, comments, socialAccounts, socialAuthors, socialPosts } from '../schema/index.ts';

export type CommentRow = typeof comments.$inferSelect;
export type AuthorRow = typeof socialAuthors.$inferSelect;

export type PostRow = typeof socialPosts.$inferSelect;

/** A new comment as ingestion stores it: every column it decides, the rest left to their defaults. */
export interface NewCommentRow {
  id: string;
  schoolId: string;
  accountId: string;
  postId: string | null;
  authorId: string;
  externalId: string;
  parentExternalId: string | null;
  text: string;
  textChangedAt: Date | null;
  postedAt: Date;
  receivedAt: Date;
  deliveryId: number | null;
  labels: Array<Record<string, unknown>>;
  severity: number;
  decision: string;
  reviewState: string;
  decisionReason: string | null;
  needsResponse: boolean;
  responseDueAt: Date | null;
}

export interface QueueFilter {
  view: 'to_review' | 'awaiting_response' | 'all';
  category?: string;
  accountId?: string;
  /** visible, hidden, deleted, removed_by_author */
  platformState?: string;
  page: number;
  pageSize: number;
}

export const commentsRepository = {
  async upsertAuthor(
    db: Db,
    values: { schoolId: string; platform: string; externalId: string; name: string | null; handle: string | null },
  ): Promise<AuthorRow> {
    const [row] = await db
      .insert(socialAuthors)
      .values(values)
      .onConflictDoUpdate({
        target: [socialAuthors.schoolId, socialAuthors.platform, socialAuthors.externalId],
        // Keep the newest name the platform gave; never blank out a known one.
        set: {
          name: sql`coalesce(excluded.name, ${socialAuthors.name})`,
          handle: sql`coalesce(excluded.handle, ${socialAuthors.handle})`,
        },
      })
      .returning();
    return row!;
  },
  /**
   * The post a comment is on, stored once per account and platform id. `text` and `permalink`, when the delivery
   * carried them, fill in or refresh what is stored; a delivery that carried only the id changes nothing.
   */
  async upsertPost(
    db: Db,
    values: { schoolId: string; accountId: string; externalId: string; text?: string; permalink?: string },
  ): Promise<string> {
    const details = {
      ...(values.text !== undefined ? { text: values.text } : {}),
      ...(values.permalink !== undefined ? { permalink: values.permalink } : {}),
    };
    const insert = db.insert(socialPosts).values({ ...values });
    await (Object.keys(details).length === 0
      ? insert.onConflictDoNothing()
      : insert.onConflictDoUpdate({
          target: [socialPosts.accountId, socialPosts.externalId],
          set: {
            text: sql`coalesce(excluded.text, ${socialPosts.text})`,
            permalink: sql`coalesce(excluded.permalink, ${socialPosts.permalink})`,
          },
          // Only when something would change, so a busy post's row is not rewritten for every comment on it.
          setWhere: sql`(excluded.text is not null and excluded.text is distinct from ${socialPosts.text})
            or (excluded.permalink is not null and excluded.permalink is distinct from ${socialPosts.permalink})`,
        }));
    const [row] = await db
      .select({ id: socialPosts.id })
      .from(socialPosts)
      .where(and(eq(socialPosts.accountId, values.accountId), eq(socialPosts.externalId, values.externalId)));
    return row!.id;
  },
  /**
   * Several authors at once (a batch of deliveries), each key once: as `upsertAuthor` one by one would leave them
   * when the values are merged in order first (the last name and handle given win).
   */
  async upsertAuthors(
    db: Db,
    values: Array<{
      schoolId: string;
      platform: string;
      externalId: string;
      name: string | null;
      handle: string | null;
    }>,
  ): Promise<AuthorRow[]> {
    if (values.length === 0) return [];
    return db
      .insert(socialAuthors)
      .values(values)
      .onConflictDoUpdate({
        target: [socialAuthors.schoolId, socialAuthors.platform, socialAuthors.externalId],
        set: {
          name: sql`coalesce(excluded.name, ${socialAuthors.name})`,
          handle: sql`coalesce(excluded.handle, ${socialAuthors.handle})`,
        },
      })
      .returning();
  },
  /**
   * Several posts at once, each (account, platform id) once, as `upsertPost` one by one would leave them; answers
   * each post's id by `${accountId} ${externalId}`. Two statements: the insert, and a read of the ids (a post already
   * stored and not changed is not returned by the insert).
   */
  async upsertPosts(
    db: Db,
    values: Array<{ schoolId: string; accountId: string; externalId: string; text?: string; permalink?: string }>,
  ): Promise<Map<string, string>> {
    if (values.length === 0) return new Map();
    await db
      .insert(socialPosts)
      .values(values.map((v) => ({ ...v, text: v.text ?? null, permalink: v.permalink ?? null })))
      .onConflictDoUpdate({
        target: [socialPosts.accountId, socialPosts.externalId],
        set: {
          text: sql`coalesce(excluded.text, ${socialPosts.text})`,
          permalink: sql`coalesce(excluded.permalink, ${socialPosts.permalink})`,
        },
        // A post whose delivery carried nothing new is left as it is (not rewritten for every comment on it).
        setWhere: sql`(excluded.text is not null and excluded.text is distinct from ${socialPosts.text})
          or (excluded.permalink is not null and excluded.permalink is distinct from ${socialPosts.permalink})`,
      });
    const byAccount = new Map<string, string[]>();
    for (const v of values) byAccount.set(v.accountId, [...(byAccount.get(v.accountId) ?? []), v.externalId]);
    const rows = await db
      .select({ id: socialPosts.id, accountId: socialPosts.accountId, externalId: socialPosts.externalId })
      .from(socialPosts)
      .where(
        or(
          ...[...byAccount].map(([accountId, ids]) =>
            and(eq(socialPosts.accountId, accountId), inArray(socialPosts.externalId, ids)),
          ),
        ),
      );
    return new Map(rows.map((r) => [`${r.accountId} ${r.externalId}`, r.id]));
  },
  /** Marks several authors as press in one statement. */
  async setAuthorsPress(db: Db, ids: string[]) {
    if (ids.length === 0) return;
    await db.update(socialAuthors).set({ isPress: true }).where(inArray(socialAuthors.id, ids));
  },
  /**
   * Inserts several new comments (their ids chosen by the caller); answers the ids inserted. A comment whose
   * platform id is already stored is left out, as `insertIfNew` would.
   */
  async insertManyIfNew(db: Db, values: NewCommentRow[]): Promise<Set<string>> {
    if (values.length === 0) return new Set();
    // One statement whatever the number of comments: each column is one array parameter, zipped back into rows by
    // unnest. Built by the ORM, a batch of a hundred comments was two thousand parameters, and building them cost
    // the worker more than classifying the comments.
    const column = <K extends keyof NewCommentRow>(key: K) => sql.param(values.map((v) => v[key] ?? null));
    const result = (await db.execute(sql`
      insert into comments (id, school_id, account_id, post_id, author_id, external_id, parent_external_id, text,
                            text_changed_at, posted_at, received_at, delivery_id, labels, severity, decision,
                            review_state, decision_reason, needs_response, response_due_at)
      select * from unnest(${column('id')}::uuid[], ${column('schoolId')}::uuid[], ${column('accountId')}::uuid[],
                           ${column('postId')}::uuid[], ${column('authorId')}::uuid[], ${column('externalId')}::text[],
                           ${column('parentExternalId')}::text[], ${column('text')}::text[],
                           ${column('textChangedAt')}::timestamptz[], ${column('postedAt')}::timestamptz[],
                           ${column('receivedAt')}::timestamptz[], ${column('deliveryId')}::integer[],
                           ${sql.param(values.map((v) => JSON.stringify(v.labels)))}::jsonb[], ${column('severity')}::real[],
                           ${column('decision')}::text[], ${column('reviewState')}::text[],
                           ${column('decisionReason')}::text[], ${column('needsResponse')}::boolean[],
                           ${column('responseDueAt')}::timestamptz[])
      on conflict do nothing
      returning id`)) as unknown as { rows: Array<{ id: string }> };
    return new Set(result.rows.map((r) => r.id));
  },
  /**
   * The posts of these comments whose wording is not known yet, each once, with the account to ask: for the job
   * that looks them up (acting for the system, across schools).
   */
  async postsWithoutText(db: Db, commentIds: readonly string[]) {
    if (commentIds.length === 0) return [];
    return db
      .selectDistinct({
        id: socialPosts.id,
        externalId: socialPosts.externalId,
        schoolId: socialPosts.schoolId,
        accountId: socialPosts.accountId,
      })
      .from(comments)
      .innerJoin(socialPosts, eq(socialPosts.id, comments.postId))
      .where(and(inArray(comments.id, [...commentIds]), isNull(socialPosts.text)));
  },
  /**
   * What the platform said about a post when asked: its text ('' when it has none, so it is not asked again) and
   * its address. An address already known is kept when the platform gives none.
   */
  async setPostDetails(db: Db, id: string, details: { text: string; permalink: string | null }) {
    await db
      .update(socialPosts)
      .set({ text: details.text, permalink: sql`coalesce(${details.permalink}, ${socialPosts.permalink})` })
      .where(eq(socialPosts.id, id));
  },
  /** Inserts a new comment; null when the platform's comment is already stored (a repeated delivery). */
  async insertIfNew(db: Db, values: typeof comments.$inferInsert): Promise<CommentRow | null> {
    const [row] = await db.insert(comments).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },
  /** `forUpdate`: lock the row until the transaction ends, so changes to one comment are applied one at a time. */
  async findByExternal(
    db: Db,
    accountId: string,
    externalId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<CommentRow | null> {
    const query = db
      .select()
      .from(comments)
      .where(and(eq(comments.accountId, accountId), eq(comments.externalId, externalId)));
    const [row] = options.forUpdate ? await query.for('update') : await query;
    return row ?? null;
  },
  /**
   * Locks the stored comments among `keys` (account, platform id), in one order (their ids), before a batch appends
   * to any audit chain: a person's action locks its comment and then the chain, so a batch must not take a chain
   * first and a comment after. Answers the comments found (those already stored).
   */
  async lockByExternal(
    db: Db,
    keys: Array<{ accountId: string; externalId: string }>,
  ): Promise<Array<{ accountId: string; externalId: string }>> {
    if (keys.length === 0) return [];
    const byAccount = new Map<string, string[]>();
    for (const k of keys) byAccount.set(k.accountId, [...(byAccount.get(k.accountId) ?? []), k.externalId]);
    return db
      .select({ id: comments.id, accountId: comments.accountId, externalId: comments.externalId })
      .from(comments)
      .where(
        or(
          ...[...byAccount].map(([accountId, ids]) =>
            and(eq(comments.accountId, accountId), inArray(comments.externalId, ids)),
          ),
        ),
      )
      .orderBy(asc(comments.id))
      .for('update');
  },
  /** For jobs that act for the system, not for a person of one school. */
  async findByIdAnySchool(db: Db, id: string): Promise<CommentRow | null> {
    const [row] = await db.select().from(comments).where(eq(comments.id, id));
    return row ?? null;
  },
  async findInSchool(db: Db, schoolId: string, id: string): Promise<CommentRow | null> {
    const [row] = await db
      .select()
      .from(comments)
      .where(and(eq(comments.schoolId, schoolId), eq(comments.id, id)));
    return row ?? null;
  },
  /** Locks the comment's row until the transaction ends, so whoever comes second waits and then sees the first's work. */
  async lockForUpdate(db: Db, id: string): Promise<void> {
    await db.select({ id: comments.id }).from(comments).where(eq(comments.id, id)).for('update');
  },
  /** The school's comments that needed an answer and fell due in [from, to): for the response-time figures. */
  async dueBetween(db: Db, schoolId: string, from: Date, to: Date) {
    return db
      .select({ due: comments.responseDueAt, responded: comments.respondedAt, platformState: comments.platformState })
      .from(comments)
      .where(
        and(
          eq(comments.schoolId, schoolId),
          eq(comments.needsResponse, true),
          gte(comments.responseDueAt, from),
          lt(comments.responseDueAt, to),
        ),
      );
  },
  async update(db: Db, id: string, patch: Partial<typeof comments.$inferInsert>) {
    await db
      .update(comments)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(comments.id, id));
  },
  async addRevision(
    db: Db,
    values: { commentId: string; text: string; writtenAt: Date; editedAt: Date; receivedAt: Date },
  ) {
    await db.insert(commentRevisions).values(values);
  },
  /** Earlier wordings of many comments at once, oldest first (an author's evidence pack). */
  async revisionsOf(db: Db, commentIds: string[]) {
    if (commentIds.length === 0) return [];
    return db
      .select()
      .from(commentRevisions)
      .where(inArray(commentRevisions.commentId, commentIds))
      .orderBy(asc(commentRevisions.editedAt));
  },
  async postsIn(db: Db, schoolId: string, ids: string[]) {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(socialPosts)
      .where(and(eq(socialPosts.schoolId, schoolId), inArray(socialPosts.id, ids)));
  },
  /** Corrects when a wording was replaced, once an edit made in between arrives late. */
  async setRevisionReplacedAt(db: Db, revisionId: number, at: Date) {
    await db.update(commentRevisions).set({ editedAt: at }).where(eq(commentRevisions.id, revisionId));
  },
  async revisions(db: Db, commentId: string) {
    return db
      .select()
      .from(commentRevisions)
      .where(eq(commentRevisions.commentId, commentId))
      .orderBy(asc(commentRevisions.editedAt));
  },

  /**
   * The moderation queue: worst first, then the nearest response deadline. The total stops counting at `totalCap`
   * (issue 16): "all" on a busy school is its whole history, and an exact count of it is what made the page slow.
   */
  async queue(db: Db, schoolId: string, f: QueueFilter, totalCap: number = LIST_TOTAL_CAP) {
    const where: SQL[] = [eq(comments.schoolId, schoolId)];
    if (f.view === 'to_review') where.push(eq(comments.reviewState, 'to_review'));
    // Awaiting a response: only comments still up. One hidden, deleted or removed by its author is closed without a
    // reply (docs/moderation.md), as the escalation job and the overdue flag already treat it.
    if (f.view === 'awaiting_response') {
      where.push(eq(comments.needsResponse, true), isNull(comments.respondedAt), eq(comments.platformState, 'visible'));
    }
    // A state filter is checked on each row the view's index gives (the state is not in the index): cheap for the
    // short views, and for "all" a read of the school's rows in order until a page is found.
    if (f.platformState) where.push(eq(comments.platformState, f.platformState));
    if (f.accountId) where.push(eq(comments.accountId, f.accountId));
    if (f.category) where.push(sql`${comments.labels} @> ${JSON.stringify([{ category: f.category }])}::jsonb`);
    const condition = and(...where);
    const [items, counted] = await Promise.all([
      db
        .select({ comment: comments, author: socialAuthors, account: socialAccounts })
        .from(comments)
        .innerJoin(socialAuthors, eq(socialAuthors.id, comments.authorId))
        .innerJoin(socialAccounts, eq(socialAccounts.id, comments.accountId))
        .where(condition)
        // Written out to match the queue indexes exactly (nulls last throughout), so PostgreSQL reads them in order.
        .orderBy(
          sql`${comments.severity} desc nulls last`,
          sql`${comments.responseDueAt} asc nulls last`,
          sql`${comments.postedAt} desc nulls last`,
        )
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize),
      cappedCount(db, comments, condition, totalCap),
    ]);
    return { items, ...counted };
  },

  async author(db: Db, schoolId: string, id: string): Promise<AuthorRow | null> {
    const [row] = await db
      .select()
      .from(socialAuthors)
      .where(and(eq(socialAuthors.schoolId, schoolId), eq(socialAuthors.id, id)));
    return row ?? null;
  },
  async setAuthorPress(db: Db, id: string, isPress: boolean) {
    await db.update(socialAuthors).set({ isPress }).where(eq(socialAuthors.id, id));
  },
  async byAuthor(db: Db, authorId: string, limit = 50) {
    return db
      .select()
      .from(comments)
      .where(eq(comments.authorId, authorId))
      .orderBy(desc(comments.postedAt))
      .limit(limit);
  },
  /** The accounts an author has commented on. */
  async accountIdsOfAuthor(db: Db, schoolId: string, authorId: string): Promise<string[]> {
    const rows = await db
      .selectDistinct({ accountId: comments.accountId })
      .from(comments)
      .where(and(eq(comments.schoolId, schoolId), eq(comments.authorId, authorId)));
    return rows.map((r) => r.accountId);
  },
  async countByIds(db: Db, schoolId: string, ids: string[]) {
    if (ids.length === 0) return 0;
    const [row] = await db
      .select({ n: count() })
      .from(comments)
      .where(and(eq(comments.schoolId, schoolId), inArray(comments.id, ids)));
    return row?.n ?? 0;
  },
  /**
   * Comments the school's settings said to hide that are still up with nothing done to them: left by a restart
   * between storing a comment and hiding it. Those the platform refused say so in their reason and are left for a person.
   */
  async awaitingAutomaticHide(db: Db, claimStaleBefore: Date, limit = 50): Promise<string[]> {
    const rows = await db
      .select({ id: comments.id })
      .from(comments)
      .where(
        and(
          eq(comments.decision, 'hide'),
          eq(comments.platformState, 'visible'),
          sql`coalesce(${comments.decisionReason}, '') not like '%hide it by hand%'`,
          sql`not exists (select 1 from moderation_actions a where a.comment_id = ${comments.id})`,
          // Not one another worker is hiding now; a claim left by a crash is taken up again once stale.
          or(isNull(comments.hideClaimedAt), lt(comments.hideClaimedAt, claimStaleBefore)),
        ),
      )
      .limit(limit);
    return rows.map((r) => r.id);
  },
  /**
   * Claims a visible comment for hiding on arrival, so evidence, hide and audit happen once however many workers
   * reach it: a conditional update, so of two at once the second finds the claim taken (on PostgreSQL it waits for
   * the first to commit, then re-reads the row). A claim older than `staleBefore` (a worker that crashed) can be
   * taken again. Null when the comment is not visible or is claimed.
   */
  async claimAutomaticHide(db: Db, id: string, now: Date, staleBefore: Date): Promise<CommentRow | null> {
    const [row] = await db
      .update(comments)
      .set({ hideClaimedAt: now, updatedAt: sql`now()` })
      .where(
        and(
          eq(comments.id, id),
          eq(comments.platformState, 'visible'),
          or(isNull(comments.hideClaimedAt), lt(comments.hideClaimedAt, staleBefore)),
        ),
      )
      .returning();
    return row ?? null;
  },
  /** Gives back a claim taken at `claimedAt` (keeping evidence failed), so the next sweep can take it again. */
  async releaseAutomaticHide(db: Db, id: string, claimedAt: Date) {
    await db
      .update(comments)
      .set({ hideClaimedAt: null })
      .where(and(eq(comments.id, id), eq(comments.hideClaimedAt, claimedAt)));
  },
  /**
   * Comments whose response is late and not yet escalated, across schools: for the escalation job. Only comments
   * still up: one the school hid or deleted, or its author removed, no longer needs a reply.
   */
  async overdueNotEscalated(db: Db, now: Date, limit = 500) {
    return db
      .select()
      .from(comments)
      .where(
        and(
          eq(comments.needsResponse, true),
          isNull(comments.respondedAt),
          isNull(comments.escalatedAt),
          eq(comments.platformState, 'visible'),
          sql`${comments.responseDueAt} < ${now.toISOString()}`,
        ),
      )
      .limit(limit);
  },
};
