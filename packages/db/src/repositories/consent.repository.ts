// The consent register's rows (append-only: a decision is never edited, a new one is added) and the pupil list the
// register is drawn over. Every read is scoped to the school taken from the caller's session.
import { and, asc, between, count, countDistinct, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { consentRecords, pupils, schools, users } from '../schema/index.ts';
import { containsPattern } from './search-pattern.ts';

export type ConsentRecordRow = typeof consentRecords.$inferSelect;
export type NewConsentRecord = typeof consentRecords.$inferInsert;
export type ConsentHistoryRow = ConsentRecordRow & { recordedByName: string | null };

/** The latest row for each (pupil, use): the decision that stands. */
const latestRows = (db: Db) =>
  db
    .selectDistinctOn([consentRecords.pupilId, consentRecords.use])
    .from(consentRecords)
    .orderBy(consentRecords.pupilId, consentRecords.use, desc(consentRecords.recordedAt));

export const consentRepository = {
  /** Active pupils of the school for the register, in name order; the register pages after working out states. */
  async registerPupils(db: Db, schoolId: string, q: { search?: string; yearGroup?: string }) {
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
          ilike(pupils.className, p),
        )!,
      );
    }
    return db
      .select()
      .from(pupils)
      .where(and(...conditions))
      .orderBy(asc(pupils.lastName), asc(pupils.firstName), asc(pupils.id));
  },

  async yearGroups(db: Db, schoolId: string): Promise<string[]> {
    const rows = await db
      .selectDistinct({ yearGroup: pupils.yearGroup })
      .from(pupils)
      .where(and(eq(pupils.schoolId, schoolId), eq(pupils.status, 'active')));
    return rows.map((r) => r.yearGroup);
  },

  /** The standing decision per use for these pupils (all the school's pupils when none are named). */
  async latestForSchool(db: Db, schoolId: string, pupilIds?: string[]): Promise<ConsentRecordRow[]> {
    if (pupilIds && pupilIds.length === 0) return [];
    const conditions: SQL[] = [eq(consentRecords.schoolId, schoolId)];
    if (pupilIds) conditions.push(inArray(consentRecords.pupilId, pupilIds));
    return latestRows(db).where(and(...conditions));
  },

  /** Every decision about one pupil, newest first, with the name of whoever recorded it. */
  async history(db: Db, schoolId: string, pupilId: string): Promise<ConsentHistoryRow[]> {
    const rows = await db
      .select({ record: consentRecords, recordedByName: users.displayName })
      .from(consentRecords)
      .leftJoin(users, eq(users.id, consentRecords.recordedBy))
      .where(and(eq(consentRecords.schoolId, schoolId), eq(consentRecords.pupilId, pupilId)))
      .orderBy(desc(consentRecords.recordedAt));
    return rows.map((r) => ({ ...r.record, recordedByName: r.recordedByName }));
  },

  async insertMany(db: Db, rows: NewConsentRecord[]): Promise<ConsentRecordRow[]> {
    const written: ConsentRecordRow[] = [];
    // Batches keep each statement well under PostgreSQL's 65,535-parameter limit on a large first import.
    for (let i = 0; i < rows.length; i += 1000) {
      written.push(
        ...(await db
          .insert(consentRecords)
          .values(rows.slice(i, i + 1000))
          .returning()),
      );
    }
    return written;
  },

  /**
   * Per school, the standing grants of active pupils that lapse between `from` and `to` (inclusive): what the
   * expiry reminder counts.
   */
  async expiringGrantsBySchool(db: Db, from: string, to: string) {
    const latest = latestRows(db).as('latest');
    return db
      .select({
        schoolId: schools.id,
        trustId: schools.trustId,
        grants: count(),
        pupils: countDistinct(latest.pupilId),
      })
      .from(latest)
      .innerJoin(pupils, and(eq(pupils.id, latest.pupilId), eq(pupils.status, 'active')))
      .innerJoin(schools, eq(schools.id, latest.schoolId))
      .where(and(eq(latest.decision, 'granted'), between(latest.expiresOn, from, to)))
      .groupBy(schools.id, schools.trustId);
  },
};
