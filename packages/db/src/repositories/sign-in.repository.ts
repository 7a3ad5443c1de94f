// Identity providers of schools and trusts, the sign-ins started with them, and staff invitations (issue 13).
import { and, desc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  oidcSignInAttempts,
  schools,
  signInProviders,
  staff,
  staffInvitations,
  trusts,
  users,
} from '../schema/index.ts';

export type SignInProviderRow = typeof signInProviders.$inferSelect;
export type OidcSignInAttemptRow = typeof oidcSignInAttempts.$inferSelect;
export type StaffInvitationRow = typeof staffInvitations.$inferSelect;

export const signInProvidersRepository = {
  /** The school's own provider of this kind, else its trust's. */
  async forSchool(db: Db, schoolId: string, provider: string): Promise<SignInProviderRow | null> {
    const rows = await db
      .select({ p: signInProviders })
      .from(signInProviders)
      .innerJoin(schools, eq(schools.trustId, signInProviders.trustId))
      .where(
        and(
          eq(schools.id, schoolId),
          eq(signInProviders.provider, provider),
          or(eq(signInProviders.schoolId, schoolId), isNull(signInProviders.schoolId)),
        ),
      );
    const own = rows.find((r) => r.p.schoolId === schoolId);
    return (own ?? rows[0])?.p ?? null;
  },
  /** Every provider a school's sign-in page may offer: its own and its trust's, one per kind. */
  async offeredForSchool(db: Db, schoolId: string): Promise<SignInProviderRow[]> {
    const kinds = ['microsoft', 'google'];
    const found = await Promise.all(kinds.map((k) => signInProvidersRepository.forSchool(db, schoolId, k)));
    return found.filter((p): p is SignInProviderRow => p !== null);
  },
  /** Every configured provider of the deployment, with a school to start from and a name to show. */
  async offeredEverywhere(db: Db): Promise<Array<{ provider: string; schoolId: string; label: string }>> {
    const rows = await db
      .select({
        provider: signInProviders.provider,
        schoolId: sql<string>`coalesce(${signInProviders.schoolId}, (select ${schools.id} from ${schools} where ${schools.trustId} = ${signInProviders.trustId} order by ${schools.name} limit 1))`,
        label: sql<string>`coalesce((select ${schools.name} from ${schools} where ${schools.id} = ${signInProviders.schoolId}), ${trusts.name})`,
      })
      .from(signInProviders)
      .innerJoin(trusts, eq(trusts.id, signInProviders.trustId))
      .orderBy(signInProviders.createdAt);
    return rows.filter((r) => r.schoolId !== null);
  },
  /** The providers set on exactly this school (schoolId) or on the trust itself (schoolId null). */
  async listAt(db: Db, trustId: string, schoolId: string | null): Promise<SignInProviderRow[]> {
    return db
      .select()
      .from(signInProviders)
      .where(
        and(
          eq(signInProviders.trustId, trustId),
          schoolId ? eq(signInProviders.schoolId, schoolId) : isNull(signInProviders.schoolId),
        ),
      )
      .orderBy(signInProviders.provider);
  },
  async findAt(db: Db, trustId: string, schoolId: string | null, provider: string) {
    return (await signInProvidersRepository.listAt(db, trustId, schoolId)).find((p) => p.provider === provider) ?? null;
  },
  async findById(db: Db, id: string): Promise<SignInProviderRow | null> {
    const [row] = await db.select().from(signInProviders).where(eq(signInProviders.id, id));
    return row ?? null;
  },
  async insert(db: Db, values: typeof signInProviders.$inferInsert): Promise<SignInProviderRow> {
    const [row] = await db.insert(signInProviders).values(values).returning();
    return row!;
  },
  async update(db: Db, id: string, patch: Partial<typeof signInProviders.$inferInsert>): Promise<void> {
    await db.update(signInProviders).set(patch).where(eq(signInProviders.id, id));
  },
  async delete(db: Db, id: string): Promise<void> {
    await db.delete(signInProviders).where(eq(signInProviders.id, id));
  },
};

/** Linking a sign-in to the staff records it belongs to (identity provider and invitations). */
export const signInLinksRepository = {
  /** Active staff records with this email and no sign-in, in one school or (schoolId null) anywhere in the trust. */
  async unlinkedStaffByEmail(db: Db, trustId: string, schoolId: string | null, email: string) {
    return db
      .select()
      .from(staff)
      .where(
        and(
          eq(staff.trustId, trustId),
          schoolId ? eq(staff.schoolId, schoolId) : undefined,
          eq(staff.status, 'active'),
          isNull(staff.userId),
          sql`lower(${staff.email}) = ${email.toLowerCase()}`,
        ),
      );
  },
  async linkStaff(db: Db, staffIds: string[], userId: string): Promise<void> {
    if (staffIds.length === 0) return;
    await db
      .update(staff)
      .set({ userId, updatedAt: sql`now()` })
      .where(and(inArray(staff.id, staffIds), isNull(staff.userId)));
  },
  async markProviderSignIn(db: Db, userId: string, at: Date): Promise<void> {
    await db.update(users).set({ providerSignInAt: at }).where(eq(users.id, userId));
  },
};

