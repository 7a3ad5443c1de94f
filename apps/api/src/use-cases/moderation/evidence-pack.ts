// A ZIP of the evidence kept for a comment or for everything an author wrote. SHA256SUMS holds the digests the
// school's audit chain recorded when each file was kept (never digests taken from the stored bytes now), and the
// pack carries those audit entries, each as the exact text its chain hash was taken over, so anyone can check with
// `sha256sum -c SHA256SUMS` that the files are what was kept. Anything that no longer holds is said in plain words.
import { fileStoreOf, readBytes } from '../../files/file-store.ts';
import { zipSync, strToU8 } from 'fflate';
import { createHash } from 'node:crypto';
import {
  auditRepository,
  chainFor,
  commentsRepository,
  evidenceItemsRepository,
  moderationActionsRepository,
  socialAccountsRepository,
  usersRepository,
  type AuthorRow,
  type CommentRow,
} from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorCommentsJson, authorStepsJson } from '../../evidence/author-pack-files.ts';
import { checkEvidence, type KeptFile } from '../../evidence/evidence-verification.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';

export interface EvidencePack {
  fileName: string;
  zip: Uint8Array;
  /** False when a kept file, or an audit entry that vouches for it, has changed: the pack's README says what. */
  verified: boolean;
  problems: string[];
}

