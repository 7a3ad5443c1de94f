// Staff suggestions for posts (issue 11, 000 "speak to the Principal"): what a member of staff who does not run an
// account would like posted, until the head or a runner turns it into a draft or declines it. School-scoped.
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { postSuggestions } from '../schema/index.ts';

export type PostSuggestionRow = typeof postSuggestions.$inferSelect;

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

  /** Newest first; `byUserId` narrows to one person's own suggestions, `status` to open, drafted or declined. */
  async list(db: Db, schoolId: string, q: { status?: string; byUserId?: string }): Promise<PostSuggestionRow[]> {
    const conditions: SQL[] = [eq(postSuggestions.schoolId, schoolId)];
    if (q.status) conditions.push(eq(postSuggestions.status, q.status));
    if (q.byUserId) conditions.push(eq(postSuggestions.byUserId, q.byUserId));
    return db
      .select()
      .from(postSuggestions)
      .where(and(...conditions))
      .orderBy(desc(postSuggestions.createdAt))
      .limit(300);
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
