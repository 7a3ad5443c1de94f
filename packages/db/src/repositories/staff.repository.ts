// Staff records of one school. Every read takes the school id from the caller's session, never the request.
import { and, asc, count, eq, ilike, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { schools, staff, users } from '../schema/index.ts';
import { containsPattern } from './search-pattern.ts';

export type StaffRow = typeof staff.$inferSelect;
export type StaffWithSignIn = StaffRow & { canSignIn: boolean };

const canSignIn = sql<boolean>`(${staff.userId} is not null and ${users.status} = 'active' and (${users.passwordHash} is not null or ${users.providerSignInAt} is not null))`;

export const staffRepository = {
  async list(
    db: Db,
    schoolId: string,
    q: { search?: string; status: 'active' | 'inactive' | 'all'; page: number; pageSize: number },
  ): Promise<{ items: StaffWithSignIn[]; total: number }> {
    const conditions: SQL[] = [eq(staff.schoolId, schoolId)];
    if (q.status !== 'all') conditions.push(eq(staff.status, q.status));
    if (q.search) {
      const p = containsPattern(q.search);
      conditions.push(
        or(ilike(staff.firstName, p), ilike(staff.lastName, p), ilike(staff.email, p), ilike(staff.jobTitle, p))!,
      );
    }
    const where = and(...conditions);
    const [items, [total]] = await Promise.all([
      db
        .select({ staff, canSignIn })
        .from(staff)
        .leftJoin(users, eq(users.id, staff.userId))
        .where(where)
        .orderBy(asc(staff.lastName), asc(staff.firstName))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
      db.select({ n: count() }).from(staff).where(where),
    ]);
    return { items: items.map((r) => ({ ...r.staff, canSignIn: Boolean(r.canSignIn) })), total: total?.n ?? 0 };
  },

  async findInSchool(db: Db, schoolId: string, id: string): Promise<StaffWithSignIn | null> {
    const [row] = await db
      .select({ staff, canSignIn })
      .from(staff)
      .leftJoin(users, eq(users.id, staff.userId))
      .where(and(eq(staff.schoolId, schoolId), eq(staff.id, id)));
    return row ? { ...row.staff, canSignIn: Boolean(row.canSignIn) } : null;
  },

  async findByMisId(db: Db, schoolId: string, misId: string): Promise<StaffRow | null> {
    const [row] = await db
      .select()
      .from(staff)
      .where(and(eq(staff.schoolId, schoolId), eq(staff.misId, misId)));
    return row ?? null;
  },

  async listForImport(db: Db, schoolId: string): Promise<StaffRow[]> {
    return db.select().from(staff).where(eq(staff.schoolId, schoolId));
  },

  async insert(db: Db, values: typeof staff.$inferInsert): Promise<StaffRow> {
    const [row] = await db.insert(staff).values(values).returning();
    return row!;
  },

  async insertMany(db: Db, values: Array<typeof staff.$inferInsert>): Promise<void> {
    if (values.length > 0) await db.insert(staff).values(values);
  },

  async update(db: Db, schoolId: string, id: string, patch: Partial<typeof staff.$inferInsert>): Promise<void> {
    await db
      .update(staff)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(and(eq(staff.schoolId, schoolId), eq(staff.id, id)));
  },

  /** Where a user may act: their active staff records that carry a sign-in, with each school's name. */
  async membershipsForUser(db: Db, userId: string) {
    return db
      .select({
        staffId: staff.id,
        trustId: staff.trustId,
        schoolId: staff.schoolId,
        schoolName: schools.name,
        role: staff.role,
      })
      .from(staff)
      .leftJoin(schools, eq(schools.id, staff.schoolId))
      .where(and(eq(staff.userId, userId), eq(staff.status, 'active'), isNotNull(staff.userId)))
      .orderBy(asc(schools.name));
  },

  /** The records of one school linked to a sign-in, active or not. */
  async linkedInSchool(db: Db, schoolId: string, userId: string): Promise<StaffRow[]> {
    return db
      .select()
      .from(staff)
      .where(and(eq(staff.schoolId, schoolId), eq(staff.userId, userId)));
  },

  async activeUserIdsLinkedTo(db: Db, userIds: string[]) {
    if (userIds.length === 0) return [];
    return db
      .select({ userId: staff.userId })
      .from(staff)
      .where(and(inArray(staff.userId, userIds), eq(staff.status, 'active')));
  },

  async countActive(db: Db, schoolId: string): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(staff)
      .where(and(eq(staff.schoolId, schoolId), eq(staff.status, 'active')));
    return row?.n ?? 0;
  },
};
