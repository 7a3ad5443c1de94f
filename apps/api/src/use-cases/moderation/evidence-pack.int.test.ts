// Evidence packs as a solicitor or the police would check them: `sha256sum -c SHA256SUMS` passes only when every
// kept file is what the school's audit chain recorded when it was kept, and a pack whose evidence has changed says
// so in its README, its manifest and the download's X-Evidence-Verified header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { auditRepository, chainFor, hashAuditEntry, schema } from '@schoolgate/db';
import { and, eq } from 'drizzle-orm';
import {
  act,
  commentOn,
  downloadPack,
  randomAuthor,
  rewriteAuditEntry,
  sha256sumCheck,
  startEvidenceTestSchool,
  tamperWithStoredFile,
  type EvidenceTestSchool,
} from '../../testing/evidence-test-school.ts';

let s: EvidenceTestSchool;
beforeAll(async () => {
  s = await startEvidenceTestSchool();
});
afterAll(async () => {
  await s?.close();
});

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

interface Manifest {
  verified: boolean;
  problems: string[];
  files: Array<{ file: string; kind: string; sha256: string; storedSha256: string; matches: boolean }>;
  auditEntries: Array<{ seq: number; file: string; hash: string; hashHolds: boolean; linkedFromNext: boolean | null }>;
  generatedFiles: Array<{ file: string; sha256: string }>;
}

async function removedComment(text: string, action: 'hide' | 'delete' = 'hide') {
  const { stored } = await commentOn(s, 'facebook', text);
  await act(s, stored.id, action);
  const items = await s.t.ctx.db
    .select()
    .from(schema.evidenceItems)
    .where(eq(schema.evidenceItems.commentId, stored.id));
  const fileOf = (kind: string) => items.find((i) => i.kind === kind)!.fileId;
  return { comment: stored, fileOf };
}

const commentPack = (id: string) => downloadPack(s, `/api/moderation/comments/${id}/evidence.zip`);

describe('a comment evidence pack', () => {
  it('verifies with sha256sum -c when nothing has changed, against the digests the audit chain recorded', async () => {
    const { comment } = await removedComment('You are a useless bunch of idiots at that school');
    const pack = await commentPack(comment.id);
    expect(pack.verifiedHeader).toBe('true');
    const checks = sha256sumCheck(pack);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    const manifest = pack.json<Manifest>('manifest.json');
    expect(manifest).toMatchObject({ verified: true, problems: [] });
    expect(manifest.files.map((f) => f.kind).sort()).toEqual(['as_received', 'image', 'timeline']);
    expect(pack.text('README.txt')).toMatch(/All 3 evidence file\(s\) match/);

    // The audit entry that kept them is in the pack, byte for byte what its chain hash was taken over, and the
    // digests it recorded are the ones SHA256SUMS checks the files against.
    const [kept] = await auditRepository.forEntities(
      s.t.ctx.db,
      chainFor(s.school.trustId, s.school.id),
      'evidence.kept',
      'comment',
      [comment.id],
    );
    expect(manifest.auditEntries).toEqual([
      expect.objectContaining({ seq: kept!.seq, hash: kept!.hash, hashHolds: true, linkedFromNext: true }),
    ]);
    const entryText = pack.text(`audit/entry-${kept!.seq}.json`);
    expect(sha256(entryText)).toBe(kept!.hash);
    expect(checks).toContainEqual({ file: `audit/entry-${kept!.seq}.json`, ok: true });
    const recorded = (JSON.parse(entryText) as { details: { files: Array<{ sha256: string }> } }).details.files;
    const sums = pack.text('SHA256SUMS');
    for (const file of recorded) expect(sums).toContain(file.sha256);
  });

  it('fails sha256sum -c for a stored file changed after it was kept, and says so plainly', async () => {
    const { comment, fileOf } = await removedComment('Ring me on 07700 900123 about Jayden in 4B', 'delete');
    const before = (await commentPack(comment.id)).json<Manifest>('manifest.json');
    const image = before.files.find((f) => f.kind === 'image')!;

    await tamperWithStoredFile(s, fileOf('image'), Buffer.from('a different picture'));
    const pack = await commentPack(comment.id);

    expect(pack.verifiedHeader).toBe('false');
    const checks = sha256sumCheck(pack);
    expect(checks.filter((c) => !c.ok).map((c) => c.file)).toEqual([image.file]);
    // SHA256SUMS still holds the digest recorded when it was kept, not one taken from the changed bytes.
    expect(pack.text('SHA256SUMS')).toContain(`${image.sha256}  ${image.file}`);
    expect(pack.text('SHA256SUMS')).not.toContain(sha256('a different picture'));
    const manifest = pack.json<Manifest>('manifest.json');
    expect(manifest.verified).toBe(false);
    expect(manifest.files.find((f) => f.file === image.file)).toMatchObject({
      sha256: image.sha256,
      storedSha256: sha256('a different picture'),
      matches: false,
    });
    expect(manifest.problems).toEqual([expect.stringContaining(`${image.file} HAS CHANGED since it was kept`)]);
    expect(pack.text('README.txt')).toMatch(/^WARNING: THIS EVIDENCE DOES NOT VERIFY/m);
    expect(pack.text('README.txt')).toContain(`${image.file} HAS CHANGED`);
  });

  it('still fails when the copy of the digest beside the file is changed to match', async () => {
    const { comment, fileOf } = await removedComment('I know where you live and I am going to hurt you');
    const forged = Buffer.from('{"text":"Lovely fair!"}\n');
    await tamperWithStoredFile(s, fileOf('as_received'), forged);
    await s.t.ctx.db
      .update(schema.evidenceItems)
      .set({ sha256: sha256(forged) })
      .where(and(eq(schema.evidenceItems.commentId, comment.id), eq(schema.evidenceItems.kind, 'as_received')));
    await s.t.ctx.db
      .update(schema.storedFiles)
      .set({ sha256: sha256(forged) })
      .where(eq(schema.storedFiles.id, fileOf('as_received')));

    const pack = await commentPack(comment.id);
    expect(pack.verifiedHeader).toBe('false');
    expect(sha256sumCheck(pack).filter((c) => !c.ok)).toHaveLength(1);
    expect(pack.json<Manifest>('manifest.json').problems.join('\n')).toMatch(/differs from the one the audit chain/);
  });

  it('fails when the audit entry is rewritten to match a changed file, even with its hash recomputed', async () => {
    const { comment, fileOf } = await removedComment('You lot are a disgrace, absolute idiots');
    const forged = Buffer.from('not the picture that was kept');
    await tamperWithStoredFile(s, fileOf('image'), forged);
    const chain = chainFor(s.school.trustId, s.school.id);
    const [entry] = await auditRepository.forEntities(s.t.ctx.db, chain, 'evidence.kept', 'comment', [comment.id]);
    const details = entry!.details as { files: Array<{ kind: string; sha256: string }> };
    const forgedDetails = {
      ...details,
      files: details.files.map((f) => (f.kind === 'image' ? { ...f, sha256: sha256(forged) } : f)),
    };

    await rewriteAuditEntry(s, entry!.id, forgedDetails);
    let manifest = (await commentPack(comment.id)).json<Manifest>('manifest.json');
    expect(manifest.verified).toBe(false);
    expect(manifest.auditEntries[0]).toMatchObject({ hashHolds: false });
    expect(manifest.problems.join('\n')).toMatch(new RegExp(`Audit entry ${entry!.seq} .* has been changed`));

    await rewriteAuditEntry(s, entry!.id, forgedDetails, hashAuditEntry({ ...entry!, details: forgedDetails }));
    const pack = await commentPack(comment.id);
    manifest = pack.json<Manifest>('manifest.json');
    expect(pack.verifiedHeader).toBe('false');
    expect(manifest.auditEntries[0]).toMatchObject({ hashHolds: true, linkedFromNext: false });
    expect(manifest.problems.join('\n')).toMatch(/the audit chain has been rewritten/);
  });
});

