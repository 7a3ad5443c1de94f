// What an attacker with the database's superuser rights does to the audit log, for the tampering tests: switch the
// append-only triggers off, rewrite rows, recompute the unkeyed hashes.
import type { DatabaseHandle } from '../client.ts';
import { auditRepository, chainFor } from '../repositories/audit.repository.ts';
import { tenancyRepository } from '../repositories/tenancy.repository.ts';
import { hashAuditEntry } from '../audit/audit-hash.ts';

export async function schoolWithEntries(h: DatabaseHandle, n: number) {
  const trust = await tenancyRepository.createTrust(h.db, 'Tamper Trust');
  const school = await tenancyRepository.createSchool(h.db, { trustId: trust.id, name: 'Tamper School' });
  for (let i = 0; i < n; i++) {
    await h.db.transaction((tx) =>
      auditRepository.append(tx, {
        trustId: trust.id,
        schoolId: school.id,
        actorUserId: null,
        actorAddress: null,
        action: i === 2 ? 'restriction.set' : 'staff.updated',
        entityType: 'pupil',
        entityId: `pupil-${i}`,
        details: { step: i },
      }),
    );
  }
  return { school, chain: chainFor(trust.id, school.id) };
}

/** As the attacker: triggers off, SQL in, triggers back on. */
export const asSuperuser = (h: DatabaseHandle, sqlText: string) =>
  h.exec(`alter table audit_entries disable trigger user;
${sqlText};
alter table audit_entries enable trigger user;`);

type Row = {
  id: number;
  chain: string;
  seq: number;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_address: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
};

/** Edits one entry and recomputes its hash and every later entry's link and hash, in order. */
export async function editAndRehash(h: DatabaseHandle, chain: string, seq: number, details: object, dropMacs = false) {
  const { rows } = await h.query<Row>('select * from audit_entries where chain = $1 order by seq', [chain]);
  let prev = rows.find((r) => r.seq === seq - 1)?.hash ?? '0'.repeat(64);
  const updates: string[] = [];
  for (const r of rows.filter((x) => x.seq >= seq)) {
    const content = {
      chain: r.chain,
      seq: r.seq,
      occurredAt: new Date(r.occurred_at),
      actorUserId: r.actor_user_id,
      actorAddress: r.actor_address,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      details: r.seq === seq ? (details as Record<string, unknown>) : r.details,
      prevHash: prev,
    };
    const hash = hashAuditEntry(content);
    updates.push(
      `update audit_entries set details = '${JSON.stringify(content.details)}', prev_hash = '${prev}', hash = '${hash}'${
        dropMacs ? ', mac = null' : ''
      } where id = ${r.id}`,
    );
    prev = hash;
  }
  await asSuperuser(h, updates.join(';\n'));
}