export const oidcSignInAttemptsRepository = {
  async insert(db: Db, values: typeof oidcSignInAttempts.$inferInsert): Promise<void> {
    await db.insert(oidcSignInAttempts).values(values);
  },
  /** Marks the attempt used and returns it; null when unknown, already used or expired. Only one caller wins. */
  async use(db: Db, stateHash: string, now: Date): Promise<OidcSignInAttemptRow | null> {
    const [row] = await db
      .update(oidcSignInAttempts)
      .set({ usedAt: now })
      .where(
        and(
          eq(oidcSignInAttempts.stateHash, stateHash),
          isNull(oidcSignInAttempts.usedAt),
          gt(oidcSignInAttempts.expiresAt, now),
        ),
      )
      .returning();
    return row ?? null;
  },
  /** Forgets attempts that ended before `before` (used or expired). */
  async deleteEnded(db: Db, before: Date): Promise<void> {
    await db.delete(oidcSignInAttempts).where(lt(oidcSignInAttempts.expiresAt, before));
  },
};

export const staffInvitationsRepository = {
  async insert(db: Db, values: typeof staffInvitations.$inferInsert): Promise<StaffInvitationRow> {
    const [row] = await db.insert(staffInvitations).values(values).returning();
    return row!;
  },
  /** Retires every open invitation of these staff records (a new one replaces them, or they signed in). */
  async replaceOpen(db: Db, staffIds: string[], now: Date): Promise<void> {
    if (staffIds.length === 0) return;
    await db
      .update(staffInvitations)
      .set({ replacedAt: now })
      .where(
        and(
          inArray(staffInvitations.staffId, staffIds),
          isNull(staffInvitations.acceptedAt),
          isNull(staffInvitations.replacedAt),
        ),
      );
  },
  async markEmailed(db: Db, id: string, at: Date): Promise<void> {
    await db.update(staffInvitations).set({ emailedAt: at }).where(eq(staffInvitations.id, id));
  },
  /** The invitation this link names, if it is still open (not used, replaced or expired). */
  async findOpenByToken(db: Db, tokenHash: string, now: Date): Promise<StaffInvitationRow | null> {
    const [row] = await db
      .select()
      .from(staffInvitations)
      .where(
        and(
          eq(staffInvitations.tokenHash, tokenHash),
          isNull(staffInvitations.acceptedAt),
          isNull(staffInvitations.replacedAt),
          gt(staffInvitations.expiresAt, now),
        ),
      );
    return row ?? null;
  },
  async findByToken(db: Db, tokenHash: string): Promise<StaffInvitationRow | null> {
    const [row] = await db.select().from(staffInvitations).where(eq(staffInvitations.tokenHash, tokenHash));
    return row ?? null;
  },
  /** Marks it used; false when another request used it first. */
  async accept(db: Db, id: string, now: Date): Promise<boolean> {
    const rows = await db
      .update(staffInvitations)
      .set({ acceptedAt: now })
      .where(and(eq(staffInvitations.id, id), isNull(staffInvitations.acceptedAt), isNull(staffInvitations.replacedAt)))
      .returning({ id: staffInvitations.id });
    return rows.length === 1;
  },
  /** The newest invitation of each of these staff records. */
  async latestFor(db: Db, schoolId: string, staffIds: string[]): Promise<Map<string, StaffInvitationRow>> {
    if (staffIds.length === 0) return new Map();
    const rows = await db
      .select()
      .from(staffInvitations)
      .where(and(eq(staffInvitations.schoolId, schoolId), inArray(staffInvitations.staffId, staffIds)))
      .orderBy(desc(staffInvitations.createdAt));
    const latest = new Map<string, StaffInvitationRow>();
    for (const row of rows) if (!latest.has(row.staffId)) latest.set(row.staffId, row);
    return latest;
  },
  /** Active staff of the school with an email and no sign-in: whom "invite everyone" reaches. */
  async staffWithoutSignIn(db: Db, schoolId: string) {
    return db
      .select({ staff })
      .from(staff)
      .leftJoin(users, eq(users.id, staff.userId))
      .where(
        and(
          eq(staff.schoolId, schoolId),
          eq(staff.status, 'active'),
          sql`${staff.email} is not null`,
          sql`not (${staff.userId} is not null and ${users.status} = 'active' and (${users.passwordHash} is not null or ${users.providerSignInAt} is not null))`,
        ),
      )
      .then((rows) => rows.map((r) => r.staff));
  },
};
