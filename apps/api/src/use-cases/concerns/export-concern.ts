// One concern as a ZIP: the chronology as a PDF, every file attached to it, and SHA256SUMS (the files' digests as
// recorded when they were attached, and the PDF's), so a receiving school or agency can check nothing changed.
import { fileStoreOf, readBytes } from '../../files/file-store.ts';
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { concernsRepository, tenancyRepository } from '@schoolgate/db';
import type { Actor, AppContext } from '../../app-context.ts';
import { renderConcernPdf } from '../../pdf/concern-pdf.ts';
import { recordAudit } from '../audit-entry.ts';
import { openConcern } from './concern-access.ts';
import { loadConcernDetail } from './get-concern.ts';

export async function exportConcern(ctx: AppContext, actor: Actor, id: string) {
  const concern = await openConcern(ctx, actor, id);
  const detail = await loadConcernDetail(ctx, concern.schoolId, concern.id);
  const school = await tenancyRepository.findSchool(ctx.db, concern.schoolId);
  const now = ctx.now();
  const pdf = await renderConcernPdf({
    schoolName: school?.name ?? '',
    concern: detail,
    exportedAt: now,
    exportedBy: actor.displayName,
  });
  const files: Record<string, Uint8Array> = {};
  const sums: string[] = [];
  const pdfName = `concern-${detail.reference}.pdf`;
  files[pdfName] = new Uint8Array(pdf);
  sums.push(`${createHash('sha256').update(pdf).digest('hex')}  ${pdfName}`);
  for (const [index, info] of detail.files.entries()) {
    const file = await concernsRepository.fileOf(ctx.db, concern.id, info.id);
    if (!file) continue;
    const name = `files/${String(index + 1).padStart(2, '0')}-${info.fileName}`;
    files[name] = new Uint8Array(await readBytes(fileStoreOf(ctx), file));
    // The digest recorded when the file was attached: a file changed since then fails `sha256sum -c`.
    sums.push(`${info.sha256}  ${name}`);
  }
  files['SHA256SUMS'] = strToU8(sums.map((line) => `${line}\n`).join(''));
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      {
        action: 'concern.exported',
        entityType: 'concern',
        entityId: concern.id,
        details: { files: detail.files.length },
      },
      now,
    ),
  );
  return { fileName: `concern-${detail.reference}.zip`, zip: Buffer.from(zipSync(files, { level: 6 })) };
}
