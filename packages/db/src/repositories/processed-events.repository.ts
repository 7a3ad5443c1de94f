// The platform events ingestion has applied, one row per dedupe key. Platforms deliver at least once and a poll
// may read a post again, so ingestion records each event's key before applying it: a key already here means the
// event was applied before, and it changes nothing the second time.
import { sql } from 'drizzle-orm';
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
  /**
   * Records a batch's events in one statement; answers the keys (`${accountId} ${dedupeKey}`) recorded now, i.e.
   * seen for the first time. A key given twice is recorded once.
   */
  async recordManyIfNew(db: Db, values: Array<Omit<typeof processedEvents.$inferInsert, 'id'>>): Promise<Set<string>> {
    const unique = new Map<string, (typeof values)[number]>();
    for (const v of values)
      if (!unique.has(`${v.accountId} ${v.dedupeKey}`)) unique.set(`${v.accountId} ${v.dedupeKey}`, v);
    if (unique.size === 0) return new Set();
    const rows = await db
      .insert(processedEvents)
      .values([...unique.values()])
      .onConflictDoNothing({ target: [processedEvents.accountId, processedEvents.dedupeKey] })
      .returning({ key: sql<string>`${processedEvents.accountId} || ' ' || ${processedEvents.dedupeKey}` });
    return new Set(rows.map((r) => r.key));
  },
};
