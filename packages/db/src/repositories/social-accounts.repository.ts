// The school's connected official accounts.
import { and, asc, eq, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { socialAccounts } from '../schema/index.ts';

export type SocialAccountRow = typeof socialAccounts.$inferSelect;

export const socialAccountsRepository = {
  async create(db: Db, values: typeof socialAccounts.$inferInsert): Promise<SocialAccountRow> {
    const [row] = await db.insert(socialAccounts).values(values).returning();
    return row!;
  },
  /** Inbound deliveries name the account by the platform's id; this finds which school it belongs to. */
  async findByExternal(db: Db, platform: string, externalId: string): Promise<SocialAccountRow | null> {
    const [row] = await db
      .select()
      .from(socialAccounts)
      .where(and(eq(socialAccounts.platform, platform), eq(socialAccounts.externalId, externalId)));
    return row ?? null;
  },
  async findInSchool(db: Db, schoolId: string, id: string): Promise<SocialAccountRow | null> {
    const [row] = await db
      .select()
      .from(socialAccounts)
      .where(and(eq(socialAccounts.schoolId, schoolId), eq(socialAccounts.id, id)));
    return row ?? null;
  },
  async listForSchool(db: Db, schoolId: string): Promise<SocialAccountRow[]> {
    return db
      .select()
      .from(socialAccounts)
      .where(eq(socialAccounts.schoolId, schoolId))
      .orderBy(asc(socialAccounts.platform), asc(socialAccounts.handle));
  },
  async listActive(db: Db, platform: string): Promise<SocialAccountRow[]> {
    return db
      .select()
      .from(socialAccounts)
      .where(and(eq(socialAccounts.platform, platform), eq(socialAccounts.status, 'active')));
  },
  /**
   * For X: claims the account for one poll until `until`, unless another poll holds it at `now`. Returns the account
   * as it is now (its place as the last poll left it), or null when another process is polling it.
   */
  async claimPoll(db: Db, id: string, now: Date, until: Date): Promise<SocialAccountRow | null> {
    const [row] = await db
      .update(socialAccounts)
      .set({ pollClaimedUntil: until })
      .where(
        and(
          eq(socialAccounts.id, id),
          or(isNull(socialAccounts.pollClaimedUntil), lte(socialAccounts.pollClaimedUntil, now)),
        ),
      )
      .returning();
    return row ?? null;
  },
  /** For X: a poll that moved nothing on lets the account go. */
  async releasePoll(db: Db, id: string) {
    await db.update(socialAccounts).set({ pollClaimedUntil: null }).where(eq(socialAccounts.id, id));
  },
  /**
   * For X: the newest post read, and where an interrupted poll carries on (null once every page is read); the poll
   * is over, so its claim on the account ends.
   */
  async setPollPosition(
    db: Db,
    id: string,
    position: { cursor: string | null; resume: SocialAccountRow['pollResume'] },
  ) {
    await db
      .update(socialAccounts)
      .set({ pollCursor: position.cursor, pollResume: position.resume, pollClaimedUntil: null })
      .where(eq(socialAccounts.id, id));
  },
  async setCredentials(db: Db, id: string, credentialsSealed: string) {
    await db.update(socialAccounts).set({ credentialsSealed }).where(eq(socialAccounts.id, id));
  },
  /** Closed by the school (004 handover): kept for the record, no longer moderated or published to. */
  async close(db: Db, schoolId: string, id: string): Promise<void> {
    await db
      .update(socialAccounts)
      .set({ status: 'closed' })
      .where(and(eq(socialAccounts.schoolId, schoolId), eq(socialAccounts.id, id)));
  },
};
