// The named runners of each official account.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { accountRunners, staff } from '../schema/index.ts';

export const accountRunnersRepository = {
  async add(db: Db, schoolId: string, accountId: string, staffIds: string[]): Promise<void> {
    if (staffIds.length === 0) return;
    await db
      .insert(accountRunners)
      .values(staffIds.map((staffId) => ({ schoolId, accountId, staffId })))
      .onConflictDoNothing();
  },
  /** Every runner of these accounts, with their staff record's name, role and status. */
  async listForAccounts(db: Db, schoolId: string, accountIds: string[]) {
    if (accountIds.length === 0) return [];
    return db
      .select({
        accountId: accountRunners.accountId,
        staffId: staff.id,
        userId: staff.userId,
        firstName: staff.firstName,
        lastName: staff.lastName,
        role: staff.role,
        status: staff.status,
      })
      .from(accountRunners)
      .innerJoin(staff, eq(staff.id, accountRunners.staffId))
      .where(and(eq(accountRunners.schoolId, schoolId), inArray(accountRunners.accountId, accountIds)));
  },
  /** Whether this signed-in user runs the account (an active staff record of theirs is a runner). */
  async isRunner(db: Db, schoolId: string, accountId: string, userId: string): Promise<boolean> {
    const rows = await db
      .select({ id: accountRunners.id })
      .from(accountRunners)
      .innerJoin(staff, eq(staff.id, accountRunners.staffId))
      .where(
        and(
          eq(accountRunners.schoolId, schoolId),
          eq(accountRunners.accountId, accountId),
          eq(staff.userId, userId),
          eq(staff.status, 'active'),
        ),
      );
    return rows.length > 0;
  },
  /** The accounts this staff record runs. */
  async accountIdsForStaff(db: Db, schoolId: string, staffId: string): Promise<string[]> {
    const rows = await db
      .select({ accountId: accountRunners.accountId })
      .from(accountRunners)
      .where(and(eq(accountRunners.schoolId, schoolId), eq(accountRunners.staffId, staffId)));
    return rows.map((r) => r.accountId);
  },
  /** The accounts this signed-in user runs through an active staff record in the school. */
  async accountIdsRunBy(db: Db, schoolId: string, userId: string): Promise<string[]> {
    const rows = await db
      .select({ accountId: accountRunners.accountId })
      .from(accountRunners)
      .innerJoin(staff, eq(staff.id, accountRunners.staffId))
      .where(and(eq(accountRunners.schoolId, schoolId), eq(staff.userId, userId), eq(staff.status, 'active')));
    return [...new Set(rows.map((r) => r.accountId))];
  },
  async remove(db: Db, schoolId: string, accountId: string, staffId: string): Promise<void> {
    await db
      .delete(accountRunners)
      .where(
        and(
          eq(accountRunners.schoolId, schoolId),
          eq(accountRunners.accountId, accountId),
          eq(accountRunners.staffId, staffId),
        ),
      );
  },
};
