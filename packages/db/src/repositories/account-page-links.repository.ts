// The pages each official account likes or follows, with why (000, 002).
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { accountPageLinks } from '../schema/index.ts';

export type AccountPageLinkRow = typeof accountPageLinks.$inferSelect;

export const accountPageLinksRepository = {
  async insert(db: Db, values: typeof accountPageLinks.$inferInsert): Promise<AccountPageLinkRow> {
    const [row] = await db.insert(accountPageLinks).values(values).returning();
    return row!;
  },
  async listForAccount(db: Db, schoolId: string, accountId: string): Promise<AccountPageLinkRow[]> {
    return db
      .select()
      .from(accountPageLinks)
      .where(and(eq(accountPageLinks.schoolId, schoolId), eq(accountPageLinks.accountId, accountId)))
      .orderBy(asc(accountPageLinks.addedAt));
  },
  async findInSchool(db: Db, schoolId: string, id: string): Promise<AccountPageLinkRow | null> {
    const [row] = await db
      .select()
      .from(accountPageLinks)
      .where(and(eq(accountPageLinks.schoolId, schoolId), eq(accountPageLinks.id, id)));
    return row ?? null;
  },
  /** Decides a page still awaiting the head; false when someone already decided it. */
  async decide(
    db: Db,
    id: string,
    values: { status: 'approved' | 'refused'; decidedBy: string; decidedAt: Date; decisionNote: string },
  ): Promise<boolean> {
    const rows = await db
      .update(accountPageLinks)
      .set(values)
      .where(and(eq(accountPageLinks.id, id), eq(accountPageLinks.status, 'awaiting_head')))
      .returning({ id: accountPageLinks.id });
    return rows.length > 0;
  },
};
