// The audit log: append-only, hash-chained and keyed per school (or per trust for trust-wide changes).
import { bigserial, integer, jsonb, pgTable, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** "school:<uuid>" or "trust:<uuid>": each chain is verified on its own. */
    chain: text('chain').notNull(),
    seq: integer('seq').notNull(),
    trustId: uuid('trust_id'),
    schoolId: uuid('school_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorAddress: text('actor_address'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /**
     * HMAC-SHA-256 of the hashed text under the deployment's audit key, which is not in the database (ADR 0008).
     * Null only on entries written before keying; the first keyed entry covers them through its prevHash.
     */
    mac: text('mac'),
  },
  (t) => [uniqueIndex('audit_entries_chain_seq_key').on(t.chain, t.seq)],
);
