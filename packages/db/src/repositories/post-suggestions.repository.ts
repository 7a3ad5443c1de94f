// Staff suggestions for posts (issue 11, 000 "speak to the Principal"): what a member of staff who does not run an
// account would like posted, until the head or a runner turns it into a draft or declines it. School-scoped.
import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { postSuggestions } from '../schema/index.ts';
import { cappedCount, LIST_TOTAL_CAP, type CappedTotal } from './capped-count.ts';

export type PostSuggestionRow = typeof postSuggestions.$inferSelect;
/** Which suggestions a list may hold: all of the school's, or someone's own (and those for these accounts). */
export type SuggestionsAmong = 'all' | { byUserId: string; accountIds?: string[] };

export const postSuggestionsRepository = {
  async create(db: Db, values: typeof postSuggestions.$inferInsert): Promise<PostSuggestionRow> {
    const [row] = await db.insert(postSuggestions).values(values).returning();
    return row!;
  },

  async find(db: Db, schoolId: string, id: string): Promise<PostSuggestionRow | null> {
    const [row] = await db
      .select()
      .from(postSuggestions)
      .where(and(eq(postSuggestions.schoolId, schoolId), eq(postSuggestions.id, id)));
    return row ?? null;
  },

  async lock(db: Db, schoolId: string, id: string): Promise<PostSuggestionRow | null> {
    const [row] = await db
      .select()
      .from(postSuggestions)
      .where(and(eq(postSuggestions.schoolId, schoolId), eq(postSuggestions.id, id)))
      .for('update');
    return row ?? null;
  },

  /**
   * One page, newest first; `status` narrows to open, drafted or declined. `among` says which suggestions the list may
   * hold (who may see which is decided in the use case): every one of the school's, or one person's own plus, when
   * `accountIds` is given, those for any of these accounts or for no account in particular. The total stops counting
   * at `totalCap` like the queue's (issue 16).
   */
  async list(
    db: Db,
    schoolId: string,
    q: { status?: string; page: number; pageSize: number; among: SuggestionsAmong },
    totalCap: number = LIST_TOTAL_CAP,
  ): Promise<{ items: PostSuggestionRow[] } & CappedTotal> {
    const conditions: SQL[] = [eq(postSuggestions.schoolId, schoolId)];
    if (q.status) conditions.push(eq(postSuggestions.status, q.status));
    if (q.among !== 'all') {
      const own = eq(postSuggestions.byUserId, q.among.byUserId);
      const ids = q.among.accountIds;
      conditions.push(
        ids === undefined
          ? own
          : or(
              own,
              sql`${postSuggestions.accountIds} = '[]'::jsonb`,
              ids.length > 0
                ? sql`${postSuggestions.accountIds} ?| array[${sql.join(
                    ids.map((id) => sql`${id}`),
                    sql`, `,
                  )}]::text[]`
                : undefined,
            )!,
      );
    }
    const where = and(...conditions);
    const [items, counted] = await Promise.all([
      db
        .select()
        .from(postSuggestions)
        .where(where)
        .orderBy(desc(postSuggestions.createdAt), desc(postSuggestions.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
      cappedCount(db, postSuggestions, where, totalCap),
    ]);
    return { items, ...counted };
  },

  async update(
    db: Db,
    schoolId: string,
    id: string,
    patch: Partial<typeof postSuggestions.$inferInsert>,
  ): Promise<void> {
    await db
      .update(postSuggestions)
      .set(patch)
      .where(and(eq(postSuggestions.schoolId, schoolId), eq(postSuggestions.id, id)));
  },
};
