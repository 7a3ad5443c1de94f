// Hands back a training certificate. Leaders who read training may download any; a person may download their
// own. Every download is written to the audit log, because certificates can hold personal details.
import { fileStoreOf, readBytes } from '../../files/file-store.ts';
import { acceptanceRepository, storedFilesRepository, trainingRepository } from '@schoolgate/db';
import { can, forbidden, notFound } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { recordAudit } from '../audit-entry.ts';

export interface EvidenceDownload {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export async function downloadEvidence(ctx: AppContext, actor: Actor, recordId: string): Promise<EvidenceDownload> {
  const schoolId = schoolOf(actor);
  const record = await trainingRepository.findInSchool(ctx.db, schoolId, recordId);
  if (!record) throw notFound('That training record');
  if (!can(actor.role, 'read', 'training')) {
    const me = await acceptanceRepository.staffForUser(ctx.db, schoolId, actor.userId);
    if (me?.id !== record.staffId) throw forbidden('You can download only your own certificates.');
  }
  if (!record.evidenceFileId) throw notFound('A certificate for that record');
  const file = await storedFilesRepository.findInSchool(ctx.db, schoolId, record.evidenceFileId);
  if (!file) throw notFound('A certificate for that record');
  const content = await readBytes(fileStoreOf(ctx), file);
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      {
        action: 'training.evidence_downloaded',
        entityType: 'training_record',
        entityId: record.id,
        details: { staffId: record.staffId, fileId: file.id, sha256: file.sha256 },
      },
      ctx.now(),
    ),
  );
  return { fileName: file.fileName, contentType: file.contentType, content };
}
