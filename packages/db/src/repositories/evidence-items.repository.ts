// Evidence kept for a comment before it was hidden or deleted (004): one row per kept file, with the digest taken
// when it was kept. The files' bytes live in stored_files.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { evidenceItems, storedFiles } from '../schema/index.ts';

export type EvidenceItemRow = typeof evidenceItems.$inferSelect;
export type StoredFileFullRow = typeof storedFiles.$inferSelect;

export const evidenceItemsRepository = {
  async insert(db: Db, values: typeof evidenceItems.$inferInsert): Promise<void> {
    await db.insert(evidenceItems).values(values);
  },

  /** Whether anything has been kept for the comment yet. */
  async existsForComment(db: Db, commentId: string): Promise<boolean> {
    const rows = await db
      .select({ id: evidenceItems.id })
      .from(evidenceItems)
      .where(eq(evidenceItems.commentId, commentId))
      .limit(1);
    return rows.length > 0;
  },

  /** The comment's kept items, oldest first, each with its file's name (the bytes are not read). */
  async forComment(db: Db, commentId: string): Promise<Array<EvidenceItemRow & { fileName: string | null }>> {
    const items = await db
      .select()
      .from(evidenceItems)
      .where(eq(evidenceItems.commentId, commentId))
      .orderBy(asc(evidenceItems.createdAt));
    if (items.length === 0) return [];
    const files = await db
      .select({ id: storedFiles.id, fileName: storedFiles.fileName })
      .from(storedFiles)
      .where(
        inArray(
          storedFiles.id,
          items.map((e) => e.fileId),
        ),
      );
    const names = new Map(files.map((f) => [f.id, f.fileName]));
    return items.map((item) => ({ ...item, fileName: names.get(item.fileId) ?? null }));
  },

  /** Every item kept in the school for these comments with its file and bytes, oldest first, then by file name. */
  async withFiles(
    db: Db,
    schoolId: string,
    commentIds: readonly string[],
  ): Promise<Array<{ item: EvidenceItemRow; file: StoredFileFullRow }>> {
    if (commentIds.length === 0) return [];
    return db
      .select({ item: evidenceItems, file: storedFiles })
      .from(evidenceItems)
      .innerJoin(storedFiles, eq(storedFiles.id, evidenceItems.fileId))
      .where(and(eq(evidenceItems.schoolId, schoolId), inArray(evidenceItems.commentId, [...commentIds])))
      .orderBy(asc(evidenceItems.createdAt), asc(storedFiles.fileName));
  },
};