/** A file Schoolgate writes when the pack is made (not kept evidence): its digest is taken now. */
export interface GeneratedFile {
  file: string;
  description: string;
  content: string;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
// Far more than any one author writes on a school's accounts; a pack that reaches it says so.
export const AUTHOR_COMMENT_LIMIT = 10_000;

async function keptFiles(ctx: AppContext, schoolId: string, commentIds: string[]): Promise<KeptFile[]> {
  const rows = await evidenceItemsRepository.withFiles(ctx.db, schoolId, commentIds);
  const store = fileStoreOf(ctx);
  const kept: KeptFile[] = [];
  for (const [i, { item, file }] of rows.entries()) {
    kept.push({
      name: `${String(i + 1).padStart(3, '0')}-${file.fileName}`,
      commentId: item.commentId,
      kind: item.kind,
      fileId: item.fileId,
      keptName: file.fileName,
      keptAt: item.createdAt,
      itemSha256: item.sha256,
      content: new Uint8Array(await readBytes(store, file)),
    });
  }
  return kept;
}

function readme(label: string, verified: boolean, problems: string[], generated: GeneratedFile[], files: number) {
  const verdict = verified
    ? [`All ${files} evidence file(s) match the SHA-256 digests the school's audit chain recorded when they were kept.`]
    : [
        'WARNING: THIS EVIDENCE DOES NOT VERIFY. What no longer matches what was recorded when it was kept:',
        ...problems.map((p) => `  - ${p}`),
      ];
  return [
    `Evidence kept by Schoolgate: ${label}.`,
    '',
    ...verdict,
    '',
    'Each numbered file was stored before the comment was hidden or deleted. When it was kept, its SHA-256 digest was',
    'written into the school\'s audit chain (action "evidence.kept"), where every entry carries the hash of the one',
    'before it. SHA256SUMS lists those recorded digests, not digests taken from the files now, so a file changed',
    'since it was kept fails the check.',
    '',
    'audit/entry-<n>.json holds audit entry n exactly as its chain hash was computed (SHA-256 of the file = the hash),',
    'and SHA256SUMS lists each with that hash. Open one to see the digests it recorded for the files. manifest.json',
    "lists every file, the entry that recorded it, the entries' hashes and whether each still links to the next.",
    ...generated.map((g) => `${g.file}: ${g.description} (made when this pack was made; its digest is taken then).`),
    '',
    'To check everything on a computer with a terminal, in the unzipped folder: sha256sum -c SHA256SUMS',
    'Every line should end in OK. A line ending in FAILED is a file that is not what was recorded.',
    '',
  ].join('\n');
}

async function packFor(
  ctx: AppContext,
  actor: Actor,
  schoolId: string,
  commentIds: string[],
  label: string,
  entity: { type: string; id: string },
  generatedFor: (withEvidence: ReadonlySet<string>) => Promise<GeneratedFile[]> = async () => [],
): Promise<EvidencePack> {
  const chain = chainFor(actor.trustId, schoolId);
  const kept = await keptFiles(ctx, schoolId, commentIds);
  const entries = await auditRepository.forEntities(ctx.db, chain, 'evidence.kept', 'comment', commentIds);
  const successors = await auditRepository.atSeqs(
    ctx.db,
    chain,
    entries.map((e) => e.seq + 1),
  );
  const check = checkEvidence(kept, entries, new Map(successors.map((s) => [s.seq - 1, s.prevHash])));
  const generated = await generatedFor(new Set(kept.map((k) => k.commentId)));
  const verified = check.problems.length === 0;

  const files: Record<string, Uint8Array> = {};
  const sums: string[] = [];
  for (const f of kept) files[f.name] = f.content;
  for (const f of check.files) sums.push(`${f.sha256}  ${f.file}`);
  for (const e of check.entries) {
    files[e.file] = strToU8(e.text);
    sums.push(`${e.hash}  ${e.file}`);
  }
  const generatedList = generated.map((g) => {
    const bytes = strToU8(g.content);
    files[g.file] = bytes;
    const digest = sha256(bytes);
    sums.push(`${digest}  ${g.file}`);
    return { file: g.file, description: g.description, sha256: digest };
  });

  const now = ctx.now();
  files['manifest.json'] = strToU8(
    `${JSON.stringify(
      {
        generatedAt: now.toISOString(),
        subject: label,
        auditChain: chain,
        verified,
        problems: check.problems,
        files: check.files,
        auditEntries: check.entries.map(({ text: _text, ...entry }) => entry),
        generatedFiles: generatedList,
      },
      null,
      2,
    )}\n`,
  );
  files['SHA256SUMS'] = strToU8(sums.map((line) => `${line}\n`).join(''));
  files['README.txt'] = strToU8(readme(label, verified, check.problems, generated, kept.length));
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      {
        action: 'evidence.downloaded',
        entityType: entity.type,
        entityId: entity.id,
        details: { files: kept.length, verified, problems: check.problems.length },
      },
      now,
    ),
  );
  return {
    fileName: `evidence-${entity.type}-${entity.id.slice(0, 8)}-${now.toISOString().slice(0, 10)}.zip`,
    zip: zipSync(files, { level: 6 }),
    verified,
    problems: check.problems,
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

export async function authorFiles(
  ctx: AppContext,
  schoolId: string,
  author: AuthorRow,
  comments: CommentRow[],
  withEvidence: ReadonlySet<string>,
): Promise<GeneratedFile[]> {
  const ids = comments.map((c) => c.id);
  const accountIds = [...new Set(comments.map((c) => c.accountId))];
  const postIds = [...new Set(comments.flatMap((c) => (c.postId ? [c.postId] : [])))];
  const [revisions, actions, posts, accounts] = await Promise.all([
    commentsRepository.revisionsOf(ctx.db, ids),
    moderationActionsRepository.forAuthor(ctx.db, author.id),
    commentsRepository.postsIn(ctx.db, schoolId, postIds),
    Promise.all(accountIds.map((a) => socialAccountsRepository.findInSchool(ctx.db, schoolId, a))),
  ]);
  const input = {
    author,
    comments,
    accounts: new Map(accounts.flatMap((a) => (a ? [[a.id, a] as const] : []))),
    postExternalIds: new Map(posts.map((p) => [p.id, p.externalId])),
    revisions,
    actions,
    names: await usersRepository.displayNames(
      ctx.db,
      actions.map((a) => a.byUserId),
    ),
    withEvidence,
  };
  const capped = comments.length >= AUTHOR_COMMENT_LIMIT ? ` (the first ${AUTHOR_COMMENT_LIMIT} only)` : '';
  return [
    {
      file: 'comments.json',
      description: `every comment by this author on the school's accounts${capped}: when it was posted and received, its text as received with any earlier wordings, its state, the classifier's labels and what was done with it`,
      content: authorCommentsJson(input),
    },
    {
      file: 'steps.json',
      description:
        "the steps of the school's ladder taken with this author: what, when, who, and the platform's or police reference",
      content: authorStepsJson(input),
    },
  ];
}

export async function authorEvidencePack(ctx: AppContext, actor: Actor, id: string): Promise<EvidencePack> {
  authorise(actor, 'read', 'comment');
  const schoolId = schoolOf(actor);
  const author = await commentsRepository.author(ctx.db, schoolId, id);
  if (!author) throw notFound('That author');
  const comments = await commentsRepository.byAuthor(ctx.db, author.id, AUTHOR_COMMENT_LIMIT);
  return packFor(
    ctx,
    actor,
    schoolId,
    comments.map((c) => c.id),
    `comments by ${author.name ?? author.handle ?? author.externalId}`,
    { type: 'author', id: author.id },
    (withEvidence) => authorFiles(ctx, schoolId, author, comments, withEvidence),
  );
}
