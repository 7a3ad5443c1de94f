// Posts (issue 11): drafts, their images, tagged pupils, approvals, where they went, take-down tasks and the
// head's pause switch. Every read is scoped to the school taken from the caller's session.
import { and, asc, count, desc, eq, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  postApprovals,
  postImages,
  postPupils,
  posts,
  postTakedowns,
  postTargets,
  postVideos,
  publishingPauses,
  pupils,
  socialAccounts,
} from '../schema/index.ts';
import { cappedCount, LIST_TOTAL_CAP, type CappedTotal } from './capped-count.ts';
import { containsPattern } from './search-pattern.ts';

export type SchoolPostRow = typeof posts.$inferSelect;
export type PostTargetRow = typeof postTargets.$inferSelect;
export type PostImageRow = typeof postImages.$inferSelect;
export type PostVideoRow = typeof postVideos.$inferSelect;
export type PostPupilRow = typeof postPupils.$inferSelect;
export type PostApprovalRow = typeof postApprovals.$inferSelect;
export type PostTakedownRow = typeof postTakedowns.$inferSelect;

export const postsRepository = {
  async create(db: Db, values: typeof posts.$inferInsert): Promise<SchoolPostRow> {
    const [row] = await db.insert(posts).values(values).returning();
    return row!;
  },

  async find(db: Db, schoolId: string, id: string): Promise<SchoolPostRow | null> {
    const [row] = await db
      .select()
      .from(posts)
      .where(and(eq(posts.schoolId, schoolId), eq(posts.id, id)));
    return row ?? null;
  },

  async lock(db: Db, schoolId: string, id: string): Promise<SchoolPostRow | null> {
    const [row] = await db
      .select()
      .from(posts)
      .where(and(eq(posts.schoolId, schoolId), eq(posts.id, id)))
      .for('update');
    return row ?? null;
  },

  async update(db: Db, schoolId: string, id: string, patch: Partial<typeof posts.$inferInsert>): Promise<void> {
    await db
      .update(posts)
      .set(patch)
      .where(and(eq(posts.schoolId, schoolId), eq(posts.id, id)));
  },

  /**
   * One page of the school's posts, most recently changed first (the id breaks ties so pages never overlap). A
   * school's posts build up over the years, so the total stops counting at `totalCap` like the queue's (issue 16).
   */
  async list(
    db: Db,
    schoolId: string,
    q: { status?: string; search?: string; page: number; pageSize: number },
    totalCap: number = LIST_TOTAL_CAP,
  ): Promise<{ items: SchoolPostRow[] } & CappedTotal> {
    const conditions = [eq(posts.schoolId, schoolId)];
    if (q.status) conditions.push(eq(posts.status, q.status));
    if (q.search) conditions.push(ilike(posts.text, containsPattern(q.search)));
    const where = and(...conditions);
    const [items, counted] = await Promise.all([
      db
        .select()
        .from(posts)
        .where(where)
        .orderBy(desc(posts.updatedAt), desc(posts.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
      cappedCount(db, posts, where, totalCap),
    ]);
    return { items, ...counted };
  },

  /**
   * One batch of what the school published (or tried to), oldest first, after `after`: the archive export reads the
   * whole record this way, a batch at a time, so its memory does not grow with the school's history (issue 16).
   */
  async archiveBatch(
    db: Db,
    schoolId: string,
    q: { search?: string; after?: { createdAt: Date; id: string }; limit: number },
  ): Promise<SchoolPostRow[]> {
    const conditions = [eq(posts.schoolId, schoolId), inArray(posts.status, ['published', 'failed'])];
    if (q.search) conditions.push(ilike(posts.text, containsPattern(q.search)));
    if (q.after) {
      conditions.push(
        sql`(${posts.createdAt}, ${posts.id}) > (${q.after.createdAt.toISOString()}::timestamptz, ${q.after.id}::uuid)`,
      );
    }
    return db
      .select()
      .from(posts)
      .where(and(...conditions))
      .orderBy(asc(posts.createdAt), asc(posts.id))
      .limit(q.limit);
  },
  async archiveCount(db: Db, schoolId: string, search?: string): Promise<number> {
    const conditions = [eq(posts.schoolId, schoolId), inArray(posts.status, ['published', 'failed'])];
    if (search) conditions.push(ilike(posts.text, containsPattern(search)));
    const [row] = await db
      .select({ n: count() })
      .from(posts)
      .where(and(...conditions));
    return row?.n ?? 0;
  },
  /** The approvals of many posts at once, oldest first. */
  async approvalsOf(db: Db, postIds: string[]): Promise<PostApprovalRow[]> {
    if (postIds.length === 0) return [];
    return db.select().from(postApprovals).where(inArray(postApprovals.postId, postIds)).orderBy(asc(postApprovals.at));
  },

  async setTargets(db: Db, schoolId: string, postId: string, accountIds: string[]): Promise<void> {
    await db.delete(postTargets).where(and(eq(postTargets.postId, postId), eq(postTargets.status, 'pending')));
    if (accountIds.length) {
      await db
        .insert(postTargets)
        .values(accountIds.map((accountId) => ({ schoolId, postId, accountId })))
        .onConflictDoNothing();
    }
  },

  async targets(db: Db, postIds: string[]) {
    if (postIds.length === 0) return [];
    return db
      .select({ target: postTargets, platform: socialAccounts.platform, handle: socialAccounts.handle })
      .from(postTargets)
      .innerJoin(socialAccounts, eq(socialAccounts.id, postTargets.accountId))
      .where(inArray(postTargets.postId, postIds))
      .orderBy(asc(socialAccounts.platform));
  },

  async updateTarget(db: Db, id: string, patch: Partial<typeof postTargets.$inferInsert>): Promise<void> {
    await db.update(postTargets).set(patch).where(eq(postTargets.id, id));
  },

  async setTagged(
    db: Db,
    schoolId: string,
    postId: string,
    tagged: { pupilId: string; pictured: boolean; named: boolean }[],
  ): Promise<void> {
    await db.delete(postPupils).where(eq(postPupils.postId, postId));
    if (tagged.length) await db.insert(postPupils).values(tagged.map((t) => ({ ...t, schoolId, postId })));
  },

  async tagged(db: Db, postId: string) {
    return db
      .select({
        pupilId: postPupils.pupilId,
        pictured: postPupils.pictured,
        named: postPupils.named,
        firstName: pupils.firstName,
        preferredName: pupils.preferredName,
        lastName: pupils.lastName,
      })
      .from(postPupils)
      .innerJoin(pupils, eq(pupils.id, postPupils.pupilId))
      .where(eq(postPupils.postId, postId))
      .orderBy(asc(pupils.lastName), asc(pupils.firstName));
  },

  async addImage(db: Db, values: typeof postImages.$inferInsert): Promise<PostImageRow> {
    const [row] = await db.insert(postImages).values(values).returning();
    return row!;
  },

  async images(db: Db, postIds: string[]): Promise<PostImageRow[]> {
    if (postIds.length === 0) return [];
    return db.select().from(postImages).where(inArray(postImages.postId, postIds)).orderBy(asc(postImages.position));
  },

  async updateImage(db: Db, postId: string, id: string, altText: string): Promise<boolean> {
    const rows = await db
      .update(postImages)
      .set({ altText })
      .where(and(eq(postImages.postId, postId), eq(postImages.id, id)))
      .returning({ id: postImages.id });
    return rows.length > 0;
  },

  async removeImage(db: Db, postId: string, id: string): Promise<boolean> {
    const rows = await db
      .delete(postImages)
      .where(and(eq(postImages.postId, postId), eq(postImages.id, id)))
      .returning({ id: postImages.id });
    return rows.length > 0;
  },

  async addVideo(db: Db, values: typeof postVideos.$inferInsert): Promise<PostVideoRow> {
    const [row] = await db.insert(postVideos).values(values).returning();
    return row!;
  },

  /** The videos of these posts (one at most each). */
  async videos(db: Db, postIds: string[]): Promise<PostVideoRow[]> {
    if (postIds.length === 0) return [];
    return db.select().from(postVideos).where(inArray(postVideos.postId, postIds));
  },

  async updateVideo(db: Db, postId: string, id: string, altText: string): Promise<boolean> {
    const rows = await db
      .update(postVideos)
      .set({ altText })
      .where(and(eq(postVideos.postId, postId), eq(postVideos.id, id)))
      .returning({ id: postVideos.id });
    return rows.length > 0;
  },

  async removeVideo(db: Db, postId: string, id: string): Promise<boolean> {
    const rows = await db
      .delete(postVideos)
      .where(and(eq(postVideos.postId, postId), eq(postVideos.id, id)))
      .returning({ id: postVideos.id });
    return rows.length > 0;
  },

  async approvals(db: Db, postId: string): Promise<PostApprovalRow[]> {
    return db.select().from(postApprovals).where(eq(postApprovals.postId, postId)).orderBy(asc(postApprovals.at));
  },

  async addApproval(db: Db, values: typeof postApprovals.$inferInsert): Promise<void> {
    await db.insert(postApprovals).values(values).onConflictDoNothing();
  },

  async clearApprovals(db: Db, postId: string): Promise<void> {
    await db.delete(postApprovals).where(eq(postApprovals.postId, postId));
  },

  /** Posts due to go out: approved to publish now, or scheduled for a time that has come. */
  async due(db: Db, now: Date): Promise<SchoolPostRow[]> {
    return db
      .select()
      .from(posts)
      .where(and(eq(posts.status, 'scheduled'), or(isNull(posts.scheduledFor), lte(posts.scheduledFor, now))))
      .orderBy(asc(posts.scheduledFor))
      .limit(50);
  },

  async pause(db: Db, schoolId: string) {
    const [row] = await db.select().from(publishingPauses).where(eq(publishingPauses.schoolId, schoolId));
    return row ?? null;
  },

  async setPause(db: Db, schoolId: string, pause: { pausedBy: string; pausedAt: Date; reason: string } | null) {
    await db.delete(publishingPauses).where(eq(publishingPauses.schoolId, schoolId));
    if (pause) await db.insert(publishingPauses).values({ schoolId, ...pause });
  },

  /** Published targets whose post tags this pupil: what a withdrawal of consent puts on the take-down list. */
  async publishedShowing(db: Db, schoolId: string, pupilId: string) {
    return db
      .select({ target: postTargets, pictured: postPupils.pictured, named: postPupils.named })
      .from(postTargets)
      .innerJoin(postPupils, eq(postPupils.postId, postTargets.postId))
      .where(
        and(eq(postTargets.schoolId, schoolId), eq(postTargets.status, 'published'), eq(postPupils.pupilId, pupilId)),
      );
  },

  async addTakedown(db: Db, values: typeof postTakedowns.$inferInsert): Promise<boolean> {
    const rows = await db
      .insert(postTakedowns)
      .values(values)
      .onConflictDoNothing()
      .returning({ id: postTakedowns.id });
    return rows.length > 0;
  },

  /**
   * The school's take-down tasks, newest first: every open one, and the latest `doneLimit` done ones (the done pile
   * grows with every withdrawal for as long as the school posts; its older part is in the audit log).
   */
  async takedowns(db: Db, schoolId: string, doneLimit = 200) {
    const [open, done] = await Promise.all([
      takedownRows(db, and(eq(postTakedowns.schoolId, schoolId), eq(postTakedowns.status, 'open'))),
      takedownRows(db, and(eq(postTakedowns.schoolId, schoolId), eq(postTakedowns.status, 'done'))).limit(doneLimit),
    ]);
    return [...open, ...done].sort((a, b) => b.takedown.createdAt.getTime() - a.takedown.createdAt.getTime());
  },

  async findTakedown(db: Db, schoolId: string, id: string): Promise<PostTakedownRow | null> {
    const [row] = await db
      .select()
      .from(postTakedowns)
      .where(and(eq(postTakedowns.schoolId, schoolId), eq(postTakedowns.id, id)));
    return row ?? null;
  },

  async updateTakedown(db: Db, id: string, patch: Partial<typeof postTakedowns.$inferInsert>): Promise<void> {
    await db.update(postTakedowns).set(patch).where(eq(postTakedowns.id, id));
  },

  /** Schools with posts that may be due, for the publishing sweep. */
  async schoolsWithScheduled(db: Db): Promise<string[]> {
    const rows = await db.selectDistinct({ schoolId: posts.schoolId }).from(posts).where(eq(posts.status, 'scheduled'));
    return rows.map((r) => r.schoolId);
  },
};

function takedownRows(db: Db, where: SQL | undefined) {
  return db
    .select({
      takedown: postTakedowns,
      target: postTargets,
      postText: posts.text,
      platform: socialAccounts.platform,
      handle: socialAccounts.handle,
      firstName: pupils.firstName,
      preferredName: pupils.preferredName,
      lastName: pupils.lastName,
    })
    .from(postTakedowns)
    .innerJoin(postTargets, eq(postTargets.id, postTakedowns.postTargetId))
    .innerJoin(posts, eq(posts.id, postTargets.postId))
    .innerJoin(socialAccounts, eq(socialAccounts.id, postTargets.accountId))
    .innerJoin(pupils, eq(pupils.id, postTakedowns.pupilId))
    .where(where)
    .orderBy(desc(postTakedowns.createdAt));
}
