// Attempts at connecting an account to its platform (schema/connections.ts). Using a state is one update that only
// one caller can win, and only before it expires: a replayed or late callback finds nothing.
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { accountConnections } from '../schema/index.ts';

export type AccountConnectionRow = typeof accountConnections.$inferSelect;

export const accountConnectionsRepository = {
  async insert(db: Db, values: typeof accountConnections.$inferInsert): Promise<AccountConnectionRow> {
    const [row] = await db.insert(accountConnections).values(values).returning();
    return row!;
  },
  /** Marks the state used and answers its row; null when no unused, unexpired attempt has this state. */
  async useState(db: Db, stateHash: string, platformGroup: string[], now: Date): Promise<AccountConnectionRow | null> {
    const rows = await db
      .update(accountConnections)
      .set({ callbackAt: now })
      .where(
        and(
          eq(accountConnections.stateHash, stateHash),
          isNull(accountConnections.callbackAt),
          gt(accountConnections.expiresAt, now),
        ),
      )
      .returning();
    const row = rows[0];
    return row && platformGroup.includes(row.platform) ? row : null;
  },
  /** The attempt with this state, used or not (to tell a replay from a forgery). */
  async findByState(db: Db, stateHash: string): Promise<AccountConnectionRow | null> {
    const [row] = await db.select().from(accountConnections).where(eq(accountConnections.stateHash, stateHash));
    return row ?? null;
  },
  async findInSchool(db: Db, schoolId: string, id: string): Promise<AccountConnectionRow | null> {
    const [row] = await db
      .select()
      .from(accountConnections)
      .where(and(eq(accountConnections.schoolId, schoolId), eq(accountConnections.id, id)));
    return row ?? null;
  },
  async update(
    db: Db,
    id: string,
    patch: Partial<Pick<AccountConnectionRow, 'status' | 'choicesSealed' | 'failure'>>,
  ): Promise<void> {
    await db.update(accountConnections).set(patch).where(eq(accountConnections.id, id));
  },
  /** Moves an attempt from choosing to connected once; false when it was not waiting for a choice. */
  async finishChoosing(db: Db, id: string): Promise<boolean> {
    const rows = await db
      .update(accountConnections)
      .set({ status: 'connected', choicesSealed: null })
      .where(and(eq(accountConnections.id, id), eq(accountConnections.status, 'choosing')))
      .returning({ id: accountConnections.id });
    return rows.length === 1;
  },
};
