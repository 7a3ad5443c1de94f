// Requests for a new official account, and their decisions.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { accountRequests } from '../schema/index.ts';

export type AccountRequestRow = typeof accountRequests.$inferSelect;

export const accountRequestsRepository = {
  async insert(db: Db, values: typeof accountRequests.$inferInsert): Promise<AccountRequestRow> {
    const [row] = await db.insert(accountRequests).values(values).returning();
    return row!;
  },
  async findInSchool(db: Db, schoolId: string, id: string): Promise<AccountRequestRow | null> {
    const [row] = await db
      .select()
      .from(accountRequests)
      .where(and(eq(accountRequests.schoolId, schoolId), eq(accountRequests.id, id)));
    return row ?? null;
  },
  async listForSchool(db: Db, schoolId: string): Promise<AccountRequestRow[]> {
    return db
      .select()
      .from(accountRequests)
      .where(eq(accountRequests.schoolId, schoolId))
      .orderBy(desc(accountRequests.createdAt));
  },
  /** Changes a pending request only; null when it was no longer pending (decided meanwhile). */
  async updatePending(
    db: Db,
    schoolId: string,
    id: string,
    patch: Partial<typeof accountRequests.$inferInsert>,
  ): Promise<AccountRequestRow | null> {
    const [row] = await db
      .update(accountRequests)
      .set(patch)
      .where(
        and(eq(accountRequests.schoolId, schoolId), eq(accountRequests.id, id), eq(accountRequests.status, 'pending')),
      )
      .returning();
    return row ?? null;
  },
};
