// Failed sign-ins, counted per account and per address for the rate limit. Kept in the database so the
// limit holds across several app processes.
import { and, count, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { signInFailures } from '../schema/index.ts';

export const signInFailuresRepository = {
  async record(db: Db, keys: string[], at: Date) {
    await db.insert(signInFailures).values(keys.map((key) => ({ key, at })));
  },
  async countSince(db: Db, key: string, since: Date): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(signInFailures)
      .where(and(eq(signInFailures.key, key), gt(signInFailures.at, since)));
    return row?.n ?? 0;
  },
  async clear(db: Db, keys: string[]) {
    await db.delete(signInFailures).where(inArray(signInFailures.key, keys));
  },
  async deleteOlderThan(db: Db, before: Date) {
    await db.delete(signInFailures).where(lt(signInFailures.at, before));
  },
};
