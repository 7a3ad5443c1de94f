// Failed sign-ins, counted per account at an address and per address for the sign-in throttle. Kept in the database so the
// limit holds across several app processes.
import { and, count, eq, gt, inArray, lt, max } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { signInFailures } from '../schema/index.ts';

export const signInFailuresRepository = {
  async record(db: Db, keys: string[], at: Date) {
    await db.insert(signInFailures).values(keys.map((key) => ({ key, at })));
  },
  /** How many failures under `key` since `since`, and when the last was. */
  async historySince(db: Db, key: string, since: Date): Promise<{ count: number; lastAt: Date | null }> {
    const [row] = await db
      .select({ n: count(), lastAt: max(signInFailures.at) })
      .from(signInFailures)
      .where(and(eq(signInFailures.key, key), gt(signInFailures.at, since)));
    return { count: row?.n ?? 0, lastAt: row?.lastAt ?? null };
  },
  async clear(db: Db, keys: string[]) {
    await db.delete(signInFailures).where(inArray(signInFailures.key, keys));
  },
  async deleteOlderThan(db: Db, before: Date) {
    await db.delete(signInFailures).where(lt(signInFailures.at, before));
  },
};
