// Trusts and schools.
import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { schools, trusts } from '../schema/index.ts';

export const tenancyRepository = {
  async createTrust(db: Db, name: string) {
    const [row] = await db.insert(trusts).values({ name }).returning();
    return row!;
  },
  async createSchool(db: Db, input: { trustId: string; name: string; urn?: string | null; nation?: string }) {
    const [row] = await db.insert(schools).values(input).returning();
    return row!;
  },
  async findTrust(db: Db, id: string) {
    const [row] = await db.select().from(trusts).where(eq(trusts.id, id));
    return row ?? null;
  },
  async findSchool(db: Db, id: string) {
    const [row] = await db.select().from(schools).where(eq(schools.id, id));
    return row ?? null;
  },
  async listSchools(db: Db, trustId: string) {
    return db.select().from(schools).where(eq(schools.trustId, trustId)).orderBy(asc(schools.name));
  },
  async countSchools(db: Db) {
    const [row] = await db.select({ n: count() }).from(schools);
    return row?.n ?? 0;
  },
  async findSchoolByUrn(db: Db, urn: string) {
    const [row] = await db.select().from(schools).where(eq(schools.urn, urn));
    return row ?? null;
  },
  async countTrusts(db: Db) {
    const [row] = await db.select({ n: count() }).from(trusts);
    return row?.n ?? 0;
  },
};
