// Turns one stored delivery into comments, in one transaction: either every event of the delivery is written and
// the delivery marked processed, or nothing is and the delivery stays pending for the next attempt. Running it
// twice (a retry after a crash) changes nothing the second time: comments are keyed by the platform's ids.
import { commentsRepository, inboundDeliveriesRepository, type Db } from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';
import type { NormaliseOutcome, Platform } from '../../connectors/normalised-event.ts';
import { ingestEvent, type IngestOutcome } from './ingest-event.ts';
import { normaliseDelivery as defaultNormalise } from './normalise-delivery.ts';
import { hideOnArrival } from './hide-on-arrival.ts';
import { safeError, safeErrorLine } from '../../logging/safe-error.ts';

export const MAX_DELIVERY_ATTEMPTS = 5;

export type Normalise = (platform: Platform, body: unknown, receivedAt: Date) => NormaliseOutcome;

export interface ProcessDeps {
  normalise?: Normalise;
  /** Test hook: runs after the events are written, before commit (a crash here must lose nothing). */
  beforeCommit?: (tx: Db) => Promise<void>;
}

export async function processDelivery(
  ctx: AppContext,
  deliveryId: number,
  deps: ProcessDeps = {},
): Promise<IngestOutcome[] | 'skipped'> {
  const normalise = deps.normalise ?? defaultNormalise;
  try {
    return await ctx.db.transaction(async (tx) => {
      const delivery = await inboundDeliveriesRepository.lockPending(tx, deliveryId);
      if (!delivery) return 'skipped' as const;
      const now = ctx.now();
      const { events } = normalise(delivery.platform as Platform, JSON.parse(delivery.body), delivery.receivedAt);
      const outcomes: IngestOutcome[] = [];
      for (const event of events) outcomes.push(await ingestEvent(tx, event, delivery.id, now));
      await deps.beforeCommit?.(tx);
      await inboundDeliveriesRepository.markProcessed(tx, delivery.id, now);
      return outcomes;
    });
  } catch (error) {
    // The transaction rolled back; count the attempt outside it so a poison delivery stops being retried.
    await inboundDeliveriesRepository.markFailed(ctx.db, deliveryId, safeErrorLine(error));
    ctx.log.warn({ deliveryId, err: safeError(error) }, 'delivery not processed');
    throw error;
  }
}

/** Processes every delivery still pending (new, or failed with attempts left), oldest first, in batches. */
export async function processPendingDeliveries(
  ctx: AppContext,
  deps: ProcessDeps = {},
): Promise<{ processed: number; failed: number }> {
  let processed = 0;
  let failed = 0;
  const tried = new Set<number>();
  for (;;) {
    // A delivery that failed in this sweep waits for the next one, so a poison delivery cannot hold the loop.
    const batch = (await inboundDeliveriesRepository.listPendingIds(ctx.db, MAX_DELIVERY_ATTEMPTS)).filter(
      (id) => !tried.has(id),
    );
    if (batch.length === 0) {
      // Catch up on hides a restart interrupted after their comment was stored.
      for (const commentId of await commentsRepository.awaitingAutomaticHide(ctx.db)) {
        await hideOnArrival(ctx, commentId).catch((error: unknown) =>
          ctx.log.warn({ commentId, err: safeError(error) }, 'hide on arrival failed'),
        );
      }
      return { processed, failed };
    }
    for (const id of batch) {
      tried.add(id);
      let outcomes: Awaited<ReturnType<typeof processDelivery>>;
      try {
        outcomes = await processDelivery(ctx, id, deps);
      } catch {
        failed += 1;
        continue;
      }
      if (outcomes === 'skipped') continue;
      processed += 1;
      // After commit: the comments are safely stored before any platform is called.
      for (const outcome of outcomes) {
        if ((outcome.kind === 'stored' || outcome.kind === 'updated') && outcome.decision === 'hide') {
          await hideOnArrival(ctx, outcome.commentId).catch((error: unknown) =>
            ctx.log.warn({ commentId: outcome.commentId, err: safeError(error) }, 'hide on arrival failed'),
          );
        }
      }
    }
  }
}
