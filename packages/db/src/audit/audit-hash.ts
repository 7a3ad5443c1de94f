// How an audit entry's hash is computed, and how a chain is checked. Changing the hashed text breaks every existing
// chain, so it is versioned by "schoolgate-audit-v1" in it. The entry's MAC (audit-key.ts) is taken over the same text.
import { createHash } from 'node:crypto';
import { macHolds } from './audit-key.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedContent {
  chain: string;
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorAddress: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
}

/** JSON with object keys sorted at every depth, so PostgreSQL's jsonb key order cannot change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The exact text an entry's hash is taken over: an evidence pack ships it, so anyone can check it with sha256sum. */
export function auditEntryText(content: HashedContent): string {
  return canonicalJson({
    v: 'schoolgate-audit-v1',
    chain: content.chain,
    seq: content.seq,
    occurredAt: content.occurredAt.toISOString(),
    actorUserId: content.actorUserId,
    actorAddress: content.actorAddress,
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    details: content.details,
    prevHash: content.prevHash,
  });
}

export function hashAuditEntry(content: HashedContent): string {
  return createHash('sha256').update(auditEntryText(content)).digest('hex');
}

export type ChainBreakKind = 'missing' | 'link' | 'content' | 'mac' | 'unkeyed';
export type ChainBreak = { seq: number; id: number; reason: string; kind: ChainBreakKind };

/** Where a walk of a chain stands: the last entry that held, and the first entry that carried a MAC. */
export interface ChainPosition {
  seq: number;
  hash: string;
  /** The first keyed entry; every entry from it on must carry a MAC that holds. Null: none yet (written before keying). */
  keyedFrom: number | null;
}

export const CHAIN_START: ChainPosition = { seq: 0, hash: GENESIS_HASH, keyedFrom: null };

/**
 * Walks entries in seq order and names the first one that does not hold: a gap, a broken link, content that no
 * longer matches its hash, or (with the audit key) a MAC that does not match or is missing once the chain is keyed.
 * Entries written before keying carry no MAC; the first keyed entry covers them through its prevHash.
 */
export function findFirstBreak(
  entries: Array<HashedContent & { id: number; hash: string; mac?: string | null }>,
  after: ChainPosition = CHAIN_START,
): ChainBreak | null {
  let expectedPrev = after.hash;
  let expectedSeq = after.seq + 1;
  let keyedFrom = after.keyedFrom;
  for (const entry of entries) {
    const at = { seq: entry.seq, id: entry.id };
    if (entry.seq !== expectedSeq) {
      return { ...at, kind: 'missing', reason: `Entry ${expectedSeq} is missing: the chain jumps to ${entry.seq}.` };
    }
    if (entry.prevHash !== expectedPrev) {
      return { ...at, kind: 'link', reason: 'Its link to the entry before does not match.' };
    }
    const text = auditEntryText(entry);
    if (createHash('sha256').update(text).digest('hex') !== entry.hash) {
      return { ...at, kind: 'content', reason: 'Its content has changed since it was written.' };
    }
    if (entry.mac) {
      if (!macHolds(text, entry.mac)) {
        return {
          ...at,
          kind: 'mac',
          reason: 'Its keyed MAC does not match: it was edited and its hash recomputed without the audit key.',
        };
      }
      keyedFrom ??= entry.seq;
    } else if (keyedFrom !== null) {
      return {
        ...at,
        kind: 'unkeyed',
        reason: `It carries no MAC though the chain is keyed from entry ${keyedFrom}: it was written or rewritten without the audit key.`,
      };
    }
    expectedPrev = entry.hash;
    expectedSeq += 1;
  }
  return null;
}
