// Pupils of one school. Every read takes the school id from the caller's session, never the request.
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { pupils } from '../schema/index.ts';
import { containsPattern } from './search-pattern.ts';

export type PupilRow = typeof pupils.$inferSelect;
export type PupilValues = Pick<
  PupilRow,
  'misId' | 'firstName' | 'lastName' | 'preferredName' | 'yearGroup' | 'className' | 'doNotPublish'
>;

// Years sort as a school lists them: nursery, reception, then 1 to 13.
const yearOrder = sql`case ${pupils.yearGroup} when 'N' then -1 when 'R' then 0 else cast(${pupils.yearGroup} as integer) end`;

export const pupilsRepository = {
  async list(db: Db, schoolId: string, q: { search?: string; yearGroup?: string; page: number; pageSize: number }) {
    const conditions: SQL[] = [eq(pupils.schoolId, schoolId), eq(pupils.status, 'active')];
    if (q.yearGroup) conditions.push(eq(pupils.yearGroup, q.yearGroup));
    if (q.search) {
      const p = containsPattern(q.search);
      conditions.push(
        or(
          ilike(pupils.firstName, p),
          ilike(pupils.lastName, p),
          ilike(pupils.preferredName, p),
          ilike(pupils.misId, p),
        )!,
      );
    }
    const where = and(...conditions);
    const [items, [total]] = await Promise.all([
      db
        .select()
        .from(pupils)
        .where(where)
        .orderBy(asc(pupils.lastName), asc(pupils.firstName))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
      db.select({ n: count() }).from(pupils).where(where),
    ]);
    return { items, total: total?.n ?? 0 };
  },

  async yearGroupCounts(db: Db, schoolId: string) {
    return db
      .select({ yearGroup: pupils.yearGroup, count: count() })
      .from(pupils)
      .where(and(eq(pupils.schoolId, schoolId), eq(pupils.status, 'active')))
      .groupBy(pupils.yearGroup)
      .orderBy(yearOrder);
  },

  async findInSchool(db: Db, schoolId: string, id: string): Promise<PupilRow | null> {
    const [row] = await db
      .select()
      .from(pupils)
      .where(and(eq(pupils.schoolId, schoolId), eq(pupils.id, id)));
    return row ?? null;
  },

  async listForImport(db: Db, schoolId: string): Promise<PupilRow[]> {
    return db.select().from(pupils).where(eq(pupils.schoolId, schoolId));
  },

  async insertMany(db: Db, schoolId: string, rows: PupilValues[]): Promise<void> {
    // Batches keep each statement well under PostgreSQL's 65,535-parameter limit.
    for (let i = 0; i < rows.length; i += 1000) {
      await db.insert(pupils).values(rows.slice(i, i + 1000).map((r) => ({ ...r, schoolId })));
    }
  },

  async update(db: Db, schoolId: string, id: string, values: Partial<PupilValues>): Promise<void> {
    await db
      .update(pupils)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(pupils.schoolId, schoolId), eq(pupils.id, id)));
  },

  async countActive(db: Db, schoolId: string): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(pupils)
      .where(and(eq(pupils.schoolId, schoolId), eq(pupils.status, 'active')));
    return row?.n ?? 0;
  },
};
