// Policy versions of one school: draft -> approved -> published -> superseded. Every read is scoped by the
// school taken from the session; the review-reminder job alone reads across schools.
import { and, asc, desc, eq, lte, max } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { policyVersions, schools } from '../schema/index.ts';

export type PolicyVersionRow = typeof policyVersions.$inferSelect;
export type PolicyVersionStatus = 'draft' | 'approved' | 'published' | 'superseded';

export const policyVersionsRepository = {
  async listForSchool(db: Db, schoolId: string): Promise<PolicyVersionRow[]> {
    return db
      .select()
      .from(policyVersions)
      .where(eq(policyVersions.schoolId, schoolId))
      .orderBy(desc(policyVersions.number));
  },

  async findInSchool(db: Db, schoolId: string, id: string): Promise<PolicyVersionRow | null> {
    const [row] = await db
      .select()
      .from(policyVersions)
      .where(and(eq(policyVersions.schoolId, schoolId), eq(policyVersions.id, id)));
    return row ?? null;
  },

  async findByStatus(db: Db, schoolId: string, status: PolicyVersionStatus): Promise<PolicyVersionRow | null> {
    const [row] = await db
      .select()
      .from(policyVersions)
      .where(and(eq(policyVersions.schoolId, schoolId), eq(policyVersions.status, status)))
      .orderBy(desc(policyVersions.number))
      .limit(1);
    return row ?? null;
  },

  /** The id of the school's published version (null: none yet): a cheap check that cached settings are current. */
  async publishedVersionId(db: Db, schoolId: string): Promise<string | null> {
    const [row] = await db
      .select({ id: policyVersions.id })
      .from(policyVersions)
      .where(and(eq(policyVersions.schoolId, schoolId), eq(policyVersions.status, 'published')))
      .orderBy(desc(policyVersions.number))
      .limit(1);
    return row?.id ?? null;
  },

  async nextNumber(db: Db, schoolId: string): Promise<number> {
    const [row] = await db
      .select({ n: max(policyVersions.number) })
      .from(policyVersions)
      .where(eq(policyVersions.schoolId, schoolId));
    return (row?.n ?? 0) + 1;
  },

  async insert(db: Db, values: typeof policyVersions.$inferInsert): Promise<PolicyVersionRow> {
    const [row] = await db.insert(policyVersions).values(values).returning();
    return row!;
  },

  async update(
    db: Db,
    schoolId: string,
    id: string,
    patch: Partial<typeof policyVersions.$inferInsert>,
  ): Promise<PolicyVersionRow> {
    const [row] = await db
      .update(policyVersions)
      .set(patch)
      .where(and(eq(policyVersions.schoolId, schoolId), eq(policyVersions.id, id)))
      .returning();
    return row!;
  },

  /**
   * Moves a version on from one status only if it is still in it, and returns it; null when another transaction
   * moved it first. Under PostgreSQL's read committed, the status is checked again after waiting for that
   * transaction, so two callers cannot both move the same version on.
   */
  async transition(
    db: Db,
    schoolId: string,
    id: string,
    from: PolicyVersionStatus,
    patch: Partial<typeof policyVersions.$inferInsert>,
  ): Promise<PolicyVersionRow | null> {
    const [row] = await db
      .update(policyVersions)
      .set(patch)
      .where(and(eq(policyVersions.schoolId, schoolId), eq(policyVersions.id, id), eq(policyVersions.status, from)))
      .returning();
    return row ?? null;
  },

  /** Published versions due for review on or before `by` (an ISO date), with their school's trust, for reminders. */
  async publishedDueBy(db: Db, by: string) {
    return db
      .select({ version: policyVersions, trustId: schools.trustId, schoolName: schools.name })
      .from(policyVersions)
      .innerJoin(schools, eq(schools.id, policyVersions.schoolId))
      .where(and(eq(policyVersions.status, 'published'), lte(policyVersions.reviewDue, by)))
      .orderBy(asc(policyVersions.reviewDue));
  },
};
