// Handover tasks (004): opened when a runner leaves, resolved by naming a new runner or closing the account.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { accountHandovers } from '../schema/index.ts';

export type AccountHandoverRow = typeof accountHandovers.$inferSelect;

export const accountHandoversRepository = {
  /** Opens one task per account and leaver; a second deactivation of the same person opens nothing new. */
  async open(db: Db, values: { schoolId: string; accountId: string; leaverStaffId: string; openedAt: Date }) {
    const rows = await db.insert(accountHandovers).values(values).onConflictDoNothing().returning();
    return rows[0] ?? null;
  },
  async findInSchool(db: Db, schoolId: string, id: string): Promise<AccountHandoverRow | null> {
    const [row] = await db
      .select()
      .from(accountHandovers)
      .where(and(eq(accountHandovers.schoolId, schoolId), eq(accountHandovers.id, id)));
    return row ?? null;
  },
  /** Locks the task so two people resolving it at once cannot both succeed. */
  async lockOpen(db: Db, schoolId: string, id: string): Promise<AccountHandoverRow | null> {
    const [row] = await db
      .select()
      .from(accountHandovers)
      .where(
        and(eq(accountHandovers.schoolId, schoolId), eq(accountHandovers.id, id), eq(accountHandovers.status, 'open')),
      )
      .for('update');
    return row ?? null;
  },
  async listOpen(db: Db, schoolId: string, accountIds?: string[]): Promise<AccountHandoverRow[]> {
    if (accountIds && accountIds.length === 0) return [];
    return db
      .select()
      .from(accountHandovers)
      .where(
        and(
          eq(accountHandovers.schoolId, schoolId),
          eq(accountHandovers.status, 'open'),
          accountIds ? inArray(accountHandovers.accountId, accountIds) : undefined,
        ),
      )
      .orderBy(asc(accountHandovers.openedAt));
  },
  async resolve(
    db: Db,
    id: string,
    values: { status: 'runner_named' | 'account_closed'; resolvedBy: string; resolvedAt: Date } & Partial<{
      newRunnerStaffId: string;
      note: string;
    }>,
  ): Promise<void> {
    await db.update(accountHandovers).set(values).where(eq(accountHandovers.id, id));
  },
  /** Closing the account settles every task still open on it. */
  async closeAllForAccount(
    db: Db,
    schoolId: string,
    accountId: string,
    values: { resolvedBy: string; resolvedAt: Date; note: string },
  ): Promise<number> {
    const rows = await db
      .update(accountHandovers)
      .set({ ...values, status: 'account_closed' })
      .where(
        and(
          eq(accountHandovers.schoolId, schoolId),
          eq(accountHandovers.accountId, accountId),
          eq(accountHandovers.status, 'open'),
        ),
      )
      .returning({ id: accountHandovers.id });
    return rows.length;
  },
};
