// Data protection (issue 13): legal holds, the retention job's deletions (in batches, each batch in the caller's
// transaction) and the checks that tell a data folder from its key. What a record's subject may see is read through
// subject-access.repository.ts.
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  auditEntries,
  commentRevisions,
  comments,
  concernEntries,
  concernFiles,
  concernPeople,
  concerns,
  evidenceItems,
  inboundDeliveries,
  legalHolds,
  moderationActions,
  notifications,
  schools,
  sessions,
  signInFailures,
  socialAuthors,
  storedFiles,
  trainingRecords,
  users,
  socialAccounts,
} from '../schema/index.ts';

export type LegalHoldRow = typeof legalHolds.$inferSelect;
export type HoldSubjectKind = 'author' | 'comment' | 'concern';

const held = (kind: HoldSubjectKind, id: unknown) =>
  sql`exists (select 1 from ${legalHolds} h where h.subject_kind = ${kind} and h.subject_id = ${id} and h.lifted_at is null)`;

/**
 * Stored files no longer referenced by anything that keeps one are deleted with their last reference. Answers how
 * many went and the object-storage keys of those whose bytes were not in the row (the caller deletes the objects
 * once the transaction has committed).
 */
async function deleteUnreferencedFiles(db: Db, fileIds: string[]): Promise<{ count: number; objectKeys: string[] }> {
  if (fileIds.length === 0) return { count: 0, objectKeys: [] };
  const gone = await db
    .delete(storedFiles)
    .where(
      and(
        inArray(storedFiles.id, fileIds),
        sql`not exists (select 1 from ${evidenceItems} e where e.file_id = ${storedFiles.id})`,
        sql`not exists (select 1 from ${concernFiles} f where f.file_id = ${storedFiles.id})`,
        sql`not exists (select 1 from ${trainingRecords} t where t.evidence_file_id = ${storedFiles.id})`,
      ),
    )
    .returning({ id: storedFiles.id, objectKey: storedFiles.objectKey });
  return { count: gone.length, objectKeys: gone.flatMap((f) => (f.objectKey === null ? [] : [f.objectKey])) };
}

