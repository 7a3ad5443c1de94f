// Statements of Acceptance: who signed which published policy version of a school, and when.
// Policy versions are written elsewhere; this file only reads the one in force, by a small query of its own.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { policyAcceptances, policyVersions, staff, users } from '../schema/index.ts';
import { canSignInSql } from './sign-in-sql.ts';

export type PolicyAcceptanceRow = typeof policyAcceptances.$inferSelect;
export interface PublishedVersion {
  id: string;
  number: number;
  contentHash: string;
  publishedAt: Date | null;
  settings: Record<string, unknown>;
  /** The version's words (PolicyContent), holding the Statement of Acceptance; null before issue 15. */
  content: Record<string, unknown> | null;
}

export const acceptanceRepository = {
  /** The version in force: the latest published one (earlier ones are superseded, whatever their status says). */
  async currentPublishedVersion(db: Db, schoolId: string): Promise<PublishedVersion | null> {
    const [row] = await db
      .select({
        id: policyVersions.id,
        number: policyVersions.number,
        contentHash: policyVersions.contentHash,
        publishedAt: policyVersions.publishedAt,
        settings: policyVersions.settings,
        content: policyVersions.content,
      })
      .from(policyVersions)
      .where(and(eq(policyVersions.schoolId, schoolId), eq(policyVersions.status, 'published')))
      .orderBy(desc(policyVersions.number))
      .limit(1);
    return row ?? null;
  },

  /** The user's active staff record in the school, if any: the person who signs. */
  async staffForUser(db: Db, schoolId: string, userId: string) {
    const [row] = await db
      .select({ id: staff.id, firstName: staff.firstName, lastName: staff.lastName })
      .from(staff)
      .where(and(eq(staff.schoolId, schoolId), eq(staff.userId, userId), eq(staff.status, 'active')))
      .limit(1);
    return row ?? null;
  },

  async findForStaff(db: Db, versionId: string, staffId: string): Promise<PolicyAcceptanceRow | null> {
    const [row] = await db
      .select()
      .from(policyAcceptances)
      .where(and(eq(policyAcceptances.versionId, versionId), eq(policyAcceptances.staffId, staffId)));
    return row ?? null;
  },

  /** Inserts the signature; returns null if this staff record has already signed this version. */
  async insert(db: Db, values: typeof policyAcceptances.$inferInsert): Promise<PolicyAcceptanceRow | null> {
    const [row] = await db.insert(policyAcceptances).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  /** Every active staff member of the school with their signature of this version, if any. */
  async coverage(db: Db, schoolId: string, versionId: string) {
    return db
      .select({
        staffId: staff.id,
        userId: staff.userId,
        firstName: staff.firstName,
        lastName: staff.lastName,
        jobTitle: staff.jobTitle,
        role: staff.role,
        canSignIn: canSignInSql,
        acceptedAt: policyAcceptances.acceptedAt,
      })
      .from(staff)
      .leftJoin(users, eq(users.id, staff.userId))
      .leftJoin(
        policyAcceptances,
        and(eq(policyAcceptances.staffId, staff.id), eq(policyAcceptances.versionId, versionId)),
      )
      .where(and(eq(staff.schoolId, schoolId), eq(staff.status, 'active')))
      .orderBy(asc(staff.lastName), asc(staff.firstName));
  },
};
