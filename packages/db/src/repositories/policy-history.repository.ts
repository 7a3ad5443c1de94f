// A school's imported policy version history (policy_history_entries). Every query is scoped by the school taken
// from the session, so another school's row is simply not found.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { policyHistoryEntries } from '../schema/index.ts';

export type PolicyHistoryEntryRow = typeof policyHistoryEntries.$inferSelect;
export interface PolicyHistoryEntryValues {
  version: string;
  date: string;
  author: string;
  reason: string;
}

export const policyHistoryRepository = {
  /** Oldest first: by date, then in the order the rows were added. */
  async listForSchool(db: Db, schoolId: string): Promise<PolicyHistoryEntryRow[]> {
    return db
      .select()
      .from(policyHistoryEntries)
      .where(eq(policyHistoryEntries.schoolId, schoolId))
      .orderBy(asc(policyHistoryEntries.date), asc(policyHistoryEntries.createdAt), asc(policyHistoryEntries.id));
  },

  async findInSchool(db: Db, schoolId: string, id: string): Promise<PolicyHistoryEntryRow | null> {
    const [row] = await db
      .select()
      .from(policyHistoryEntries)
      .where(and(eq(policyHistoryEntries.schoolId, schoolId), eq(policyHistoryEntries.id, id)));
    return row ?? null;
  },

  async insertMany(
    db: Db,
    schoolId: string,
    createdBy: string,
    rows: readonly PolicyHistoryEntryValues[],
    now: Date,
  ): Promise<PolicyHistoryEntryRow[]> {
    if (rows.length === 0) return [];
    // One millisecond apart, so rows of one import on the same date keep the order they were pasted in.
    return db
      .insert(policyHistoryEntries)
      .values(
        rows.map((row, index) => ({
          ...row,
          schoolId,
          createdBy,
          createdAt: new Date(now.getTime() + index),
          updatedAt: now,
        })),
      )
      .returning();
  },

  async update(
    db: Db,
    schoolId: string,
    id: string,
    values: PolicyHistoryEntryValues,
    now: Date,
  ): Promise<PolicyHistoryEntryRow | null> {
    const [row] = await db
      .update(policyHistoryEntries)
      .set({ ...values, updatedAt: now })
      .where(and(eq(policyHistoryEntries.schoolId, schoolId), eq(policyHistoryEntries.id, id)))
      .returning();
    return row ?? null;
  },

  async delete(db: Db, schoolId: string, id: string): Promise<PolicyHistoryEntryRow | null> {
    const [row] = await db
      .delete(policyHistoryEntries)
      .where(and(eq(policyHistoryEntries.schoolId, schoolId), eq(policyHistoryEntries.id, id)))
      .returning();
    return row ?? null;
  },
};