export const dataProtectionRepository = {
  // --- Legal holds -------------------------------------------------------------------------------------------
  async placeHold(
    db: Db,
    hold: { schoolId: string; subjectKind: HoldSubjectKind; subjectId: string; reason: string; placedBy: string },
    at: Date,
  ) {
    const [row] = await db
      .insert(legalHolds)
      .values({ ...hold, placedAt: at })
      .returning();
    return row!;
  },
  async liftHold(db: Db, schoolId: string, id: string, by: string, at: Date) {
    const [row] = await db
      .update(legalHolds)
      .set({ liftedAt: at, liftedBy: by })
      .where(and(eq(legalHolds.schoolId, schoolId), eq(legalHolds.id, id), isNull(legalHolds.liftedAt)))
      .returning();
    return row ?? null;
  },
  async findHold(db: Db, schoolId: string, id: string) {
    const [row] = await db
      .select()
      .from(legalHolds)
      .where(and(eq(legalHolds.schoolId, schoolId), eq(legalHolds.id, id)))
      .limit(1);
    return row ?? null;
  },
  /** Holds of the school, current first, with the name of who placed each. */
  async listHolds(db: Db, schoolId: string) {
    return db
      .select({ hold: legalHolds, placedByName: users.displayName })
      .from(legalHolds)
      .leftJoin(users, eq(users.id, legalHolds.placedBy))
      .where(eq(legalHolds.schoolId, schoolId))
      .orderBy(sql`${legalHolds.liftedAt} is not null`, desc(legalHolds.placedAt))
      .limit(500);
  },
  async activeHoldsOn(db: Db, schoolId: string, kind: HoldSubjectKind, ids: string[]) {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(legalHolds)
      .where(
        and(
          eq(legalHolds.schoolId, schoolId),
          eq(legalHolds.subjectKind, kind),
          inArray(legalHolds.subjectId, ids),
          isNull(legalHolds.liftedAt),
        ),
      );
  },
  /** Is there a record of this kind and id in the school (so a hold cannot name another school's record)? */
  async subjectExists(db: Db, schoolId: string, kind: HoldSubjectKind, id: string): Promise<boolean> {
    const table = kind === 'author' ? socialAuthors : kind === 'comment' ? comments : concerns;
    const [row] = await db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.schoolId, schoolId), eq(table.id, id)))
      .limit(1);
    return Boolean(row);
  },

  // --- Retention --------------------------------------------------------------------------------------------
  async allSchools(db: Db) {
    return db.select({ id: schools.id, trustId: schools.trustId }).from(schools).orderBy(asc(schools.createdAt));
  },

  /** Comments received before the cutoff that nothing keeps: no hold on them or their author, no concern names them. */
  async dueComments(db: Db, schoolId: string, cutoff: Date, limit: number): Promise<string[]> {
    const rows = await db
      .select({ id: comments.id })
      .from(comments)
      .where(
        and(
          eq(comments.schoolId, schoolId),
          lt(comments.receivedAt, cutoff),
          sql`not ${held('comment', comments.id)}`,
          sql`not ${held('author', comments.authorId)}`,
          sql`not exists (select 1 from ${concerns} c where c.comment_id = ${comments.id})`,
        ),
      )
      .limit(limit);
    return rows.map((r) => r.id);
  },

  /** Deletes comments with their evidence (and its files), earlier wordings and the steps taken on them. */
  async deleteComments(db: Db, schoolId: string, ids: string[]) {
    if (ids.length === 0) return { comments: 0, evidenceFiles: 0, objectKeys: [] as string[] };
    const mine = await db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.schoolId, schoolId), inArray(comments.id, ids)));
    const commentIds = mine.map((r) => r.id);
    if (commentIds.length === 0) return { comments: 0, evidenceFiles: 0, objectKeys: [] as string[] };
    const evidence = await db
      .delete(evidenceItems)
      .where(inArray(evidenceItems.commentId, commentIds))
      .returning({ fileId: evidenceItems.fileId });
    await db.delete(commentRevisions).where(inArray(commentRevisions.commentId, commentIds));
    await db.delete(moderationActions).where(inArray(moderationActions.commentId, commentIds));
    const gone = await db.delete(comments).where(inArray(comments.id, commentIds)).returning({ id: comments.id });
    const files = await deleteUnreferencedFiles(
      db,
      evidence.map((e) => e.fileId),
    );
    return { comments: gone.length, evidenceFiles: files.count, objectKeys: files.objectKeys };
  },

  /**
   * Commenters to anonymise: not yet anonymised, no comment of theirs left, none newer than the cutoff, no hold,
   * not named by a concern (a safeguarding record keeps the name it was raised with).
   */
  async dueAuthors(db: Db, schoolId: string, cutoff: Date, limit: number): Promise<string[]> {
    const rows = await db
      .select({ id: socialAuthors.id })
      .from(socialAuthors)
      .where(
        and(
          eq(socialAuthors.schoolId, schoolId),
          lt(socialAuthors.createdAt, cutoff),
          sql`${socialAuthors.externalId} not like 'anonymised:%'`,
          sql`not exists (select 1 from ${comments} c where c.author_id = ${socialAuthors.id})`,
          sql`not ${held('author', socialAuthors.id)}`,
          sql`not exists (select 1 from ${concerns} c where c.author_id = ${socialAuthors.id})`,
          sql`not exists (select 1 from ${concernPeople} p where p.author_id = ${socialAuthors.id})`,
        ),
      )
      .limit(limit);
    return rows.map((r) => r.id);
  },

  /** Removes an author's name, handle and platform id, and the ladder steps recorded about them. */
  async anonymiseAuthors(db: Db, schoolId: string, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    await db
      .delete(moderationActions)
      .where(and(eq(moderationActions.schoolId, schoolId), inArray(moderationActions.authorId, ids)));
    const rows = await db
      .update(socialAuthors)
      .set({ name: null, handle: null, isPress: false, externalId: sql`'anonymised:' || ${socialAuthors.id}` })
      .where(and(eq(socialAuthors.schoolId, schoolId), inArray(socialAuthors.id, ids)))
      .returning({ id: socialAuthors.id });
    return rows.length;
  },

  /**
   * Erasure of what an author wrote: every comment's text replaced by a marker, its classifier labels (which quote
   * it) cleared, earlier wordings and kept evidence (with its files) deleted. The comments stay as rows, so the
   * moderation history and the school's replies still read in order.
   */
  async eraseAuthorText(db: Db, schoolId: string, authorId: string, marker: string) {
    const own = await db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.schoolId, schoolId), eq(comments.authorId, authorId)));
    const ids = own.map((r) => r.id);
    if (ids.length === 0) return { comments: 0, evidenceFiles: 0, objectKeys: [] as string[] };
    const evidence = await db
      .delete(evidenceItems)
      .where(inArray(evidenceItems.commentId, ids))
      .returning({ fileId: evidenceItems.fileId });
    await db.delete(commentRevisions).where(inArray(commentRevisions.commentId, ids));
    await db.update(comments).set({ text: marker, labels: [], decisionReason: null }).where(inArray(comments.id, ids));
    const files = await deleteUnreferencedFiles(
      db,
      evidence.map((e) => e.fileId),
    );
    return { comments: ids.length, evidenceFiles: files.count, objectKeys: files.objectKeys };
  },

  async dueConcerns(db: Db, schoolId: string, cutoff: Date, limit: number): Promise<string[]> {
    const rows = await db
      .select({ id: concerns.id })
      .from(concerns)
      .where(
        and(
          eq(concerns.schoolId, schoolId),
          eq(concerns.status, 'closed'),
          isNotNull(concerns.closedAt),
          lt(concerns.closedAt, cutoff),
          sql`not ${held('concern', concerns.id)}`,
        ),
      )
      .limit(limit);
    return rows.map((r) => r.id);
  },

  async deleteConcerns(db: Db, schoolId: string, ids: string[]) {
    if (ids.length === 0) return { concerns: 0, files: 0, objectKeys: [] as string[] };
    const files = await db
      .delete(concernFiles)
      .where(inArray(concernFiles.concernId, ids))
      .returning({ fileId: concernFiles.fileId });
    await db.delete(concernEntries).where(inArray(concernEntries.concernId, ids));
    await db.delete(concernPeople).where(inArray(concernPeople.concernId, ids));
    const gone = await db
      .delete(concerns)
      .where(and(eq(concerns.schoolId, schoolId), inArray(concerns.id, ids)))
      .returning({ id: concerns.id });
    const removed = await deleteUnreferencedFiles(
      db,
      files.map((f) => f.fileId),
    );
    return { concerns: gone.length, files: removed.count, objectKeys: removed.objectKeys };
  },

  async deleteNotifications(db: Db, schoolId: string, cutoff: Date, limit: number): Promise<number> {
    const due = db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.schoolId, schoolId), lt(notifications.createdAt, cutoff)))
      .limit(limit);
    const rows = await db
      .delete(notifications)
      .where(inArray(notifications.id, due))
      .returning({ id: notifications.id });
    return rows.length;
  },

  /** Deployment-wide: sessions that ended and failed sign-ins before the cutoff. */
  async deleteEndedSessions(db: Db, cutoff: Date) {
    const ended = await db.delete(sessions).where(lt(sessions.expiresAt, cutoff)).returning({ id: sessions.id });
    const failures = await db
      .delete(signInFailures)
      .where(lt(signInFailures.at, cutoff))
      .returning({ id: signInFailures.id });
    return { sessions: ended.length, signInFailures: failures.length };
  },

  /** Deployment-wide: deliveries (raw platform bodies, holding comments' text) finished with before the cutoff. */
  async deleteOldDeliveries(db: Db, cutoff: Date, limit: number): Promise<number> {
    const due = db
      .select({ id: inboundDeliveries.id })
      .from(inboundDeliveries)
      .where(
        and(inArray(inboundDeliveries.status, ['processed', 'abandoned']), lt(inboundDeliveries.receivedAt, cutoff)),
      )
      .limit(limit);
    const rows = await db
      .delete(inboundDeliveries)
      .where(inArray(inboundDeliveries.id, due))
      .returning({ id: inboundDeliveries.id });
    return rows.length;
  },

  async countAuditBefore(db: Db, chain: string, cutoff: Date): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(auditEntries)
      .where(and(eq(auditEntries.chain, chain), lt(auditEntries.occurredAt, cutoff)));
    return row?.n ?? 0;
  },

  // --- The data folder and its key --------------------------------------------------------------------------
  /** One value of each kind sealed with the deployment's key, to check the key opens them (null: none stored). */
  async sealedSamples(db: Db) {
    const [totp] = await db
      .select({ sealed: users.totpSecretEncrypted })
      .from(users)
      .where(isNotNull(users.totpSecretEncrypted))
      .limit(1);
    const [credentials] = await db
      .select({ sealed: socialAccounts.credentialsSealed })
      .from(socialAccounts)
      .where(isNotNull(socialAccounts.credentialsSealed))
      .limit(1);
    const [audit] = await db
      .select()
      .from(auditEntries)
      .where(isNotNull(auditEntries.mac))
      .orderBy(desc(auditEntries.id))
      .limit(1);
    return { totp: totp?.sealed ?? null, credentials: credentials?.sealed ?? null, audit: audit ?? null };
  },
};
