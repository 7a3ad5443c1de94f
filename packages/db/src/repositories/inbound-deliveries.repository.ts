// Raw webhook deliveries. Stored first, processed by a job; a delivery stays pending until its comments are
// written, so a crash in between loses nothing: the next sweep picks it up again. One that fails every attempt is
// abandoned, never dropped: it stays here, and the school is told.
import { and, asc, eq, inArray, isNull, lt, lte, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { inboundDeliveries } from '../schema/index.ts';

export type InboundDeliveryRow = typeof inboundDeliveries.$inferSelect;

/** Not yet processed, and not waiting out the back-off after a failed attempt. */
const dueAt = (now: Date) =>
  and(
    inArray(inboundDeliveries.status, ['pending', 'failed']),
    or(isNull(inboundDeliveries.nextAttemptAt), lte(inboundDeliveries.nextAttemptAt, now)),
  );

export const inboundDeliveriesRepository = {
  async insert(
    db: Db,
    values: { platform: string; body: string; bodySha256: string; receivedAt: Date },
  ): Promise<number> {
    const [row] = await db.insert(inboundDeliveries).values(values).returning({ id: inboundDeliveries.id });
    return row!.id;
  },
  /**
   * Several deliveries in one statement (the web process's write batcher); answers their ids in the order given.
   * The ids come from one sequence as the rows are inserted in that order, so sorted they are the rows' order.
   */
  async insertMany(
    db: Db,
    values: Array<{ platform: string; body: string; bodySha256: string; receivedAt: Date }>,
  ): Promise<number[]> {
    if (values.length === 0) return [];
    const rows = await db.insert(inboundDeliveries).values(values).returning({ id: inboundDeliveries.id });
    return rows.map((r) => r.id).sort((a, b) => a - b);
  },
  /**
   * Locks one delivery for processing; another worker skips it rather than waiting. Null: taken, done, or
   * still waiting out its back-off at `now`.
   */
  async lockPending(db: Db, id: number, now: Date): Promise<InboundDeliveryRow | null> {
    const rows = await db
      .select()
      .from(inboundDeliveries)
      .where(and(eq(inboundDeliveries.id, id), dueAt(now)))
      .for('update', { skipLocked: true });
    return rows[0] ?? null;
  },
  /**
   * Claims up to `limit` due deliveries for one batch, oldest first, locked until the transaction ends; deliveries
   * another worker holds are skipped, not waited for, and so are `except` (this sweep's failures).
   */
  async claimDue(
    db: Db,
    options: { maxAttempts: number; now: Date; limit: number; except?: number[] },
  ): Promise<InboundDeliveryRow[]> {
    return db
      .select()
      .from(inboundDeliveries)
      .where(
        and(
          dueAt(options.now),
          lt(inboundDeliveries.attempts, options.maxAttempts),
          options.except?.length ? notInArray(inboundDeliveries.id, options.except) : undefined,
        ),
      )
      .orderBy(asc(inboundDeliveries.id))
      .limit(options.limit)
      .for('update', { skipLocked: true });
  },
  /** A batch's deliveries, all written: one statement for all of them. */
  async markProcessedMany(db: Db, ids: number[], at: Date) {
    if (ids.length === 0) return;
    await db
      .update(inboundDeliveries)
      .set({
        status: 'processed',
        processedAt: at,
        attempts: sql`${inboundDeliveries.attempts} + 1`,
        lastError: null,
        nextAttemptAt: null,
      })
      .where(inArray(inboundDeliveries.id, ids));
  },
  /**
   * Deliveries due at `now`, oldest first: new ones, and failed ones whose back-off has passed and that have not
   * used up their attempts.
   */
  async listPendingIds(db: Db, maxAttempts: number, now: Date, limit = 500): Promise<number[]> {
    const rows = await db
      .select({ id: inboundDeliveries.id })
      .from(inboundDeliveries)
      .where(and(dueAt(now), lt(inboundDeliveries.attempts, maxAttempts)))
      .orderBy(asc(inboundDeliveries.id))
      .limit(limit);
    return rows.map((r) => r.id);
  },
  async markProcessed(db: Db, id: number, at: Date) {
    await db
      .update(inboundDeliveries)
      .set({
        status: 'processed',
        processedAt: at,
        attempts: sql`${inboundDeliveries.attempts} + 1`,
        lastError: null,
        nextAttemptAt: null,
      })
      .where(eq(inboundDeliveries.id, id));
  },
  /**
   * Counts a failed attempt and sets when the next may run: `retryDelayMs(attempts so far)` after `now`. Once
   * `maxAttempts` are used up the delivery is `abandoned`: no sweep tries it again, and the caller tells someone
   * (`givenUp`). Null when there is no such delivery.
   */
  async markFailed(
    db: Db,
    id: number,
    failure: { error: string; maxAttempts: number; now: Date; retryDelayMs: (attempts: number) => number },
  ): Promise<{ attempts: number; givenUp: boolean; nextAttemptAt: Date | null } | null> {
    const { maxAttempts } = failure;
    return db.transaction(async (tx) => {
      const [current] = await tx
        .select({ attempts: inboundDeliveries.attempts })
        .from(inboundDeliveries)
        .where(and(eq(inboundDeliveries.id, id), inArray(inboundDeliveries.status, ['pending', 'failed'])))
        .for('update');
      if (!current) return null;
      const attempts = current.attempts + 1;
      const givenUp = attempts >= maxAttempts;
      const nextAttemptAt = givenUp ? null : new Date(failure.now.getTime() + failure.retryDelayMs(attempts));
      await tx
        .update(inboundDeliveries)
        .set({
          status: givenUp ? 'abandoned' : 'failed',
          attempts,
          lastError: failure.error.slice(0, 500),
          nextAttemptAt,
        })
        .where(eq(inboundDeliveries.id, id));
      return { attempts, givenUp, nextAttemptAt };
    });
  },
  async find(db: Db, id: number): Promise<InboundDeliveryRow | null> {
    const [row] = await db.select().from(inboundDeliveries).where(eq(inboundDeliveries.id, id));
    return row ?? null;
  },
};
