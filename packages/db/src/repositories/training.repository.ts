// Training records of a school's staff: induction, refreshers and DSL training, with an optional certificate.
import { and, asc, between, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { schools, staff, storedFiles, trainingRecords, users } from '../schema/index.ts';
import { canSignInSql } from './sign-in-sql.ts';

export type TrainingRecordRow = typeof trainingRecords.$inferSelect;
export type TrainingRecordWithFile = TrainingRecordRow & {
  evidence: { fileName: string; contentType: string; sizeBytes: number } | null;
};

const withFile = {
  record: trainingRecords,
  fileName: storedFiles.fileName,
  contentType: storedFiles.contentType,
  sizeBytes: storedFiles.sizeBytes,
};
type WithFileRow = {
  record: TrainingRecordRow;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
};
const present = (r: WithFileRow): TrainingRecordWithFile => ({
  ...r.record,
  evidence:
    r.fileName !== null && r.contentType !== null && r.sizeBytes !== null
      ? { fileName: r.fileName, contentType: r.contentType, sizeBytes: r.sizeBytes }
      : null,
});

export const trainingRepository = {
  async insert(db: Db, values: typeof trainingRecords.$inferInsert): Promise<TrainingRecordRow> {
    const [row] = await db.insert(trainingRecords).values(values).returning();
    return row!;
  },

  async update(
    db: Db,
    schoolId: string,
    id: string,
    patch: Partial<Pick<TrainingRecordRow, 'title' | 'completedOn' | 'expiresOn' | 'evidenceFileId'>>,
  ): Promise<void> {
    if (Object.keys(patch).length === 0) return; // nothing to set: SQL has no empty UPDATE
    await db
      .update(trainingRecords)
      .set(patch)
      .where(and(eq(trainingRecords.schoolId, schoolId), eq(trainingRecords.id, id)));
  },

  async findInSchool(db: Db, schoolId: string, id: string): Promise<TrainingRecordWithFile | null> {
    const [row] = await db
      .select(withFile)
      .from(trainingRecords)
      .leftJoin(storedFiles, eq(storedFiles.id, trainingRecords.evidenceFileId))
      .where(and(eq(trainingRecords.schoolId, schoolId), eq(trainingRecords.id, id)));
    return row ? present(row) : null;
  },

  /** Every record of these staff (all of the school's when staffIds is omitted), newest first. */
  async listForStaff(db: Db, schoolId: string, staffIds?: string[]): Promise<TrainingRecordWithFile[]> {
    if (staffIds && staffIds.length === 0) return [];
    const rows = await db
      .select(withFile)
      .from(trainingRecords)
      .leftJoin(storedFiles, eq(storedFiles.id, trainingRecords.evidenceFileId))
      .where(
        and(eq(trainingRecords.schoolId, schoolId), staffIds ? inArray(trainingRecords.staffId, staffIds) : undefined),
      )
      .orderBy(desc(trainingRecords.completedOn), desc(trainingRecords.recordedAt));
    return rows.map(present);
  },

  /** The school's active staff, with whether each can sign in (for the table and for reminders). */
  async activeStaff(db: Db, schoolId: string) {
    const rows = await db
      .select({
        staffId: staff.id,
        userId: staff.userId,
        firstName: staff.firstName,
        lastName: staff.lastName,
        jobTitle: staff.jobTitle,
        role: staff.role,
        canSignIn: canSignInSql,
        /** When the staff record was made: the nearest Schoolgate knows to the day they joined. */
        createdAt: staff.createdAt,
      })
      .from(staff)
      .leftJoin(users, eq(users.id, staff.userId))
      .where(and(eq(staff.schoolId, schoolId), eq(staff.status, 'active')))
      .orderBy(asc(staff.lastName), asc(staff.firstName));
    return rows.map((r) => ({ ...r, canSignIn: Boolean(r.canSignIn) }));
  },

  /**
   * Records of active staff, in every school, expiring between two dates: for the expiry reminder job.
   * The job decides which of them are still the latest of their kind.
   */
  async expiringBetween(db: Db, from: string, to: string) {
    const rows = await db
      .select({
        recordId: trainingRecords.id,
        staffId: trainingRecords.staffId,
        kind: trainingRecords.kind,
        expiresOn: trainingRecords.expiresOn,
        schoolId: schools.id,
        trustId: schools.trustId,
        userId: staff.userId,
        firstName: staff.firstName,
        lastName: staff.lastName,
        canSignIn: canSignInSql,
      })
      .from(trainingRecords)
      .innerJoin(staff, eq(staff.id, trainingRecords.staffId))
      .innerJoin(schools, eq(schools.id, trainingRecords.schoolId))
      .leftJoin(users, eq(users.id, staff.userId))
      .where(and(eq(staff.status, 'active'), between(trainingRecords.expiresOn, from, to)));
    return rows.map((r) => ({ ...r, canSignIn: Boolean(r.canSignIn) }));
  },
};
