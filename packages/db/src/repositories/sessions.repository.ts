// Server-side sessions. The cookie holds a random token; only its SHA-256 is stored here.
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { sessions } from '../schema/index.ts';

export type SessionRow = typeof sessions.$inferSelect;

export const sessionsRepository = {
  async create(db: Db, input: Omit<typeof sessions.$inferInsert, 'createdAt'>) {
    const [row] = await db.insert(sessions).values(input).returning();
    return row!;
  },
  /** A session not past its absolute end and, when `idleSince` is given, used since then. */
  async findLive(db: Db, id: string, now: Date, idleSince?: Date): Promise<SessionRow | null> {
    const [row] = await db
      .select()
      .from(sessions)
      .where(
        and(
          eq(sessions.id, id),
          gt(sessions.expiresAt, now),
          idleSince ? gt(sessions.lastSeenAt, idleSince) : undefined,
        ),
      );
    return row ?? null;
  },
  /** Records use of a session (for the idle timeout); never moves it back in time. */
  async touch(db: Db, id: string, now: Date) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`greatest(${sessions.lastSeenAt}, ${now.toISOString()}::timestamptz)` })
      .where(eq(sessions.id, id));
  },
  async update(
    db: Db,
    id: string,
    patch: Partial<Pick<SessionRow, 'activeSchoolId' | 'twoFactorVerified' | 'lastSeenAt' | 'expiresAt'>>,
  ) {
    await db.update(sessions).set(patch).where(eq(sessions.id, id));
  },
  async delete(db: Db, id: string) {
    await db.delete(sessions).where(eq(sessions.id, id));
  },
  async deleteForUser(db: Db, userId: string) {
    await db.delete(sessions).where(eq(sessions.userId, userId));
  },
  /** Ends the sessions a person has open in one school; their sessions in other schools go on. */
  async deleteForUserInSchool(db: Db, userId: string, schoolId: string) {
    await db.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.activeSchoolId, schoolId)));
  },
  async deleteExpired(db: Db, now: Date) {
    await db.delete(sessions).where(lt(sessions.expiresAt, now));
  },
};
