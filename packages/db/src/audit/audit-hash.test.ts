import { describe, expect, it } from 'vitest';
import { canonicalJson, findFirstBreak, GENESIS_HASH, hashAuditEntry, type HashedContent } from './audit-hash.ts';

const entry = (
  seq: number,
  prevHash: string,
  details: Record<string, unknown> = {},
): HashedContent & { id: number; hash: string } => {
  const content: HashedContent = {
    chain: 'school:s1',
    seq,
    occurredAt: new Date(Date.UTC(2026, 10, 21, 9, 0, seq)),
    actorUserId: null,
    actorAddress: '127.0.0.1',
    action: 'staff.created',
    entityType: 'staff',
    entityId: `e${seq}`,
    details,
    prevHash,
  };
  return { ...content, id: seq * 10, hash: hashAuditEntry(content) };
};

const chainOf = (n: number) => {
  const out = [entry(1, GENESIS_HASH)];
  for (let i = 2; i <= n; i++) out.push(entry(i, out[out.length - 1]!.hash));
  return out;
};

describe('audit hash chain', () => {
  it('is independent of key order, as jsonb reorders keys', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe(
      canonicalJson({ a: { c: [3, { e: 0, f: 1 }], d: 2 }, b: 1 }),
    );
  });
  it('finds nothing wrong in an intact chain', () => {
    expect(findFirstBreak(chainOf(5))).toBeNull();
  });
  it('names the entry whose content was edited', () => {
    const chain = chainOf(5);
    chain[2] = { ...chain[2]!, action: 'staff.deleted' };
    expect(findFirstBreak(chain)).toMatchObject({
      seq: 3,
      id: 30,
      reason: expect.stringContaining('content has changed'),
    });
  });
  it('names the entry after a removed one', () => {
    const chain = chainOf(5);
    chain.splice(1, 1);
    expect(findFirstBreak(chain)).toMatchObject({ seq: 3, reason: expect.stringContaining('missing') });
  });
  it('detects an entry re-hashed after editing through its successor', () => {
    const chain = chainOf(4);
    const forged = entry(2, chain[0]!.hash, { forged: true });
    chain[1] = forged;
    expect(findFirstBreak(chain)).toMatchObject({ seq: 3, reason: expect.stringContaining('link') });
  });
});
