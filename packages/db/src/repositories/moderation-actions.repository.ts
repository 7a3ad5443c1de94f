// What was done with comments and to their authors, by whom, and whether on the platform or by hand.
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { moderationActions } from '../schema/index.ts';

export type ModerationActionRow = typeof moderationActions.$inferSelect;

export const moderationActionsRepository = {
  async record(db: Db, values: typeof moderationActions.$inferInsert): Promise<ModerationActionRow> {
    const [row] = await db.insert(moderationActions).values(values).returning();
    return row!;
  },
  async forComment(db: Db, commentId: string) {
    return db
      .select()
      .from(moderationActions)
      .where(eq(moderationActions.commentId, commentId))
      .orderBy(asc(moderationActions.at));
  },
  async forAuthor(db: Db, authorId: string) {
    return db
      .select()
      .from(moderationActions)
      .where(eq(moderationActions.authorId, authorId))
      .orderBy(desc(moderationActions.at));
  },
};