describe("an author's evidence pack", () => {
  it('holds every comment by the author and the steps taken, listed in the manifest and SHA256SUMS', async () => {
    const author = randomAuthor('Alex Angry');
    const kind = await commentOn(s, 'facebook', 'Thank you for the lovely photos', author);
    const rude = await commentOn(s, 'facebook', 'You are all useless idiots', author);
    await act(s, rude.stored.id, 'hide');
    const step = await s.t.app.inject({
      method: 'POST',
      url: `/api/moderation/authors/${rude.stored.authorId}/steps`,
      headers: s.moderator.headers,
      payload: { step: 'report_to_platform', reference: 'FB-REPORT-4411', note: 'Reported as harassment' },
    });
    expect(step.statusCode).toBe(200);

    const pack = await downloadPack(s, `/api/moderation/authors/${rude.stored.authorId}/evidence.zip`);
    expect(pack.verifiedHeader).toBe('true');
    expect(sha256sumCheck(pack).filter((c) => !c.ok)).toEqual([]);

    const comments = pack.json<{
      comments: Array<{
        id: string;
        text: string;
        postedAt: string;
        receivedAt: string;
        platformState: string;
        labels: unknown[];
        evidenceKept: boolean;
        actions: Array<{ action: string; by: { name: string | null } }>;
      }>;
    }>('comments.json').comments;
    // Both comments, the one left up as well as the one hidden, oldest first.
    expect(comments.map((c) => [c.text, c.platformState, c.evidenceKept])).toEqual([
      ['Thank you for the lovely photos', 'visible', false],
      ['You are all useless idiots', 'hidden', true],
    ]);
    expect(comments[0]).toMatchObject({ id: kind.stored.id, postedAt: kind.stored.postedAt.toISOString() });
    expect(comments[1]!.labels.length).toBeGreaterThan(0);
    expect(comments[1]!.actions).toEqual([
      expect.objectContaining({ action: 'hide', by: expect.objectContaining({ name: 'Test account_admin' }) }),
    ]);

    const steps = pack.json<{ steps: Array<Record<string, unknown>> }>('steps.json').steps;
    expect(steps).toEqual([
      expect.objectContaining({
        step: 'report_to_platform',
        reference: 'FB-REPORT-4411',
        note: 'Reported as harassment',
        by: expect.objectContaining({ userId: s.moderator.userId, name: 'Test account_admin' }),
      }),
    ]);

    const manifest = pack.json<Manifest>('manifest.json');
    expect(manifest.generatedFiles.map((g) => g.file)).toEqual(['comments.json', 'steps.json']);
    expect(manifest.files).toHaveLength(3);
    const sums = pack.text('SHA256SUMS');
    for (const g of manifest.generatedFiles) expect(sums).toContain(`${g.sha256}  ${g.file}`);
    expect(pack.text('README.txt')).toMatch(/comments\.json: every comment by this author/);
  });
});
