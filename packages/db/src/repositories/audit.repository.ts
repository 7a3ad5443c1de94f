// Appends to and reads the audit log. `append` must run inside the transaction of the change it records
// (STYLE.md rule 9): it takes a per-chain advisory lock so concurrent writers cannot fork the chain.
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { auditEntries } from '../schema/index.ts';
import { cappedCount, LIST_TOTAL_CAP } from './capped-count.ts';
import {
  auditEntryText,
  CHAIN_START,
  findFirstBreak,
  GENESIS_HASH,
  hashAuditEntry,
  type ChainBreak,
  type ChainPosition,
} from '../audit/audit-hash.ts';
import { macAuditText } from '../audit/audit-key.ts';

export type AuditEntryRow = typeof auditEntries.$inferSelect;

export interface AuditInput {
  trustId: string;
  /** Null for a trust-wide change: it goes in the trust's own chain. */
  schoolId: string | null;
  actorUserId: string | null;
  actorAddress: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
  /** Injected in tests; otherwise the database's clock is not used, the process's is. */
  now?: Date;
}

export const chainFor = (trustId: string, schoolId: string | null) =>
  schoolId ? `school:${schoolId}` : `trust:${trustId}`;

const BATCH = 2000;

export const auditRepository = {
  async append(tx: Db, input: AuditInput) {
    const chain = chainFor(input.trustId, input.schoolId);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${chain}, 0))`);
    const [last] = await tx
      .select({ seq: auditEntries.seq, hash: auditEntries.hash })
      .from(auditEntries)
      .where(eq(auditEntries.chain, chain))
      .orderBy(desc(auditEntries.seq))
      .limit(1);
    const occurredAt = new Date(Math.floor((input.now ?? new Date()).getTime()));
    const content = {
      chain,
      seq: (last?.seq ?? 0) + 1,
      occurredAt,
      actorUserId: input.actorUserId,
      actorAddress: input.actorAddress,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      // A JSON round trip drops undefined values, exactly as jsonb will.
      details: JSON.parse(JSON.stringify(input.details ?? {})) as Record<string, unknown>,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const [row] = await tx
      .insert(auditEntries)
      .values({
        ...content,
        trustId: input.trustId,
        schoolId: input.schoolId,
        hash: hashAuditEntry(content),
        mac: macAuditText(auditEntryText(content)),
      })
      .returning();
    return row!;
  },

  /**
   * Appends several entries in three statements whatever their number: locks every chain they go to (in one order,
   * so two writers cannot deadlock on each other's chains), reads each chain's head once, and inserts them all, each
   * chain's entries in the order given. The chains come out exactly as one `append` per entry would leave them.
   */
  async appendMany(tx: Db, inputs: AuditInput[]): Promise<void> {
    if (inputs.length === 0) return;
    const chains = [...new Set(inputs.map((i) => chainFor(i.trustId, i.schoolId)))].sort();
    const list = sql.join(
      chains.map((c) => sql`${c}`),
      sql`, `,
    );
    // unnest gives the array's order, and each row's lock is taken as it is read.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(c, 0)) from unnest(array[${list}]::text[]) as c`,
    );
    const heads = (await tx.execute(
      sql`select c.chain, e.seq, e.hash from unnest(array[${list}]::text[]) as c(chain)
          left join lateral (select seq, hash from audit_entries where chain = c.chain order by seq desc limit 1) e
          on true`,
    )) as unknown as { rows: Array<{ chain: string; seq: number | null; hash: string | null }> };
    const head = new Map(heads.rows.map((r) => [r.chain, { seq: r.seq ?? 0, hash: r.hash ?? GENESIS_HASH }]));
    const rows = inputs.map((input) => {
      const chain = chainFor(input.trustId, input.schoolId);
      const last = head.get(chain)!;
      const content = {
        chain,
        seq: last.seq + 1,
        occurredAt: new Date(Math.floor((input.now ?? new Date()).getTime())),
        actorUserId: input.actorUserId,
        actorAddress: input.actorAddress,
        action: input.action,
        entityType: input.entityType,
        entityId: input.entityId,
        details: JSON.parse(JSON.stringify(input.details ?? {})) as Record<string, unknown>,
        prevHash: last.hash,
      };
      const text = auditEntryText(content);
      const hash = createHash('sha256').update(text).digest('hex');
      head.set(chain, { seq: content.seq, hash });
      return { ...content, trustId: input.trustId, schoolId: input.schoolId, hash, mac: macAuditText(text) };
    });
    await tx.insert(auditEntries).values(rows);
  },

  /**
   * One chain's entries, newest first. A school's chain gains an entry for every comment that arrives, so the total
   * stops counting at `totalCap` (issue 16) rather than reading the whole history on every page.
   */
  async list(
    db: Db,
    chain: string,
    page: { page: number; pageSize: number; action?: string },
    totalCap: number = LIST_TOTAL_CAP,
  ) {
    const where = page.action
      ? and(eq(auditEntries.chain, chain), eq(auditEntries.action, page.action))
      : eq(auditEntries.chain, chain);
    const [items, counted] = await Promise.all([
      db
        .select()
        .from(auditEntries)
        .where(where)
        .orderBy(desc(auditEntries.seq))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize),
      cappedCount(db, auditEntries, where, totalCap),
    ]);
    return { items, ...counted };
  },

  /** The newest entry of one action in a chain (e.g. the last retention run), without counting the others. */
  async latestOf(db: Db, chain: string, action: string): Promise<AuditEntryRow | null> {
    const [row] = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.chain, chain), eq(auditEntries.action, action)))
      .orderBy(desc(auditEntries.seq))
      .limit(1);
    return row ?? null;
  },

  /** One chain's entries of one action about the given entities, oldest first: e.g. the evidence kept for comments. */
  async forEntities(db: Db, chain: string, action: string, entityType: string, entityIds: string[]) {
    if (entityIds.length === 0) return [];
    return db
      .select()
      .from(auditEntries)
      .where(
        and(
          eq(auditEntries.chain, chain),
          eq(auditEntries.action, action),
          eq(auditEntries.entityType, entityType),
          inArray(auditEntries.entityId, entityIds),
        ),
      )
      .orderBy(asc(auditEntries.seq));
  },

  /** The entries at these positions of one chain (to check that an entry is still linked from the one after it). */
  async atSeqs(db: Db, chain: string, seqs: number[]) {
    if (seqs.length === 0) return [];
    return db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.chain, chain), inArray(auditEntries.seq, seqs)));
  },

  async listChains(db: Db): Promise<string[]> {
    const rows = await db
      .selectDistinct({ chain: auditEntries.chain })
      .from(auditEntries)
      .orderBy(asc(auditEntries.chain));
    return rows.map((r) => r.chain);
  },

  /**
   * Re-computes every hash and MAC of one chain, in batches so a long chain does not sit in memory at once. Says how
   * long the chain is, where its head is and from which entry it is keyed, for checking against a checkpoint.
   */
  async verify(
    db: Db,
    chain: string,
  ): Promise<{ checked: number; firstBroken: ChainBreak | null; head: ChainPosition }> {
    let checked = 0;
    let position: ChainPosition = CHAIN_START;
    for (;;) {
      const rows = await db
        .select()
        .from(auditEntries)
        .where(and(eq(auditEntries.chain, chain), sql`${auditEntries.seq} > ${position.seq}`))
        .orderBy(asc(auditEntries.seq))
        .limit(BATCH);
      if (rows.length === 0) return { checked, firstBroken: null, head: position };
      // Check the batch as a chain that continues from the last verified entry.
      const firstBroken = findFirstBreak(rows, position);
      if (firstBroken) {
        return { checked: checked + rows.findIndex((r) => r.seq === firstBroken.seq), firstBroken, head: position };
      }
      checked += rows.length;
      const tail = rows[rows.length - 1]!;
      position = {
        seq: tail.seq,
        hash: tail.hash,
        keyedFrom: position.keyedFrom ?? rows.find((r) => r.mac)?.seq ?? null,
      };
    }
  },

  /** One entry of a chain by its position (a checkpoint's head). */
  async entryAt(db: Db, chain: string, seq: number) {
    const [row] = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.chain, chain), eq(auditEntries.seq, seq)))
      .limit(1);
    return row ?? null;
  },
};
