// People who can sign in. Emails are stored lower-cased, so lookups are exact.
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { users } from '../schema/index.ts';

export type UserRow = typeof users.$inferSelect;

export const usersRepository = {
  async findByEmail(db: Db, email: string): Promise<UserRow | null> {
    const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
    return row ?? null;
  },
  async findById(db: Db, id: string): Promise<UserRow | null> {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    return row ?? null;
  },
  /** Display names for a set of user ids, in one query (for "who did this" columns). Unknown ids are left out. */
  async displayNames(db: Db, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(inArray(users.id, wanted));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
  async create(db: Db, input: { email: string; displayName: string; passwordHash: string | null }) {
    const [row] = await db
      .insert(users)
      .values({ ...input, email: input.email.toLowerCase() })
      .returning();
    return row!;
  },
  async update(db: Db, id: string, patch: Partial<Pick<UserRow, 'displayName' | 'passwordHash' | 'status' | 'email'>>) {
    await db
      .update(users)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(users.id, id));
  },
  async setTwoFactor(
    db: Db,
    id: string,
    input: { totpSecretEncrypted: string; recoveryCodeHashes: string[]; enabledAt: Date },
  ) {
    await db
      .update(users)
      .set({
        totpSecretEncrypted: input.totpSecretEncrypted,
        recoveryCodeHashes: input.recoveryCodeHashes,
        totpEnabledAt: input.enabledAt,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, id));
  },
  /** Keeps a secret awaiting confirmation; two-factor is not on until totpEnabledAt is set. */
  async setPendingTotpSecret(db: Db, id: string, totpSecretEncrypted: string) {
    await db
      .update(users)
      .set({ totpSecretEncrypted, updatedAt: sql`now()` })
      .where(eq(users.id, id));
  },
  /** Records a code's step as used, only if it is newer than the last one: false means it was used already. */
  async claimTotpStep(db: Db, id: string, step: number): Promise<boolean> {
    const rows = await db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    return rows.length === 1;
  },
  async setRecoveryCodes(db: Db, id: string, recoveryCodeHashes: string[]) {
    await db
      .update(users)
      .set({ recoveryCodeHashes, updatedAt: sql`now()` })
      .where(eq(users.id, id));
  },
};
