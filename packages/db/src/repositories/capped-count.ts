// Totals that stop counting at a cap (issue 16). An exact count(*) reads every matching row however long a school's
// history; a list's total only has to say "this many" or "at least this many", so the count reads at most cap + 1
// rows (`select count(*) from (select 1 ... limit cap + 1)`), which an index answers in bounded time.
import { count, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';

/** Where the lists whose history grows without end stop counting: "10,000 or more". */
export const LIST_TOTAL_CAP = 10_000;

export interface CappedTotal {
  /** The exact number of rows, or `cap` when there are more. */
  total: number;
  /** True when the count stopped at the cap: there are more than `total` rows. */
  totalIsLowerBound: boolean;
}

export async function cappedCount(
  db: Db,
  table: PgTable,
  where: SQL | undefined,
  cap: number = LIST_TOTAL_CAP,
): Promise<CappedTotal> {
  const upTo = db
    .select({ one: sql`1` })
    .from(table)
    .where(where)
    .limit(cap + 1)
    .as('up_to_cap');
  const [row] = await db.select({ n: count() }).from(upTo);
  const n = row?.n ?? 0;
  return n > cap ? { total: cap, totalIsLowerBound: true } : { total: n, totalIsLowerBound: false };
}
