// A ZIP of the evidence kept for a comment or for everything an author wrote, with a manifest of SHA-256 digests
// that anyone can check (sha256sum -c) against the files and against the audit log.
import { createHash } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { commentsRepository, schema } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';

export interface EvidencePack {
  fileName: string;
  zip: Uint8Array;
}

async function packFor(
  ctx: AppContext,
  actor: Actor,
  schoolId: string,
  commentIds: string[],
  label: string,
  entity: { type: string; id: string },
): Promise<EvidencePack> {
  const items = commentIds.length
    ? await ctx.db
        .select({ item: schema.evidenceItems, file: schema.storedFiles })
        .from(schema.evidenceItems)
        .innerJoin(schema.storedFiles, eq(schema.storedFiles.id, schema.evidenceItems.fileId))
        .where(and(eq(schema.evidenceItems.schoolId, schoolId), inArray(schema.evidenceItems.commentId, commentIds)))
        .orderBy(asc(schema.evidenceItems.createdAt))
    : [];
  const files: Record<string, Uint8Array> = {};
  const manifest = items.map(({ item, file }, i) => {
    const name = `${String(i + 1).padStart(3, '0')}-${file.fileName}`;
    files[name] = new Uint8Array(file.content);
    // Recomputed here, so the manifest states what is in the ZIP, and the recorded digest can be compared with it.
    const actual = createHash('sha256').update(file.content).digest('hex');
    return {
      file: name,
      kind: item.kind,
      commentId: item.commentId,
      keptAt: item.createdAt.toISOString(),
      sha256: actual,
      recordedSha256: item.sha256,
      matches: actual === item.sha256,
    };
  });
  const now = ctx.now();
  files['manifest.json'] = strToU8(
    `${JSON.stringify({ generatedAt: now.toISOString(), subject: label, files: manifest }, null, 2)}\n`,
  );
  files['SHA256SUMS'] = strToU8(manifest.map((m) => `${m.sha256}  ${m.file}`).join('\n') + '\n');
  files['README.txt'] = strToU8(
    [
      `Evidence kept by Schoolgate: ${label}.`,
      '',
      'Each file was stored before the comment was hidden or deleted. manifest.json lists each file with its SHA-256',
      'digest as recorded when it was kept; the same digests are in the school\'s audit log (action "evidence.kept").',
      'To check the files on a computer with a terminal: sha256sum -c SHA256SUMS',
      '',
    ].join('\n'),
  );
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      {
        action: 'evidence.downloaded',
        entityType: entity.type,
        entityId: entity.id,
        details: { files: manifest.length },
      },
      now,
    ),
  );
  return {
    fileName: `evidence-${entity.type}-${entity.id.slice(0, 8)}-${now.toISOString().slice(0, 10)}.zip`,
    zip: zipSync(files, { level: 6 }),
  };
}

export async function commentEvidencePack(ctx: AppContext, actor: Actor, id: string): Promise<EvidencePack> {
  authorise(actor, 'read', 'comment');
  const schoolId = schoolOf(actor);
  const comment = await commentsRepository.findInSchool(ctx.db, schoolId, id);
  if (!comment) throw notFound('That comment');
  return packFor(ctx, actor, schoolId, [comment.id], `comment ${comment.externalId}`, {
    type: 'comment',
    id: comment.id,
  });
}

export async function authorEvidencePack(ctx: AppContext, actor: Actor, id: string): Promise<EvidencePack> {
  authorise(actor, 'read', 'comment');
  const schoolId = schoolOf(actor);
  const author = await commentsRepository.author(ctx.db, schoolId, id);
  if (!author) throw notFound('That author');
  const comments = await commentsRepository.byAuthor(ctx.db, author.id, 1000);
  return packFor(
    ctx,
    actor,
    schoolId,
    comments.map((c) => c.id),
    `comments by ${author.name ?? author.handle ?? author.externalId}`,
    { type: 'author', id: author.id },
  );
}
