// Corrects a training record (a mistyped date, a certificate that arrived later). What changed is audited. A new
// completion date moves a default expiry with it; an expiry typed from a certificate stays as typed.
import { fileStoreOf, insertStoredFile } from '../../files/file-store.ts';
import { trainingRepository } from '@schoolgate/db';
import { londonDateOf, nextReviewDate, notFound } from '@schoolgate/domain';
import type { TrainingRecord, UpdateTrainingRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { presentTraining } from './present-training.ts';
import { checkDates, prepareEvidence } from './record-training.ts';
import { defaultExpiryPeriod, validityPeriodsUsed } from './default-expiry.ts';

export async function updateTraining(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateTrainingRequest,
): Promise<TrainingRecord> {
  authorise(actor, 'update', 'training');
  const schoolId = schoolOf(actor);
  const current = await trainingRepository.findInSchool(ctx.db, schoolId, id);
  if (!current) throw notFound('That training record');
  const today = londonDateOf(ctx.now());
  const completedOn = input.completedOn ?? current.completedOn;
  let expiresOn = input.expiresOn ?? current.expiresOn;
  if (input.completedOn !== undefined && input.expiresOn === undefined) {
    const period = defaultExpiryPeriod(
      current.completedOn,
      current.expiresOn,
      await validityPeriodsUsed(ctx.db, schoolId),
    );
    // The same period as before, counted from the corrected date.
    if (period !== null) expiresOn = nextReviewDate(completedOn, period);
  }
  checkDates(completedOn, expiresOn, today);

  const prepared = input.evidence ? await prepareEvidence(fileStoreOf(ctx), actor, schoolId, input.evidence) : null;
  await ctx.db.transaction(async (tx) => {
    const file = prepared ? await insertStoredFile(tx, prepared) : null;
    const patch = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.completedOn !== undefined ? { completedOn } : {}),
      ...(expiresOn !== current.expiresOn ? { expiresOn } : {}),
      ...(file ? { evidenceFileId: file.id } : {}),
    };
    await trainingRepository.update(tx, schoolId, id, patch);
    await recordAudit(
      tx,
      actor,
      {
        action: 'training.updated',
        entityType: 'training_record',
        entityId: id,
        details: {
          staffId: current.staffId,
          changed: Object.keys(patch),
          ...(file ? { evidenceSha256: file.sha256, evidenceBytes: file.sizeBytes } : {}),
        },
      },
      ctx.now(),
    );
  });
  return presentTraining((await trainingRepository.findInSchool(ctx.db, schoolId, id))!, today);
}
