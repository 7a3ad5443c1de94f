// Tampering as an attacker with the database's superuser rights would do it: switch the append-only triggers off,
// rewrite entries and recompute every hash (the hash needs no key). The keyed MAC must still name the entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import type { DatabaseHandle } from '../client.ts';
import { auditRepository } from '../repositories/audit.repository.ts';
import { editAndRehash, schoolWithEntries } from '../testing/audit-tampering.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

describe('audit tampering against the keyed MAC', () => {
  it('passes a clean chain, keyed from its first entry', async () => {
    const { chain } = await schoolWithEntries(handle, 4);
    const result = await auditRepository.verify(handle.db, chain);
    expect(result).toMatchObject({ checked: 4, firstBroken: null, head: { seq: 4, keyedFrom: 1 } });
  });

  it('names the edited entry when every later hash was recomputed', async () => {
    const { chain } = await schoolWithEntries(handle, 6);
    await editAndRehash(handle, chain, 3, { step: 'rewritten' });
    const result = await auditRepository.verify(handle.db, chain);
    expect(result.firstBroken).toMatchObject({ seq: 3, kind: 'mac' });
    expect(result.checked).toBe(2);
  });

  it('names the first entry whose MAC was stripped to pass the rewrite off as written before keying', async () => {
    const { chain } = await schoolWithEntries(handle, 6);
    await editAndRehash(handle, chain, 4, { step: 'rewritten' }, true);
    expect((await auditRepository.verify(handle.db, chain)).firstBroken).toMatchObject({ seq: 4, kind: 'unkeyed' });
  });

  it('refuses TRUNCATE through the database itself', async () => {
    await schoolWithEntries(handle, 1);
    await expect(handle.exec('truncate audit_entries')).rejects.toThrow(/append-only/);
  });
});
