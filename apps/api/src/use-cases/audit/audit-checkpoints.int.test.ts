// Tampering that the chain alone cannot show, as an attacker with superuser rights on the database would do it,
// found against the signed checkpoints kept outside the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository, type DatabaseHandle } from '@schoolgate/db';
import { asSuperuser, createTestDatabase, editAndRehash, schoolWithEntries } from '@schoolgate/db/testing';
import { checkAgainstCheckpoints, writeCheckpoints, type CheckpointStore } from './audit-checkpoints.ts';

let handle: DatabaseHandle;
let dir: string;
beforeAll(async () => {
  handle = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-checkpoints-'));
});
afterAll(async () => {
  await handle?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const now = new Date('2026-12-04T01:30:00Z');
let n = 0;
const newStore = (): CheckpointStore => ({ file: path.join(dir, `checkpoints-${n++}.jsonl`), key: randomBytes(32) });

/** A chain of five entries, checkpointed; returns the problems found for that chain after `tamper`. */
async function tamperAfterCheckpoint(tamper: (chain: string) => Promise<unknown>) {
  const store = newStore();
  const { chain } = await schoolWithEntries(handle, 5);
  await writeCheckpoints(handle.db, store, now);
  await tamper(chain);
  const problems = await checkAgainstCheckpoints(handle.db, store);
  return { chain, store, problems: problems.filter((p) => p.chain === chain) };
}

describe('audit chains against their checkpoints', () => {
  it('passes a clean chain against its checkpoint', async () => {
    const { problems, chain } = await tamperAfterCheckpoint(async () => {});
    expect(problems).toEqual([]);
    expect((await auditRepository.verify(handle.db, chain)).firstBroken).toBeNull();
  });

  it('finds the last entries deleted', async () => {
    const { problems, chain } = await tamperAfterCheckpoint((chain) =>
      asSuperuser(handle, `delete from audit_entries where chain = '${chain}' and seq >= 4`),
    );
    // The chain alone still verifies: only the checkpoint shows it is short.
    expect((await auditRepository.verify(handle.db, chain)).firstBroken).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ kind: 'shorter', seq: 5 })]);
  });

  it('finds a whole chain deleted', async () => {
    const { problems } = await tamperAfterCheckpoint((chain) =>
      asSuperuser(handle, `delete from audit_entries where chain = '${chain}'`),
    );
    expect(problems).toEqual([expect.objectContaining({ kind: 'missing', seq: null })]);
  });

  it('finds the table truncated', async () => {
    const { problems } = await tamperAfterCheckpoint(() => asSuperuser(handle, 'truncate audit_entries'));
    expect(problems).toEqual([expect.objectContaining({ kind: 'missing' })]);
  });

  it('finds a chain edited, re-hashed and stripped of its MACs, which the chain alone would pass', async () => {
    const { problems, chain } = await tamperAfterCheckpoint((chain) =>
      editAndRehash(handle, chain, 1, { step: 'rewritten' }, true),
    );
    expect((await auditRepository.verify(handle.db, chain)).firstBroken).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ kind: 'rehashed', seq: 5 })]);
  });

  it('refuses a checkpoint line that was edited', async () => {
    const store = newStore();
    await schoolWithEntries(handle, 2);
    await writeCheckpoints(handle.db, store, now);
    const text = fs.readFileSync(store.file, 'utf8').replace(/"length":2/, '"length":1');
    fs.writeFileSync(store.file, text);
    expect(await checkAgainstCheckpoints(handle.db, store)).toContainEqual(
      expect.objectContaining({ kind: 'bad-signature' }),
    );
  });
});
