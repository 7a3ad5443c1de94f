// Uploaded files of a school, such as training certificates. Reads are always scoped to the caller's school.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { storedFiles } from '../schema/index.ts';

export type StoredFileRow = typeof storedFiles.$inferSelect;
export type StoredFileInfo = Omit<StoredFileRow, 'content'>;

export const storedFilesRepository = {
  async insert(db: Db, values: typeof storedFiles.$inferInsert): Promise<StoredFileInfo> {
    const [row] = await db.insert(storedFiles).values(values).returning({
      id: storedFiles.id,
      schoolId: storedFiles.schoolId,
      fileName: storedFiles.fileName,
      contentType: storedFiles.contentType,
      sizeBytes: storedFiles.sizeBytes,
      sha256: storedFiles.sha256,
      objectKey: storedFiles.objectKey,
      uploadedBy: storedFiles.uploadedBy,
      uploadedAt: storedFiles.uploadedAt,
    });
    return row!;
  },

  /** The file with its bytes, for a download. */
  async findInSchool(db: Db, schoolId: string, id: string): Promise<StoredFileRow | null> {
    const [row] = await db
      .select()
      .from(storedFiles)
      .where(and(eq(storedFiles.schoolId, schoolId), eq(storedFiles.id, id)));
    return row ?? null;
  },
};
