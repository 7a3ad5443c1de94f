// The platform events ingestion has applied, one row per dedupe key. Platforms deliver at least once and a poll
// may read a post again, so ingestion records each event's key before applying it: a key already here means the
// event was applied before, and it changes nothing the second time.
import type { Db } from '../client.ts';
import { processedEvents } from '../schema/index.ts';

export type ProcessedEventRow = typeof processedEvents.$inferSelect;

export const processedEventsRepository = {
  /**
   * Records an event about to be applied, in the delivery's transaction; false when its key is already recorded
   * (the event was applied before). Two workers with the same event: the second waits for the first to commit, then
   * gets false.
   */
  async recordIfNew(db: Db, values: Omit<typeof processedEvents.$inferInsert, 'id'>): Promise<boolean> {
    const rows = await db
      .insert(processedEvents)
      .values(values)
      .onConflictDoNothing({ target: [processedEvents.accountId, processedEvents.dedupeKey] })
      .returning({ id: processedEvents.id });
    return rows.length > 0;
  },
};
