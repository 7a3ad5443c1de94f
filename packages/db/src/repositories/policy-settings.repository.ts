// A trust's default policy settings and each school's field-by-field overrides (schema/policy.ts).
// Values are stored as validated by the use cases; this layer only reads and writes rows.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { schoolPolicyOverrides, trustPolicyDefaults } from '../schema/index.ts';

export type TrustPolicyDefaultsRow = typeof trustPolicyDefaults.$inferSelect;

export const policySettingsRepository = {
  async findTrustDefaults(db: Db, trustId: string): Promise<TrustPolicyDefaultsRow | null> {
    const [row] = await db.select().from(trustPolicyDefaults).where(eq(trustPolicyDefaults.trustId, trustId));
    return row ?? null;
  },

  async saveTrustDefaults(
    db: Db,
    input: { trustId: string; settings: Record<string, unknown>; templateId: string | null; updatedBy: string | null },
  ): Promise<void> {
    await db
      .insert(trustPolicyDefaults)
      .values(input)
      .onConflictDoUpdate({
        target: trustPolicyDefaults.trustId,
        set: {
          settings: input.settings,
          templateId: input.templateId,
          updatedBy: input.updatedBy,
          updatedAt: sql`now()`,
        },
      });
  },

  /**
   * The trust's own words with their locks. A trust that has never saved settings gets its row here, with the
   * settings it follows now, so its words are never kept apart from its defaults.
   */
  async saveTrustContent(
    db: Db,
    input: {
      trustId: string;
      content: Record<string, unknown>;
      settings: Record<string, unknown>;
      templateId: string | null;
      updatedBy: string | null;
    },
  ): Promise<void> {
    await db
      .insert(trustPolicyDefaults)
      .values(input)
      .onConflictDoUpdate({
        target: trustPolicyDefaults.trustId,
        set: { content: input.content, updatedBy: input.updatedBy, updatedAt: sql`now()` },
      });
  },

  /** The school's overrides; an empty object when it has never set any. */
  async findSchoolOverrides(db: Db, schoolId: string): Promise<Record<string, unknown>> {
    const [row] = await db
      .select({ overrides: schoolPolicyOverrides.overrides })
      .from(schoolPolicyOverrides)
      .where(eq(schoolPolicyOverrides.schoolId, schoolId));
    return row?.overrides ?? {};
  },

  async saveSchoolOverrides(
    db: Db,
    input: { schoolId: string; overrides: Record<string, unknown>; updatedBy: string | null },
  ): Promise<void> {
    await db
      .insert(schoolPolicyOverrides)
      .values(input)
      .onConflictDoUpdate({
        target: schoolPolicyOverrides.schoolId,
        set: { overrides: input.overrides, updatedBy: input.updatedBy, updatedAt: sql`now()` },
      });
  },
};
