// Concerns, the people they name, their chronology and files. Every read takes the school from the session; who may
// read which concern is decided in use-cases/concerns (the route), never here.
import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  concernEntries,
  concernFiles,
  concernPeople,
  concerns,
  pupils,
  schools,
  sessions,
  staff,
  storedFiles,
} from '../schema/index.ts';
import { cappedCount, LIST_TOTAL_CAP, type CappedTotal } from './capped-count.ts';
import { containsPattern } from './search-pattern.ts';

export type ConcernRow = typeof concerns.$inferSelect;
export type ConcernPersonRow = typeof concernPeople.$inferSelect;
export type ConcernEntryRow = typeof concernEntries.$inferSelect;

export const concernsRepository = {
  async insert(db: Db, values: typeof concerns.$inferInsert): Promise<ConcernRow> {
    const [row] = await db.insert(concerns).values(values).returning();
    return row!;
  },
  async insertPeople(db: Db, rows: Array<typeof concernPeople.$inferInsert>) {
    if (rows.length > 0) await db.insert(concernPeople).values(rows);
  },
  async insertEntry(db: Db, values: typeof concernEntries.$inferInsert): Promise<ConcernEntryRow> {
    const [row] = await db.insert(concernEntries).values(values).returning();
    return row!;
  },
  async insertFile(db: Db, values: typeof concernFiles.$inferInsert) {
    await db.insert(concernFiles).values(values);
  },
  async findInSchool(db: Db, schoolId: string, id: string): Promise<ConcernRow | null> {
    const [row] = await db
      .select()
      .from(concerns)
      .where(and(eq(concerns.schoolId, schoolId), eq(concerns.id, id)));
    return row ?? null;
  },
  /**
   * One page of the concerns on these routes, open ones first, urgent before routine, newest first (the id breaks
   * ties so pages never overlap). The total stops counting at `totalCap` like the queue's (issue 16).
   */
  async listOnRoutes(
    db: Db,
    schoolId: string,
    routes: string[],
    q: { status: 'open' | 'closed' | 'all'; page: number; pageSize: number },
    totalCap: number = LIST_TOTAL_CAP,
  ): Promise<{ items: ConcernRow[] } & CappedTotal> {
    if (routes.length === 0) return { items: [], total: 0, totalIsLowerBound: false };
    const where = and(
      eq(concerns.schoolId, schoolId),
      inArray(concerns.route, routes),
      q.status === 'all' ? undefined : eq(concerns.status, q.status),
    );
    const [items, counted] = await Promise.all([
      db
        .select()
        .from(concerns)
        .where(where)
        .orderBy(
          desc(sql`${concerns.status} = 'open'`),
          desc(sql`${concerns.urgency} = 'urgent'`),
          desc(concerns.raisedAt),
          desc(concerns.id),
        )
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
      cappedCount(db, concerns, where, totalCap),
    ]);
    return { items, ...counted };
  },
  async listRaisedBy(db: Db, schoolId: string, userId: string) {
    return db
      .select()
      .from(concerns)
      .where(and(eq(concerns.schoolId, schoolId), eq(concerns.raisedBy, userId)))
      .orderBy(desc(concerns.raisedAt))
      .limit(200);
  },
  async people(db: Db, concernId: string): Promise<ConcernPersonRow[]> {
    return db
      .select()
      .from(concernPeople)
      .where(eq(concernPeople.concernId, concernId))
      .orderBy(asc(concernPeople.name));
  },
  async entries(db: Db, concernId: string): Promise<ConcernEntryRow[]> {
    return db
      .select()
      .from(concernEntries)
      .where(eq(concernEntries.concernId, concernId))
      .orderBy(asc(concernEntries.at), asc(concernEntries.id));
  },
  async hasEntryBy(db: Db, concernId: string, kind: string, userId: string): Promise<boolean> {
    const [row] = await db
      .select({ id: concernEntries.id })
      .from(concernEntries)
      .where(
        and(
          eq(concernEntries.concernId, concernId),
          eq(concernEntries.kind, kind),
          eq(concernEntries.byUserId, userId),
        ),
      )
      .limit(1);
    return row !== undefined;
  },
  /** Which of these concerns someone in the team has opened. */
  async seenIds(db: Db, concernIds: string[]): Promise<Set<string>> {
    if (concernIds.length === 0) return new Set();
    const rows = await db
      .selectDistinct({ id: concernEntries.concernId })
      .from(concernEntries)
      .where(and(inArray(concernEntries.concernId, concernIds), eq(concernEntries.kind, 'seen')));
    return new Set(rows.map((r) => r.id));
  },
  async files(db: Db, concernId: string) {
    return db
      .select({
        id: storedFiles.id,
        fileName: storedFiles.fileName,
        contentType: storedFiles.contentType,
        sizeBytes: storedFiles.sizeBytes,
        sha256: concernFiles.sha256,
        kind: concernFiles.kind,
        createdAt: concernFiles.createdAt,
      })
      .from(concernFiles)
      .innerJoin(storedFiles, eq(storedFiles.id, concernFiles.fileId))
      .where(eq(concernFiles.concernId, concernId))
      .orderBy(asc(concernFiles.createdAt), asc(storedFiles.fileName));
  },
  /** The file with its bytes, only when it belongs to this concern. */
  async fileOf(db: Db, concernId: string, fileId: string) {
    const [row] = await db
      .select({ file: storedFiles })
      .from(concernFiles)
      .innerJoin(storedFiles, eq(storedFiles.id, concernFiles.fileId))
      .where(and(eq(concernFiles.concernId, concernId), eq(concernFiles.fileId, fileId)));
    return row?.file ?? null;
  },
  async close(
    db: Db,
    id: string,
    values: { outcome: string; rationale: string; closedAt: Date; closedBy: string },
  ): Promise<boolean> {
    const rows = await db
      .update(concerns)
      .set({ status: 'closed', ...values })
      .where(and(eq(concerns.id, id), eq(concerns.status, 'open')))
      .returning({ id: concerns.id });
    return rows.length === 1;
  },
  /** Pupils and staff of the school whose names match, for naming who is involved. */
  async searchRoster(db: Db, schoolId: string, search: string, limit = 10) {
    const like = containsPattern(search);
    const [pupilRows, staffRows] = await Promise.all([
      db
        .select({
          id: pupils.id,
          firstName: pupils.firstName,
          lastName: pupils.lastName,
          preferredName: pupils.preferredName,
          yearGroup: pupils.yearGroup,
        })
        .from(pupils)
        .where(
          and(
            eq(pupils.schoolId, schoolId),
            eq(pupils.status, 'active'),
            or(
              ilike(pupils.firstName, like),
              ilike(pupils.lastName, like),
              ilike(pupils.preferredName, like),
              ilike(sql`${pupils.firstName} || ' ' || ${pupils.lastName}`, like),
            ),
          ),
        )
        .orderBy(asc(pupils.lastName), asc(pupils.firstName))
        .limit(limit),
      db
        .select({ id: staff.id, firstName: staff.firstName, lastName: staff.lastName, jobTitle: staff.jobTitle })
        .from(staff)
        .where(
          and(
            eq(staff.schoolId, schoolId),
            eq(staff.status, 'active'),
            or(
              ilike(staff.firstName, like),
              ilike(staff.lastName, like),
              ilike(sql`${staff.firstName} || ' ' || ${staff.lastName}`, like),
            ),
          ),
        )
        .orderBy(asc(staff.lastName), asc(staff.firstName))
        .limit(limit),
    ]);
    return { pupils: pupilRows, staff: staffRows };
  },
  async staffInSchool(db: Db, schoolId: string, ids: string[]) {
    if (ids.length === 0) return [];
    return db
      .select({
        id: staff.id,
        userId: staff.userId,
        firstName: staff.firstName,
        lastName: staff.lastName,
        role: staff.role,
      })
      .from(staff)
      .where(and(eq(staff.schoolId, schoolId), inArray(staff.id, ids)));
  },
  async pupilsInSchool(db: Db, schoolId: string, ids: string[]) {
    if (ids.length === 0) return [];
    return db
      .select({
        id: pupils.id,
        firstName: pupils.firstName,
        lastName: pupils.lastName,
        preferredName: pupils.preferredName,
      })
      .from(pupils)
      .where(and(eq(pupils.schoolId, schoolId), inArray(pupils.id, ids)));
  },
  /** The school behind a public "raise a concern" address. */
  async schoolByPublicToken(db: Db, token: string) {
    const [row] = await db
      .select({ id: schools.id, trustId: schools.trustId, name: schools.name })
      .from(schools)
      .where(eq(schools.publicToken, token));
    return row ?? null;
  },
  async publicTokenOf(db: Db, schoolId: string): Promise<string | null> {
    const [row] = await db.select({ token: schools.publicToken }).from(schools).where(eq(schools.id, schoolId));
    return row?.token ?? null;
  },
  /** Records that the session's holder entered a two-factor code just now. */
  async markSecondFactor(db: Db, sessionId: string, at: Date) {
    await db.update(sessions).set({ secondFactorAt: at }).where(eq(sessions.id, sessionId));
  },
  async secondFactorAt(db: Db, sessionId: string): Promise<Date | null> {
    const [row] = await db.select({ at: sessions.secondFactorAt }).from(sessions).where(eq(sessions.id, sessionId));
    return row?.at ?? null;
  },
};
