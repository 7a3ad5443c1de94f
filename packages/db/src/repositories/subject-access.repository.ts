// Everything held about one person, for a subject access request, and the changes an erasure makes (issue 13). Every
// read is scoped to the school; secrets (password hashes, two-factor seeds, recovery codes, session tokens) are never
// selected.
import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  auditEntries,
  concernPeople,
  concerns,
  consentRecords,
  moderationActions,
  notifications,
  policyAcceptances,
  publicationRestrictionHistory,
  publicationRestrictions,
  pupils,
  sessions,
  socialAuthors,
  staff,
  storedFiles,
  trainingRecords,
  users,
} from '../schema/index.ts';
import { containsPattern } from './search-pattern.ts';

const LIMIT = 20;

export const subjectAccessRepository = {
  async searchAuthors(db: Db, schoolId: string, q: string) {
    const p = containsPattern(q);
    return db
      .select()
      .from(socialAuthors)
      .where(
        and(
          eq(socialAuthors.schoolId, schoolId),
          or(ilike(socialAuthors.name, p), ilike(socialAuthors.handle, p), eq(socialAuthors.externalId, q)),
        ),
      )
      .orderBy(asc(socialAuthors.name))
      .limit(LIMIT);
  },
  async searchPupils(db: Db, schoolId: string, q: string) {
    const p = containsPattern(q);
    return db
      .select()
      .from(pupils)
      .where(
        and(
          eq(pupils.schoolId, schoolId),
          or(
            ilike(sql`${pupils.firstName} || ' ' || ${pupils.lastName}`, p),
            ilike(pupils.preferredName, p),
            eq(pupils.misId, q),
          ),
        ),
      )
      .orderBy(asc(pupils.lastName), asc(pupils.firstName))
      .limit(LIMIT);
  },
  async searchStaff(db: Db, schoolId: string, q: string) {
    const p = containsPattern(q);
    return db
      .select()
      .from(staff)
      .where(
        and(
          eq(staff.schoolId, schoolId),
          or(ilike(sql`${staff.firstName} || ' ' || ${staff.lastName}`, p), ilike(staff.email, p)),
        ),
      )
      .orderBy(asc(staff.lastName), asc(staff.firstName))
      .limit(LIMIT);
  },

  async pupil(db: Db, schoolId: string, id: string) {
    const [row] = await db
      .select()
      .from(pupils)
      .where(and(eq(pupils.schoolId, schoolId), eq(pupils.id, id)))
      .limit(1);
    return row ?? null;
  },
  async staffRecord(db: Db, schoolId: string, id: string) {
    const [row] = await db
      .select()
      .from(staff)
      .where(and(eq(staff.schoolId, schoolId), eq(staff.id, id)))
      .limit(1);
    return row ?? null;
  },
  /** The sign-in's own details, without its password hash, two-factor seed or recovery codes. */
  async userDetails(db: Db, userId: string) {
    const [row] = await db
      .select({
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        status: users.status,
        twoFactorEnabledAt: users.totpEnabledAt,
        createdAt: users.createdAt,
        updatedAt: users.updatedAt,
      })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    return row ?? null;
  },
  async consentOf(db: Db, schoolId: string, pupilId: string) {
    return db
      .select()
      .from(consentRecords)
      .where(and(eq(consentRecords.schoolId, schoolId), eq(consentRecords.pupilId, pupilId)))
      .orderBy(asc(consentRecords.recordedAt));
  },
  /** Whether the pupil is or was on the do-not-publish list (the reasons are safeguarding records, read elsewhere). */
  async restrictionRecorded(db: Db, schoolId: string, pupilId: string): Promise<boolean> {
    const [current] = await db
      .select({ id: publicationRestrictions.pupilId })
      .from(publicationRestrictions)
      .where(and(eq(publicationRestrictions.schoolId, schoolId), eq(publicationRestrictions.pupilId, pupilId)))
      .limit(1);
    const [past] = await db
      .select({ id: publicationRestrictionHistory.id })
      .from(publicationRestrictionHistory)
      .where(
        and(eq(publicationRestrictionHistory.schoolId, schoolId), eq(publicationRestrictionHistory.pupilId, pupilId)),
      )
      .limit(1);
    return Boolean(current ?? past);
  },
  /** The references of the concerns (safeguarding records) that name this person or commenter. */
  async concernsNaming(db: Db, schoolId: string, kind: 'author' | 'pupil' | 'staff', id: string) {
    const column =
      kind === 'author' ? concernPeople.authorId : kind === 'pupil' ? concernPeople.pupilId : concernPeople.staffId;
    const named = db.select({ id: concernPeople.concernId }).from(concernPeople).where(eq(column, id));
    return db
      .select({ id: concerns.id, reference: concerns.reference, status: concerns.status, raisedAt: concerns.raisedAt })
      .from(concerns)
      .where(
        and(
          eq(concerns.schoolId, schoolId),
          kind === 'author' ? or(inArray(concerns.id, named), eq(concerns.authorId, id)) : inArray(concerns.id, named),
        ),
      )
      .orderBy(asc(concerns.raisedAt));
  },
  async concernsRaisedBy(db: Db, schoolId: string, userId: string) {
    return db
      .select({
        reference: concerns.reference,
        type: concerns.type,
        raisedAt: concerns.raisedAt,
        status: concerns.status,
      })
      .from(concerns)
      .where(and(eq(concerns.schoolId, schoolId), eq(concerns.raisedBy, userId)))
      .orderBy(asc(concerns.raisedAt));
  },
  async acceptancesOf(db: Db, schoolId: string, staffId: string) {
    return db
      .select()
      .from(policyAcceptances)
      .where(and(eq(policyAcceptances.schoolId, schoolId), eq(policyAcceptances.staffId, staffId)))
      .orderBy(asc(policyAcceptances.acceptedAt));
  },
  async trainingOf(db: Db, schoolId: string, staffId: string) {
    return db
      .select({ record: trainingRecords, file: storedFiles })
      .from(trainingRecords)
      .leftJoin(storedFiles, eq(storedFiles.id, trainingRecords.evidenceFileId))
      .where(and(eq(trainingRecords.schoolId, schoolId), eq(trainingRecords.staffId, staffId)))
      .orderBy(asc(trainingRecords.completedOn));
  },
  async sessionsOf(db: Db, userId: string) {
    return db
      .select({
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        twoFactorVerified: sessions.twoFactorVerified,
      })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(desc(sessions.createdAt));
  },
  async notificationsOf(db: Db, schoolId: string, userId: string) {
    return db
      .select({
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
        emailedAt: notifications.emailedAt,
      })
      .from(notifications)
      .where(and(eq(notifications.schoolId, schoolId), eq(notifications.userId, userId)))
      .orderBy(asc(notifications.createdAt));
  },
  /** What this person did in the school, from its audit chain (action and record only; details may name others). */
  async auditBy(db: Db, chain: string, userId: string) {
    return db
      .select({
        seq: auditEntries.seq,
        occurredAt: auditEntries.occurredAt,
        action: auditEntries.action,
        entityType: auditEntries.entityType,
        entityId: auditEntries.entityId,
        address: auditEntries.actorAddress,
      })
      .from(auditEntries)
      .where(and(eq(auditEntries.chain, chain), eq(auditEntries.actorUserId, userId)))
      .orderBy(asc(auditEntries.seq))
      .limit(50_000);
  },
  async moderationBy(db: Db, schoolId: string, userId: string) {
    return db
      .select({
        action: moderationActions.action,
        commentId: moderationActions.commentId,
        authorId: moderationActions.authorId,
        manual: moderationActions.manual,
        at: moderationActions.at,
      })
      .from(moderationActions)
      .where(and(eq(moderationActions.schoolId, schoolId), eq(moderationActions.byUserId, userId)))
      .orderBy(asc(moderationActions.at));
  },

  // --- Erasure ------------------------------------------------------------------------------------------------
  async erasePupil(db: Db, schoolId: string, pupilId: string) {
    const consents = await db
      .delete(consentRecords)
      .where(and(eq(consentRecords.schoolId, schoolId), eq(consentRecords.pupilId, pupilId)))
      .returning({ id: consentRecords.id });
    await db
      .update(pupils)
      .set({
        firstName: 'Erased',
        lastName: 'pupil',
        preferredName: null,
        className: null,
        misId: sql`'erased:' || ${pupils.id}`,
        status: 'erased',
        updatedAt: new Date(),
      })
      .where(and(eq(pupils.schoolId, schoolId), eq(pupils.id, pupilId)));
    return { consents: consents.length };
  },
  /** A leaver's staff record anonymised; their sign-in too, when it is used in no other school. */
  async eraseStaff(db: Db, schoolId: string, staffId: string) {
    const [row] = await db
      .update(staff)
      .set({
        firstName: 'Former',
        lastName: 'member of staff',
        email: null,
        jobTitle: null,
        misId: null,
        status: 'inactive',
        updatedAt: new Date(),
      })
      .where(and(eq(staff.schoolId, schoolId), eq(staff.id, staffId)))
      .returning({ userId: staff.userId });
    const userId = row?.userId ?? null;
    let signIn = false;
    if (userId) {
      await db.update(staff).set({ userId: null }).where(eq(staff.id, staffId));
      const [elsewhere] = await db.select({ id: staff.id }).from(staff).where(eq(staff.userId, userId)).limit(1);
      await db.delete(notifications).where(and(eq(notifications.schoolId, schoolId), eq(notifications.userId, userId)));
      if (!elsewhere) {
        await db.delete(sessions).where(eq(sessions.userId, userId));
        await db
          .update(users)
          .set({
            email: sql`'erased-' || ${users.id} || '@erased.invalid'`,
            displayName: 'Former member of staff',
            passwordHash: null,
            status: 'disabled',
            totpSecretEncrypted: null,
            totpEnabledAt: null,
            recoveryCodeHashes: [],
            updatedAt: new Date(),
          })
          .where(eq(users.id, userId));
        signIn = true;
      }
    }
    return { signIn };
  },
};
