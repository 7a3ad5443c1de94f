// Signed checkpoints of every audit chain (its length, head hash and first keyed entry), kept in a file outside the
// database: append-only JSON lines, each signed with HMAC-SHA-256 under a key derived from the deployment secret.
// Checking a chain against its latest checkpoint finds what the chain alone cannot: a deleted tail, a deleted chain,
// TRUNCATE, and a chain rewritten and re-hashed (ADR 0008).
import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { auditRepository, canonicalJson, type Db } from '@schoolgate/db';

export interface CheckpointStore {
  file: string;
  key: Buffer;
}

export interface Checkpoint {
  v: 1;
  at: string;
  chain: string;
  length: number;
  head: string;
  keyedFrom: number | null;
}

export type CheckpointProblemKind = 'missing' | 'shorter' | 'rehashed' | 'unkeyed' | 'bad-signature';
export interface CheckpointProblem {
  chain: string;
  kind: CheckpointProblemKind;
  /** The first entry that does not hold against the checkpoint (null when the whole chain is gone). */
  seq: number | null;
  reason: string;
}

const sign = (key: Buffer, c: Checkpoint) => createHmac('sha256', key).update(canonicalJson(c)).digest('hex');

export function readCheckpoints(store: CheckpointStore): { latest: Map<string, Checkpoint>; badLines: number[] } {
  const latest = new Map<string, Checkpoint>();
  const badLines: number[] = [];
  if (!fs.existsSync(store.file)) return { latest, badLines };
  const lines = fs.readFileSync(store.file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const { sig, ...c } = JSON.parse(line) as Checkpoint & { sig: string };
      const expected = Buffer.from(sign(store.key, c), 'hex');
      const given = Buffer.from(String(sig), 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('signature');
      latest.set(c.chain, c);
    } catch {
      badLines.push(i + 1);
    }
  });
  return { latest, badLines };
}

/** Verifies every chain and appends a checkpoint for each intact one; a broken chain is never checkpointed. */
export async function writeCheckpoints(
  db: Db,
  store: CheckpointStore,
  now: Date,
): Promise<{ written: Checkpoint[]; skipped: string[] }> {
  const written: Checkpoint[] = [];
  const skipped: string[] = [];
  // A chain behind its last checkpoint must not get a new one that hides the loss.
  const behind = new Set((await checkAgainstCheckpoints(db, store)).map((p) => p.chain));
  for (const chain of await auditRepository.listChains(db)) {
    const result = await auditRepository.verify(db, chain);
    if (result.firstBroken || behind.has(chain)) {
      skipped.push(chain);
      continue;
    }
    written.push({
      v: 1,
      at: now.toISOString(),
      chain,
      length: result.head.seq,
      head: result.head.hash,
      keyedFrom: result.head.keyedFrom,
    });
  }
  if (written.length) {
    fs.mkdirSync(path.dirname(store.file), { recursive: true });
    const text = written.map((c) => `${JSON.stringify({ ...c, sig: sign(store.key, c) })}\n`).join('');
    fs.appendFileSync(store.file, text, { mode: 0o600 });
  }
  return { written, skipped };
}

/** Each chain against its latest checkpoint. */
export async function checkAgainstCheckpoints(db: Db, store: CheckpointStore): Promise<CheckpointProblem[]> {
  const { latest, badLines } = readCheckpoints(store);
  const problems: CheckpointProblem[] = badLines.map((line) => ({
    chain: `(checkpoint file line ${line})`,
    kind: 'bad-signature',
    seq: null,
    reason: `Checkpoint line ${line} does not carry a valid signature: the checkpoint file was edited.`,
  }));
  for (const c of latest.values()) {
    const head = await auditRepository.entryAt(db, c.chain, c.length);
    if (!head) {
      const first = await auditRepository.entryAt(db, c.chain, 1);
      problems.push(
        first
          ? {
              chain: c.chain,
              kind: 'shorter',
              seq: c.length,
              reason: `The chain is shorter than its checkpoint of ${c.at} (${c.length} entries): entries from ${c.length} on were deleted (or the chain was cut back).`,
            }
          : {
              chain: c.chain,
              kind: 'missing',
              seq: null,
              reason: `The chain is missing: its checkpoint of ${c.at} records ${c.length} entries (the chain was deleted, or the table truncated).`,
            },
      );
    } else if (head.hash !== c.head) {
      problems.push({
        chain: c.chain,
        kind: 'rehashed',
        seq: c.length,
        reason: `Entry ${c.length}'s hash differs from its checkpoint of ${c.at}: the chain was rewritten and re-hashed up to it.`,
      });
    } else if (c.keyedFrom !== null) {
      const keyed = await auditRepository.entryAt(db, c.chain, c.keyedFrom);
      if (!keyed?.mac) {
        problems.push({
          chain: c.chain,
          kind: 'unkeyed',
          seq: c.keyedFrom,
          reason: `Entry ${c.keyedFrom} has lost its MAC: the checkpoint of ${c.at} records the chain keyed from it.`,
        });
      }
    }
  }
  return problems;
}
