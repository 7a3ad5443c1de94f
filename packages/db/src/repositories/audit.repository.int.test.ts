import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import type { DatabaseHandle } from '../client.ts';
import { auditRepository, chainFor } from './audit.repository.ts';
import { tenancyRepository } from './tenancy.repository.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

async function schoolWithEntries(n: number) {
  const trust = await tenancyRepository.createTrust(handle.db, 'Audit Trust');
  const school = await tenancyRepository.createSchool(handle.db, { trustId: trust.id, name: 'Audit School' });
  for (let i = 0; i < n; i++) {
    await handle.db.transaction(async (tx) => {
      await auditRepository.append(tx, {
        trustId: trust.id,
        schoolId: school.id,
        actorUserId: null,
        actorAddress: '192.0.2.1',
        action: 'staff.created',
        entityType: 'staff',
        entityId: `staff-${i}`,
        details: { name: `Person ${i}`, nested: { z: 1, a: [1, 2] } },
      });
    });
  }
  return { trust, school, chain: chainFor(trust.id, school.id) };
}

describe('audit log on a real database', () => {
  it('pages a long chain with a total that stops counting at the cap (issue 16; a cap of 3 stands in for 10,000)', async () => {
    const { chain } = await schoolWithEntries(5);
    expect(await auditRepository.list(handle.db, chain, { page: 1, pageSize: 2 }, 5)).toMatchObject({
      total: 5,
      totalIsLowerBound: false,
    });
    const capped = await auditRepository.list(handle.db, chain, { page: 3, pageSize: 2 }, 3);
    expect(capped).toMatchObject({ total: 3, totalIsLowerBound: true });
    // The last page is still there past the capped total: newest first, so the oldest entry.
    expect(capped.items.map((e) => e.seq)).toEqual([1]);
    expect(
      await auditRepository.list(handle.db, chain, { page: 1, pageSize: 2, action: 'none.such' }, 3),
    ).toMatchObject({ items: [], total: 0, totalIsLowerBound: false });
    expect((await auditRepository.latestOf(handle.db, chain, 'staff.created'))?.seq).toBe(5);
    expect(await auditRepository.latestOf(handle.db, chain, 'none.such')).toBeNull();
  });

  it('verifies an intact chain', async () => {
    const { chain } = await schoolWithEntries(4);
    expect(await auditRepository.verify(handle.db, chain)).toMatchObject({ checked: 4, firstBroken: null });
  });

  it('refuses updates and deletes through the database itself', async () => {
    const { chain } = await schoolWithEntries(1);
    await expect(handle.exec(`update audit_entries set action = 'x' where chain = '${chain}'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(handle.exec(`delete from audit_entries where chain = '${chain}'`)).rejects.toThrow(/append-only/);
  });

  it('names the first tampered entry when a row is edited directly in the database', async () => {
    const { chain } = await schoolWithEntries(5);
    // An attacker with the database owner's rights can switch the trigger off; the chain still tells.
    await handle.exec(`
      alter table audit_entries disable trigger audit_entries_append_only;
      update audit_entries set details = '{"name":"Someone else"}' where chain = '${chain}' and seq = 3;
      alter table audit_entries enable trigger audit_entries_append_only;`);
    const result = await auditRepository.verify(handle.db, chain);
    expect(result.firstBroken).toMatchObject({ seq: 3, reason: expect.stringContaining('changed') });
    expect(result.checked).toBe(2);
  });

  it('keeps one unbroken chain when many changes are written at once', async () => {
    const trust = await tenancyRepository.createTrust(handle.db, 'Busy Trust');
    const school = await tenancyRepository.createSchool(handle.db, { trustId: trust.id, name: 'Busy School' });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        handle.db.transaction((tx) =>
          auditRepository.append(tx, {
            trustId: trust.id,
            schoolId: school.id,
            actorUserId: null,
            actorAddress: null,
            action: 'pupil.viewed',
            entityType: 'pupil',
            entityId: String(i),
          }),
        ),
      ),
    );
    const chain = chainFor(trust.id, school.id);
    expect(await auditRepository.verify(handle.db, chain)).toMatchObject({ checked: 12, firstBroken: null });
    const seqs = await handle.query<{ n: number }>(
      'select count(distinct seq)::int as n from audit_entries where chain = $1',
      [chain],
    );
    expect(seqs.rows[0]).toEqual({ n: 12 });
  });

  it('appends a batch to several chains in order, continuing them as single appends would, and verifiable', async () => {
    const { trust, school, chain } = await schoolWithEntries(2);
    const other = await tenancyRepository.createSchool(handle.db, { trustId: trust.id, name: 'Second Audit School' });
    const entry = (schoolId: string | null, i: number) => ({
      trustId: trust.id,
      schoolId,
      actorUserId: null,
      actorAddress: 'platform:facebook',
      action: 'comment.received',
      entityType: 'comment',
      entityId: `comment-${i}`,
      details: { i, dropped: undefined },
      now: new Date(Date.UTC(2026, 11, 7, 20, 0, i)),
    });
    await handle.db.transaction((tx) =>
      auditRepository.appendMany(tx, [entry(school.id, 1), entry(other.id, 2), entry(null, 3), entry(school.id, 4)]),
    );
    // A single append after the batch continues from its last entry.
    await handle.db.transaction((tx) => auditRepository.append(tx, entry(school.id, 5)));
    for (const [c, n] of [
      [chain, 5],
      [chainFor(trust.id, other.id), 1],
      [chainFor(trust.id, null), 1],
    ] as const) {
      expect(await auditRepository.verify(handle.db, c)).toMatchObject({ checked: n, firstBroken: null });
    }
    const ids = await handle.query<{ entity_id: string; seq: number }>(
      'select entity_id, seq from audit_entries where chain = $1 order by seq',
      [chain],
    );
    expect(ids.rows.map((r) => r.entity_id)).toEqual(['staff-0', 'staff-1', 'comment-1', 'comment-4', 'comment-5']);
  });
});
