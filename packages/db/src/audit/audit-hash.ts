// How an audit entry's hash is computed. Changing this breaks every existing chain, so it is versioned
// by the text "schoolgate-audit-v1" in what is hashed.
import { createHash } from 'node:crypto';

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

export type ChainBreak = { seq: number; id: number; reason: string };

/** Walks entries in seq order and names the first one that does not hold. */
export function findFirstBreak(
  entries: Array<HashedContent & { id: number; hash: string }>,
  after: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainBreak | null {
  let expectedPrev = after.hash;
  let expectedSeq = after.seq + 1;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) {
      return {
        seq: entry.seq,
        id: entry.id,
        reason: `Entry ${expectedSeq} is missing: the chain jumps to ${entry.seq}.`,
      };
    }
    if (entry.prevHash !== expectedPrev) {
      return { seq: entry.seq, id: entry.id, reason: 'Its link to the entry before does not match.' };
    }
    if (hashAuditEntry(entry) !== entry.hash) {
      return { seq: entry.seq, id: entry.id, reason: 'Its content has changed since it was written.' };
    }
    expectedPrev = entry.hash;
    expectedSeq += 1;
  }
  return null;
}
