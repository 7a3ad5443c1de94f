// The first thing that happens to a webhook delivery: it is stored exactly as received, before any parsing, and
// only then acknowledged. Everything after runs in a job over the stored copy. Deliveries that arrive together are
// stored together (write-batcher.ts: one insert for those waiting up to 2 ms), and each is answered only once its own
// row is written.
import { createHash } from 'node:crypto';
import { inboundDeliveriesRepository, type Db } from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';
import { WriteBatcher } from './write-batcher.ts';

type DeliveryRow = Parameters<typeof inboundDeliveriesRepository.insertMany>[1][number];

/**
 * Up to 64 rows per insert, gathered for at most 2 ms, one insert at a time: each commits before the next starts, so
 * deliveries get ids in the order they arrived (processing takes them oldest first), and while one insert runs the
 * next gathers what arrives, so batches grow with the load.
 */
export const DELIVERY_WRITES = { maxRows: 64, maxWaitMs: 2, maxConcurrent: 1 } as const;

// One batcher per database, so every request of a process shares it; tests each have their own database.
const writers = new WeakMap<Db, WriteBatcher<DeliveryRow, number>>();

function writerFor(db: Db): WriteBatcher<DeliveryRow, number> {
  let writer = writers.get(db);
  if (!writer) {
    writer = new WriteBatcher({
      ...DELIVERY_WRITES,
      write: (rows) => inboundDeliveriesRepository.insertMany(db, rows),
    });
    writers.set(db, writer);
  }
  return writer;
}

export async function receiveDelivery(ctx: AppContext, input: { platform: string; rawBody: Buffer }): Promise<number> {
  return writerFor(ctx.db).add({
    platform: input.platform,
    body: input.rawBody.toString('utf8'),
    bodySha256: createHash('sha256').update(input.rawBody).digest('hex'),
    receivedAt: ctx.now(),
  });
}

/** Stores the deliveries still waiting and waits for those being stored: a stopping web process calls it. */
export async function finishReceivingDeliveries(ctx: AppContext): Promise<void> {
  const writer = writers.get(ctx.db);
  writers.delete(ctx.db);
  await writer?.close();
}
