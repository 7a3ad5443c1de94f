// Health figures for the account register that come from other tables (what arrived from each account).
import { and, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { comments } from '../schema/index.ts';

export const accountHealthRepository = {
  /** When the newest comment from each account was received. */
  async lastReceived(db: Db, schoolId: string, accountIds: string[]): Promise<Map<string, Date>> {
    if (accountIds.length === 0) return new Map();
    const rows = await db
      .select({ accountId: comments.accountId, at: max(comments.receivedAt) })
      .from(comments)
      .where(and(eq(comments.schoolId, schoolId), inArray(comments.accountId, accountIds)))
      .groupBy(comments.accountId);
    return new Map(rows.flatMap((r) => (r.at ? [[r.accountId, r.at] as const] : [])));
  },
};
