// Raw webhook deliveries. Stored first, processed by a job; a delivery stays pending until its comments are
// written, so a crash in between loses nothing: the next sweep picks it up again.
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
  async markFailed(db: Db, id: number, error: string) {
    await db
      .update(inboundDeliveries)
      .set({ status: 'failed', attempts: sql`${inboundDeliveries.attempts} + 1`, lastError: error.slice(0, 500) })
      .where(eq(inboundDeliveries.id, id));
  },
  async find(db: Db, id: number): Promise<InboundDeliveryRow | null> {
    const [row] = await db.select().from(inboundDeliveries).where(eq(inboundDeliveries.id, id));
    return row ?? null;
  },
};
