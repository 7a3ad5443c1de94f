// Hands back one file of a concern to someone who may open it; every download is audited with the file's digest.
import { fileStoreOf, readBytes } from '../../files/file-store.ts';
import { concernsRepository } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { recordAudit } from '../audit-entry.ts';
import { openConcern } from './concern-access.ts';

export async function downloadConcernFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  const concern = await openConcern(ctx, actor, id);
  const file = await concernsRepository.fileOf(ctx.db, concern.id, fileId);
  if (!file) throw notFound('That file');
  const content = await readBytes(fileStoreOf(ctx), file);
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      {
        action: 'concern.file_downloaded',
        entityType: 'concern',
        entityId: concern.id,
        details: { fileId: file.id, sha256: file.sha256 },
      },
      ctx.now(),
    ),
  );
  return { fileName: file.fileName, contentType: file.contentType, content };
}
