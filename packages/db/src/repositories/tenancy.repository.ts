// Trusts and schools.
import { and, asc, count, eq, ilike } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { schools, trusts } from '../schema/index.ts';
import { containsPattern, literalPattern } from './search-pattern.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  /** Schools whose id is `nameOrId`, or whose name is exactly it (case ignored), for commands an administrator types. */
  async findSchoolsByIdOrName(db: Db, nameOrId: string) {
    const where = UUID.test(nameOrId) ? eq(schools.id, nameOrId) : ilike(schools.name, literalPattern(nameOrId));
    return db.select().from(schools).where(where);
  },
  /** The oldest school whose name holds `part` (case ignored), optionally within one trust: for the demo. */
  async firstSchoolNameContaining(db: Db, part: string, options: { trustId?: string } = {}) {
    const named = ilike(schools.name, containsPattern(part));
    const [row] = await db
      .select()
      .from(schools)
      .where(options.trustId ? and(eq(schools.trustId, options.trustId), named) : named)
      .orderBy(asc(schools.createdAt))
      .limit(1);
    return row ?? null;
  },
};
