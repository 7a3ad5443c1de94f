// A leader records training someone has done, optionally with the certificate. The expiry defaults to the
// completion date plus the policy's validity period; a date on the certificate may be entered instead.
import { staffRepository, trainingRepository } from '@schoolgate/db';
import {
  fileStoreOf,
  insertStoredFile,
  prepareStoredFile,
  type FileStore,
  type PreparedStoredFile,
} from '../../files/file-store.ts';
import { AppError, isIsoDate, londonDateOf, nextReviewDate, notFound } from '@schoolgate/domain';
import type { CreateTrainingRequest, EvidenceUpload, TrainingRecord } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { checkEvidence } from './evidence-file.ts';
import { presentTraining } from './present-training.ts';
import { validityMonthsFor } from './validity.ts';

const fieldProblem = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ field, message }]);

export function checkDates(completedOn: string, expiresOn: string | null, today: string): void {
  if (!isIsoDate(completedOn)) throw fieldProblem('completedOn', 'Enter a real date.');
  if (completedOn > today) throw fieldProblem('completedOn', 'The date completed cannot be in the future.');
  if (expiresOn !== null) {
    if (!isIsoDate(expiresOn)) throw fieldProblem('expiresOn', 'Enter a real date.');
    if (expiresOn <= completedOn) throw fieldProblem('expiresOn', 'The expiry date must be after the date completed.');
  }
}

/**
 * Checks the certificate and keeps its bytes before the transaction that records it opens (with object storage, the
 * upload must not hold a transaction open); the transaction then inserts it with `insertStoredFile`.
 */
export async function prepareEvidence(
  store: FileStore,
  actor: Actor,
  schoolId: string,
  upload: EvidenceUpload,
): Promise<PreparedStoredFile> {
  const file = checkEvidence(upload);
  return prepareStoredFile(store, { schoolId, uploadedBy: actor.userId, ...file });
}

export async function recordTraining(
  ctx: AppContext,
  actor: Actor,
  input: CreateTrainingRequest,
): Promise<TrainingRecord> {
  authorise(actor, 'create', 'training');
  const schoolId = schoolOf(actor);
  const person = await staffRepository.findInSchool(ctx.db, schoolId, input.staffId);
  if (!person) throw notFound('That member of staff');
  const today = londonDateOf(ctx.now());
  checkDates(input.completedOn, input.expiresOn ?? null, today);
  const expiresOn = input.expiresOn ?? nextReviewDate(input.completedOn, await validityMonthsFor(ctx.db, schoolId));

  const prepared = input.evidence ? await prepareEvidence(fileStoreOf(ctx), actor, schoolId, input.evidence) : null;
  const id = await ctx.db.transaction(async (tx) => {
    const file = prepared ? await insertStoredFile(tx, prepared) : null;
    const row = await trainingRepository.insert(tx, {
      schoolId,
      staffId: person.id,
      kind: input.kind,
      title: input.title ?? null,
      completedOn: input.completedOn,
      expiresOn,
      evidenceFileId: file?.id ?? null,
      recordedBy: actor.userId,
      recordedAt: ctx.now(),
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'training.recorded',
        entityType: 'training_record',
        entityId: row.id,
        details: {
          staffId: person.id,
          kind: row.kind,
          completedOn: row.completedOn,
          expiresOn: row.expiresOn,
          ...(file ? { evidenceSha256: file.sha256, evidenceBytes: file.sizeBytes } : {}),
        },
      },
      ctx.now(),
    );
    return row.id;
  });
  return presentTraining((await trainingRepository.findInSchool(ctx.db, schoolId, id))!, today);
}
