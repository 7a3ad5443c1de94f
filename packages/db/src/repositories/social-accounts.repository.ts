// The school's connected official accounts.
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
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
  /** Several accounts by the platform's ids in one statement (a batch of deliveries). */
  async findManyByExternal(db: Db, keys: Array<{ platform: string; externalId: string }>): Promise<SocialAccountRow[]> {
    if (keys.length === 0) return [];
    const byPlatform = new Map<string, string[]>();
    for (const k of keys) byPlatform.set(k.platform, [...(byPlatform.get(k.platform) ?? []), k.externalId]);
    return db
      .select()
      .from(socialAccounts)
      .where(
        or(
          ...[...byPlatform].map(([platform, ids]) =>
            and(eq(socialAccounts.platform, platform), inArray(socialAccounts.externalId, [...new Set(ids)])),
          ),
        ),
      );
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
  // Connecting and health (issue 10).
  /** Records a connection to the platform: the real id, the sealed tokens and what was granted. */
  async connect(
    db: Db,
    schoolId: string,
    id: string,
    values: Pick<
      SocialAccountRow,
      | 'externalId'
      | 'handle'
      | 'displayName'
      | 'credentialsSealed'
      | 'refreshSealed'
      | 'tokenExpiresAt'
      | 'grantedScopes'
      | 'missingScopes'
      | 'webhookSubscribed'
      | 'linkedPageId'
      | 'connectedAt'
    >,
  ): Promise<SocialAccountRow | null> {
    const [row] = await db
      .update(socialAccounts)
      .set({ ...values, status: 'active', reconnectReason: null, pollCursor: null, pollResume: null })
      .where(and(eq(socialAccounts.schoolId, schoolId), eq(socialAccounts.id, id)))
      .returning();
    return row ?? null;
  },
  /**
   * The platform refused the account's token: it stops being used until someone reconnects it. True only for the
   * caller that changed it, so the runners are told once.
   */
  async markNeedsReconnecting(db: Db, id: string, reason: string): Promise<boolean> {
    const rows = await db
      .update(socialAccounts)
      .set({ status: 'needs_reconnecting', reconnectReason: reason })
      .where(and(eq(socialAccounts.id, id), eq(socialAccounts.status, 'active')))
      .returning({ id: socialAccounts.id });
    return rows.length === 1;
  },
  /** What the last check of the Page's webhook subscription found (issue 10's periodic re-check). */
  async setWebhookSubscribed(db: Db, id: string, subscribed: boolean): Promise<void> {
    await db.update(socialAccounts).set({ webhookSubscribed: subscribed }).where(eq(socialAccounts.id, id));
  },
  async setRefreshedTokens(
    db: Db,
    id: string,
    values: { credentialsSealed: string; refreshSealed: string | null; tokenExpiresAt: Date | null },
  ) {
    await db.update(socialAccounts).set(values).where(eq(socialAccounts.id, id));
  },
  async setLastPoll(db: Db, id: string, at: Date) {
    await db.update(socialAccounts).set({ lastPollAt: at }).where(eq(socialAccounts.id, id));
  },
  /** Connected accounts whose token runs out before `before` and that hold a refresh token (X). */
  async listExpiringWithRefresh(db: Db, before: Date): Promise<SocialAccountRow[]> {
    return db
      .select()
      .from(socialAccounts)
      .where(
        and(
          eq(socialAccounts.status, 'active'),
          isNotNull(socialAccounts.refreshSealed),
          lt(socialAccounts.tokenExpiresAt, before),
        ),
      );
  },
};
