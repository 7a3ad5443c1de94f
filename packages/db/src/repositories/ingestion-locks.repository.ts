// One school's comments are ingested by one transaction at a time: a worker's batch holds the school (a transaction
// advisory lock, released at commit) and another worker's batch leaves that school's deliveries for later instead of
// waiting, so two workers never wait on each other's audit chain or comments, and never deadlock.
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';

const key = (schoolId: string) => sql`hashtextextended(${`ingest:${schoolId}`}, 0)`;

export const ingestionLocksRepository = {
  /** Takes each school it can without waiting (so the order does not matter); answers the ones taken. */
  async tryHoldSchools(tx: Db, schoolIds: string[]): Promise<Set<string>> {
    const ids = [...new Set(schoolIds)];
    if (ids.length === 0) return new Set();
    const result = (await tx.execute(
      sql`select id from unnest(${`{${ids.join(',')}}`}::text[]) as id
          where pg_try_advisory_xact_lock(hashtextextended('ingest:' || id, 0))`,
    )) as unknown as { rows: Array<{ id: string }> };
    return new Set(result.rows.map((r) => r.id));
  },
  /** Waits for each school in id order (a single delivery retried on its own); holds nothing else yet. */
  async holdSchools(tx: Db, schoolIds: string[]): Promise<void> {
    for (const schoolId of [...new Set(schoolIds)].sort()) {
      await tx.execute(sql`select pg_advisory_xact_lock(${key(schoolId)})`);
    }
  },
};
