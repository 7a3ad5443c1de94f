// The retention job's work (issue 13): for each school, delete or anonymise what its policy's retention schedule says
// is due, in batches of one transaction each, and record the run in the school's audit chain with counts only. Legal
// holds, open concerns and comments a concern refers to are never touched (the repository's queries leave them out).
import { fileStoreOf } from '../../files/file-store.ts';
import { auditRepository, chainFor, dataProtectionRepository, type Db } from '@schoolgate/db';
import { RETENTION_DEFAULTS, retentionCutoffs, type RetentionSettings } from '@schoolgate/domain';
import type { AppContext } from '../../app-context.ts';
import { getEnforcedPolicy } from '../policy/get-enforced-policy.ts';

export const RETENTION_BATCH = 200;

export interface SchoolRetentionRun {
  schoolId: string;
  comments: number;
  evidenceFiles: number;
  authorsAnonymised: number;
  concerns: number;
  concernFiles: number;
  notifications: number;
  /** Audit entries older than the audit period: counted, never deleted (the chain must stay whole). */
  auditPastPeriod: number;
}

export interface RetentionRun {
  schools: SchoolRetentionRun[];
  sessions: number;
  signInFailures: number;
  deliveries: number;
}

/** The school's schedule: its published policy's, or the lawful defaults before it has published one. */
export async function retentionOf(db: Db, schoolId: string): Promise<RetentionSettings> {
  return (await getEnforcedPolicy(db, schoolId))?.retention ?? { ...RETENTION_DEFAULTS };
}

/** Runs `step` (one batch in one transaction, returning how many it removed) until a batch comes back short. */
async function inBatches(db: Db, step: (tx: Db) => Promise<{ done: number; batch: number }>): Promise<void> {
  for (;;) {
    const { done, batch } = await db.transaction((tx) => step(tx));
    if (batch < RETENTION_BATCH || done === 0) return;
  }
}

/**
 * Deletes the objects of stored files whose rows retention has deleted. Should the object storage fail, the objects
 * are left (unreferenced, so never served) and the failure is logged with the count only, for an operator to clear.
 */
async function deleteObjects(ctx: AppContext, schoolId: string, keys: string[]) {
  if (keys.length === 0) return;
  try {
    await fileStoreOf(ctx).delete(keys);
  } catch (error) {
    ctx.log.error(
      { schoolId, objects: keys.length, err: error },
      'Retention could not delete stored files from object storage',
    );
  }
}

async function applyToSchool(ctx: AppContext, school: { id: string; trustId: string }, now: Date) {
  const cut = retentionCutoffs(await retentionOf(ctx.db, school.id), now);
  const run: SchoolRetentionRun = {
    schoolId: school.id,
    comments: 0,
    evidenceFiles: 0,
    authorsAnonymised: 0,
    concerns: 0,
    concernFiles: 0,
    notifications: 0,
    auditPastPeriod: 0,
  };
  // Objects in the bucket go once the rows naming them are gone (after each batch commits), never before.
  const objectKeys: string[] = [];
  await inBatches(ctx.db, async (tx) => {
    const ids = await dataProtectionRepository.dueComments(tx, school.id, cut.comments, RETENTION_BATCH);
    const gone = await dataProtectionRepository.deleteComments(tx, school.id, ids);
    run.comments += gone.comments;
    run.evidenceFiles += gone.evidenceFiles;
    objectKeys.push(...gone.objectKeys);
    return { done: gone.comments, batch: ids.length };
  });
  await deleteObjects(ctx, school.id, objectKeys.splice(0));
  await inBatches(ctx.db, async (tx) => {
    const ids = await dataProtectionRepository.dueAuthors(tx, school.id, cut.authors, RETENTION_BATCH);
    const done = await dataProtectionRepository.anonymiseAuthors(tx, school.id, ids);
    run.authorsAnonymised += done;
    return { done, batch: ids.length };
  });
  await inBatches(ctx.db, async (tx) => {
    const ids = await dataProtectionRepository.dueConcerns(tx, school.id, cut.concerns, RETENTION_BATCH);
    const gone = await dataProtectionRepository.deleteConcerns(tx, school.id, ids);
    run.concerns += gone.concerns;
    run.concernFiles += gone.files;
    objectKeys.push(...gone.objectKeys);
    return { done: gone.concerns, batch: ids.length };
  });
  await deleteObjects(ctx, school.id, objectKeys.splice(0));
  await inBatches(ctx.db, async (tx) => {
    const done = await dataProtectionRepository.deleteNotifications(tx, school.id, cut.notifications, RETENTION_BATCH);
    run.notifications += done;
    return { done, batch: done };
  });
  run.auditPastPeriod = await dataProtectionRepository.countAuditBefore(
    ctx.db,
    chainFor(school.trustId, school.id),
    cut.audit,
  );
  // The run itself, counts only: which records went is not recorded, since they are gone for a reason.
  await ctx.db.transaction((tx) =>
    auditRepository.append(tx, {
      trustId: school.trustId,
      schoolId: school.id,
      actorUserId: null,
      actorAddress: 'scheduled job',
      action: 'retention.applied',
      entityType: 'school',
      entityId: school.id,
      details: { ...run, schoolId: undefined },
      now,
    }),
  );
  return { run, cut };
}

export async function applyRetention(ctx: AppContext, now: Date): Promise<RetentionRun> {
  const schools = await dataProtectionRepository.allSchools(ctx.db);
  const result: RetentionRun = { schools: [], sessions: 0, signInFailures: 0, deliveries: 0 };
  // Records shared by the deployment follow the longest period any school sets (the safe side).
  let sessionsCut: Date | null = null;
  let deliveriesCut: Date | null = null;
  for (const school of schools) {
    const { run, cut } = await applyToSchool(ctx, school, now);
    result.schools.push(run);
    if (!sessionsCut || cut.sessions < sessionsCut) sessionsCut = cut.sessions;
    if (!deliveriesCut || cut.comments < deliveriesCut) deliveriesCut = cut.comments;
  }
  const defaults = retentionCutoffs(RETENTION_DEFAULTS, now);
  const ended = await dataProtectionRepository.deleteEndedSessions(ctx.db, sessionsCut ?? defaults.sessions);
  result.sessions = ended.sessions;
  result.signInFailures = ended.signInFailures;
  await inBatches(ctx.db, async (tx) => {
    const done = await dataProtectionRepository.deleteOldDeliveries(
      tx,
      deliveriesCut ?? defaults.comments,
      RETENTION_BATCH,
    );
    result.deliveries += done;
    return { done, batch: done };
  });
  return result;
}
