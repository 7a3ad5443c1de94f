// Why a pupil is on (or was taken off) the do-not-publish list (004). Safeguarding information: only the use cases
// behind the "restriction" permission read it, and each read is audited there. One row per pupil holds the reason
// for the flag's current state; every change is also appended to the history, which the database keeps append-only,
// so an earlier reason is never lost when the flag changes again.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { publicationRestrictionHistory, publicationRestrictions, pupils, users } from '../schema/index.ts';

export type PublicationRestrictionRow = typeof publicationRestrictions.$inferSelect;

export interface PublicationRestrictionChange {
  doNotPublish: boolean;
  reason: string;
  setBy: string | null;
  setByName: string | null;
  setAt: Date;
}

export const publicationRestrictionsRepository = {
  async find(db: Db, schoolId: string, pupilId: string) {
    const [row] = await db
      .select({ restriction: publicationRestrictions, setByName: users.displayName })
      .from(publicationRestrictions)
      .leftJoin(users, eq(users.id, publicationRestrictions.setBy))
      .where(and(eq(publicationRestrictions.schoolId, schoolId), eq(publicationRestrictions.pupilId, pupilId)));
    return row ? { ...row.restriction, setByName: row.setByName } : null;
  },

  /** Every change to the pupil's flag with its reason, newest first: the first is the one in force. */
  async history(db: Db, schoolId: string, pupilId: string): Promise<PublicationRestrictionChange[]> {
    const h = publicationRestrictionHistory;
    return db
      .select({
        doNotPublish: h.doNotPublish,
        reason: h.reason,
        setBy: h.setBy,
        setByName: users.displayName,
        setAt: h.setAt,
      })
      .from(h)
      .leftJoin(users, eq(users.id, h.setBy))
      .where(and(eq(h.schoolId, schoolId), eq(h.pupilId, pupilId)))
      .orderBy(desc(h.setAt), desc(h.id));
  },

  /**
   * Records a change: the reason in force, and a new entry in the history. `doNotPublish` is the flag as the change
   * leaves it; when omitted, it is read from the pupil record, so update the pupil first in the same transaction.
   */
  async upsert(
    db: Db,
    values: {
      pupilId: string;
      schoolId: string;
      reason: string;
      setBy: string | null;
      setAt: Date;
      doNotPublish?: boolean;
    },
  ) {
    const { doNotPublish, ...current } = values;
    await db
      .insert(publicationRestrictions)
      .values(current)
      .onConflictDoUpdate({
        target: publicationRestrictions.pupilId,
        set: { reason: values.reason, setBy: values.setBy, setAt: values.setAt },
      });
    const flag =
      doNotPublish ??
      (
        await db
          .select({ doNotPublish: pupils.doNotPublish })
          .from(pupils)
          .where(and(eq(pupils.schoolId, values.schoolId), eq(pupils.id, values.pupilId)))
      )[0]?.doNotPublish;
    if (flag === undefined) throw new Error('publication restriction for a pupil not in this school');
    await db.insert(publicationRestrictionHistory).values({ ...current, doNotPublish: flag });
  },
};
