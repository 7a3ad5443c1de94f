// Why a pupil is on (or was taken off) the do-not-publish list (004). Safeguarding information: only the use cases
// behind the "restriction" permission read it, and each read is audited there. One row per pupil, holding the
// reason for the flag's current state.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { publicationRestrictions, users } from '../schema/index.ts';

export type PublicationRestrictionRow = typeof publicationRestrictions.$inferSelect;

export const publicationRestrictionsRepository = {
  async find(db: Db, schoolId: string, pupilId: string) {
    const [row] = await db
      .select({ restriction: publicationRestrictions, setByName: users.displayName })
      .from(publicationRestrictions)
      .leftJoin(users, eq(users.id, publicationRestrictions.setBy))
      .where(and(eq(publicationRestrictions.schoolId, schoolId), eq(publicationRestrictions.pupilId, pupilId)));
    return row ? { ...row.restriction, setByName: row.setByName } : null;
  },

  async upsert(
    db: Db,
    values: { pupilId: string; schoolId: string; reason: string; setBy: string | null; setAt: Date },
  ) {
    await db
      .insert(publicationRestrictions)
      .values(values)
      .onConflictDoUpdate({
        target: publicationRestrictions.pupilId,
        set: { reason: values.reason, setBy: values.setBy, setAt: values.setAt },
      });
  },
};
