// Which digest a pack vouches for, and what it says when that digest cannot be traced to the audit chain.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { GENESIS_HASH, hashAuditEntry } from '@schoolgate/db';
import { checkEvidence, type KeptFile } from './evidence-verification.ts';

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');
const keptAt = new Date('2026-11-18T10:00:00.123Z');
const content = new TextEncoder().encode('{"text":"You are idiots"}\n');

const file = (over: Partial<KeptFile> = {}): KeptFile => ({
  name: '001-comment-c1.json',
  commentId: 'c1',
  kind: 'as_received',
  fileId: 'f1',
  keptName: 'comment-c1.json',
  keptAt,
  itemSha256: sha256(content),
  content,
  ...over,
});

function keptEntry(files: Array<Record<string, unknown>>, occurredAt = keptAt) {
  const content = {
    chain: 'school:s1',
    seq: 7,
    occurredAt,
    actorUserId: null,
    actorAddress: null,
    action: 'evidence.kept',
    entityType: 'comment',
    entityId: 'c1',
    details: { before: 'hide', files },
    prevHash: GENESIS_HASH,
  };
  return { ...content, id: 1, trustId: 't1', schoolId: 's1', hash: hashAuditEntry(content), mac: null };
}

describe('checkEvidence', () => {
  it('finds the digest in an entry written before file ids were recorded, by name and time', () => {
    const entry = keptEntry([{ kind: 'as_received', fileName: 'comment-c1.json', sha256: sha256(content) }]);
    const check = checkEvidence([file()], [entry], new Map([[7, entry.hash]]));
    expect(check.problems).toEqual([]);
    expect(check.files[0]).toMatchObject({ recordedInAuditEntry: 7, matches: true });
  });

  it('does not take a same-named file kept at another time as the record', () => {
    const other = keptEntry(
      [{ kind: 'as_received', fileName: 'comment-c1.json', sha256: 'f'.repeat(64) }],
      new Date('2026-11-19T09:00:00Z'),
    );
    const check = checkEvidence([file()], [other], new Map());
    expect(check.files[0]).toMatchObject({ recordedInAuditEntry: null, sha256: sha256(content), matches: true });
    expect(check.problems).toEqual([expect.stringMatching(/no "evidence.kept" entry in the audit chain records/)]);
  });

  it('vouches for the recorded digest, not the stored one, when they differ', () => {
    const entry = keptEntry([{ kind: 'as_received', fileName: 'x', fileId: 'f1', sha256: 'a'.repeat(64) }]);
    const check = checkEvidence([file({ itemSha256: 'a'.repeat(64) })], [entry], new Map());
    expect(check.files[0]).toMatchObject({ sha256: 'a'.repeat(64), storedSha256: sha256(content), matches: false });
    expect(check.entries[0]).toMatchObject({ hashHolds: true, linkedFromNext: null });
    expect(check.problems).toEqual([expect.stringContaining('001-comment-c1.json HAS CHANGED since it was kept')]);
  });
});
