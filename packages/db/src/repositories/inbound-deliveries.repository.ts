// Raw webhook deliveries. Stored first, processed by a job; a delivery stays pending until its comments are
// written, so a crash in between loses nothing: the next sweep picks it up again. One that fails every attempt is
// abandoned, never dropped: it stays here, and the school is told.
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { inboundDeliveries } from '../schema/index.ts';

export type InboundDeliveryRow = typeof inboundDeliveries.$inferSelect;

export const inboundDeliveriesRepository = {
  async insert(
    db: Db,
    values: { platform: string; body: string; bodySha256: string; receivedAt: Date },
  ): Promise<number> {
    const [row] = await db.insert(inboundDeliveries).values(values).returning({ id: inboundDeliveries.id });
    return row!.id;
  },
  /** Locks one delivery for processing; another worker skips it rather than waiting. Null: taken or done. */
  async lockPending(db: Db, id: number): Promise<InboundDeliveryRow | null> {
    const rows = await db
      .select()
      .from(inboundDeliveries)
      .where(and(eq(inboundDeliveries.id, id), inArray(inboundDeliveries.status, ['pending', 'failed'])))
      .for('update', { skipLocked: true });
    return rows[0] ?? null;
  },
  /** Deliveries still to do, oldest first: new ones and failed ones that have not used up their attempts. */
  async listPendingIds(db: Db, maxAttempts: number, limit = 500): Promise<number[]> {
    const rows = await db
      .select({ id: inboundDeliveries.id })
      .from(inboundDeliveries)
      .where(and(inArray(inboundDeliveries.status, ['pending', 'failed']), lt(inboundDeliveries.attempts, maxAttempts)))
      .orderBy(asc(inboundDeliveries.id))
      .limit(limit);
    return rows.map((r) => r.id);
  },
  async markProcessed(db: Db, id: number, at: Date) {
    await db
      .update(inboundDeliveries)
      .set({ status: 'processed', processedAt: at, attempts: sql`${inboundDeliveries.attempts} + 1`, lastError: null })
      .where(eq(inboundDeliveries.id, id));
  },
  /**
   * Counts a failed attempt. Once `maxAttempts` are used up the delivery is `abandoned`: no sweep tries it again,
   * and the caller tells someone (`givenUp`). Null when there is no such delivery.
   */
  async markFailed(
    db: Db,
    id: number,
    error: string,
    maxAttempts: number,
  ): Promise<{ attempts: number; givenUp: boolean } | null> {
    const [row] = await db
      .update(inboundDeliveries)
      .set({
        status: sql`case when ${inboundDeliveries.attempts} + 1 >= ${maxAttempts} then 'abandoned' else 'failed' end`,
        attempts: sql`${inboundDeliveries.attempts} + 1`,
        lastError: error.slice(0, 500),
      })
      .where(and(eq(inboundDeliveries.id, id), inArray(inboundDeliveries.status, ['pending', 'failed'])))
      .returning({ attempts: inboundDeliveries.attempts, status: inboundDeliveries.status });
    return row ? { attempts: row.attempts, givenUp: row.status === 'abandoned' } : null;
  },
  async find(db: Db, id: number): Promise<InboundDeliveryRow | null> {
    const [row] = await db.select().from(inboundDeliveries).where(eq(inboundDeliveries.id, id));
    return row ?? null;
  },
};
