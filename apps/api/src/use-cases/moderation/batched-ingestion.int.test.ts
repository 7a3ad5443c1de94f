// Deliveries are written in batches: many deliveries per transaction, every comment still stored once and audited
// once in each school's unbroken chain; an unreadable delivery or one whose events fail costs only itself an attempt;
// a school another worker is ingesting is left for later, not waited for (PostgreSQL: it takes a second connection).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inboundDeliveriesRepository,
  ingestionLocksRepository,
  openDatabase,
  socialAccountsRepository,
  type DatabaseHandle,
} from '@schoolgate/db';
import { createSchool, createTestApp, type TestApp } from '../../testing/test-app.ts';
import { facebookCommentChange, facebookDelivery } from '../../testing/facebook-payloads.ts';
import { normaliseDelivery } from './normalise-delivery.ts';
import { receiveDelivery } from './receive-delivery.ts';
import { DELIVERY_BATCH, processPendingDeliveries } from './process-delivery.ts';
import { forgetModerationSetup } from './school-moderation-setup.ts';

let t: TestApp;
const schools: Array<{ id: string; trustId: string; page: string; accountId: string }> = [];
const run = Date.now().toString(36);
let n = 0;

beforeAll(async () => {
  t = await createTestApp({ now: () => new Date('2026-11-18T14:00:00Z') });
  for (const name of ['Batch Alpha Primary', 'Batch Beta Primary', 'Batch Gamma Primary']) {
    const school = await createSchool(t, name);
    const page = `page-batch-${run}-${schools.length}`;
    const account = await socialAccountsRepository.create(t.ctx.db, {
      schoolId: school.id,
      platform: 'facebook',
      externalId: page,
      handle: `batch${schools.length}`,
      displayName: name,
    });
    schools.push({ ...school, page, accountId: account.id });
  }
  forgetModerationSetup();
});
afterAll(async () => t?.close());

const deliver = (body: string) => receiveDelivery(t.ctx, { platform: 'facebook', rawBody: Buffer.from(body) });
const commentFor = (page: string, tag: string) => {
  n += 1;
  return facebookDelivery(page, [
    facebookCommentChange({
      pageId: page,
      commentId: `batch_${run}_${tag}`,
      message: `Is the library open on day ${n}?`,
    }),
  ]);
};
const one = async <T>(text: string, values: unknown[] = []) => (await t.handle.query<T>(text, values)).rows[0]!;
const chainIsWhole = async (schoolId: string) =>
  one<{ n: number; maxSeq: number; unlinked: number }>(
    `select count(*)::int as n, coalesce(max(seq), 0)::int as "maxSeq",
            count(*) filter (where seq > 1 and prev_hash <> (select b.hash from audit_entries b
               where b.chain = a.chain and b.seq = a.seq - 1))::int as unlinked
       from audit_entries a where chain = $1`,
    [`school:${schoolId}`],
  );

describe('batched ingestion', () => {
  it('writes more than a batch of deliveries for several schools, each comment once, the chains unbroken', async () => {
    const ids: number[] = [];
    const count = DELIVERY_BATCH * 2 + 5;
    for (let i = 0; i < count; i++) ids.push(await deliver(commentFor(schools[i % 3]!.page, `many_${i}`)));
    // The same delivery again, and one that is not JSON at all.
    ids.push(await deliver(commentFor(schools[0]!.page, 'many_0').replace(/Is the library open on day \d+/, 'x')));
    const unreadable = await receiveDelivery(t.ctx, { platform: 'facebook', rawBody: Buffer.from('{not json') });

    const result = await processPendingDeliveries(t.ctx);
    expect(result).toEqual({ processed: count + 1, failed: 1 });
    const stored = await one<{ n: number }>(`select count(*)::int as n from comments where external_id like $1`, [
      `batch_${run}_many_%`,
    ]);
    expect(stored.n).toBe(count);
    const audited = await one<{ n: number; distinct: number }>(
      `select count(*)::int as n, count(distinct entity_id)::int as distinct from audit_entries a
         join comments c on c.id::text = a.entity_id
        where a.action = 'comment.received' and c.external_id like $1`,
      [`batch_${run}_many_%`],
    );
    expect(audited).toEqual({ n: count, distinct: count });
    for (const school of schools) {
      const chain = await chainIsWhole(school.id);
      expect(chain.unlinked).toBe(0);
      expect(chain.maxSeq).toBe(chain.n);
    }
    expect(await inboundDeliveriesRepository.find(t.ctx.db, unreadable)).toMatchObject({
      status: 'failed',
      attempts: 1,
    });
    for (const id of ids) expect((await inboundDeliveriesRepository.find(t.ctx.db, id))?.status).toBe('processed');
  });

  it('costs only the failing delivery an attempt when one delivery of a batch fails while being written', async () => {
    const good = await deliver(commentFor(schools[1]!.page, 'fine_1'));
    const bad = await deliver(commentFor(schools[2]!.page, 'breaks'));
    const alsoGood = await deliver(commentFor(schools[0]!.page, 'fine_2'));
    const result = await processPendingDeliveries(t.ctx, {
      normalise: (platform, body, receivedAt) => {
        const outcome = normaliseDelivery(platform, body, receivedAt);
        if (JSON.stringify(body).includes('breaks')) throw new Error('cannot be read');
        return outcome;
      },
    });
    expect(result).toEqual({ processed: 2, failed: 1 });
    expect((await inboundDeliveriesRepository.find(t.ctx.db, good))?.status).toBe('processed');
    expect((await inboundDeliveriesRepository.find(t.ctx.db, alsoGood))?.status).toBe('processed');
    expect(await inboundDeliveriesRepository.find(t.ctx.db, bad)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it.runIf(process.env.SCHOOLGATE_TEST_DB === 'postgres')(
    'leaves a school another worker is ingesting for later, and writes the other schools at once',
    async () => {
      const other: DatabaseHandle = await openDatabase({ kind: 'postgres', url: t.handle.url!, poolSize: 1 });
      try {
        const held = await deliver(commentFor(schools[0]!.page, 'held'));
        const free = await deliver(commentFor(schools[1]!.page, 'free'));
        let release!: () => void;
        const released = new Promise<void>((resolve) => (release = resolve));
        let holding!: () => void;
        const isHolding = new Promise<void>((resolve) => (holding = resolve));
        const worker = other.db.transaction(async (tx) => {
          await ingestionLocksRepository.holdSchools(tx, [schools[0]!.id]);
          holding();
          await released;
        });
        await isHolding;
        const first = await processPendingDeliveries(t.ctx);
        expect(first.processed).toBe(1);
        expect((await inboundDeliveriesRepository.find(t.ctx.db, free))?.status).toBe('processed');
        expect((await inboundDeliveriesRepository.find(t.ctx.db, held))?.status).toBe('pending');
        release();
        await worker;
        expect(await processPendingDeliveries(t.ctx)).toEqual({ processed: 1, failed: 0 });
        expect((await inboundDeliveriesRepository.find(t.ctx.db, held))?.status).toBe('processed');
      } finally {
        await other.close();
      }
    },
  );

  it('applies a comment, its edit, a repeat and its removal in one batch as one at a time would', async () => {
    const page = schools[2]!.page;
    const commentId = `batch_${run}_mixed`;
    const change = (verb: 'add' | 'edited' | 'remove', message: string | undefined, at: number) =>
      facebookCommentChange({ pageId: page, commentId, verb, message, createdTime: at, fromId: 'parent-mixed' });
    const added = await deliver(facebookDelivery(page, [change('add', 'When is the open evening?', 1_795_300_000)]));
    const again = await deliver(facebookDelivery(page, [change('add', 'When is the open evening?', 1_795_300_000)]));
    const edited = await deliver(
      facebookDelivery(page, [change('edited', 'When is the open evening, please?', 1_795_300_060)], 1_795_300_060),
    );
    const removed = await deliver(facebookDelivery(page, [change('remove', undefined, 1_795_300_120)], 1_795_300_120));
    // Ten more new comments in the same batch, stored together.
    for (let i = 0; i < 10; i++) await deliver(commentFor(schools[i % 3]!.page, `together_${i}`));
    const before = await chainIsWhole(schools[2]!.id);

    const result = await processPendingDeliveries(t.ctx);
    expect(result).toEqual({ processed: 14, failed: 0 });
    for (const id of [added, again, edited, removed]) {
      expect((await inboundDeliveriesRepository.find(t.ctx.db, id))?.status).toBe('processed');
    }
    const comment = await one<{ id: string; text: string; platform_state: string }>(
      'select id, text, platform_state from comments where external_id = $1',
      [commentId],
    );
    expect(comment).toMatchObject({ text: 'When is the open evening, please?', platform_state: 'removed_by_author' });
    const revisions = await t.handle.query<{ text: string }>(
      'select text from comment_revisions where comment_id = $1',
      [comment.id],
    );
    expect(revisions.rows).toEqual([{ text: 'When is the open evening?' }]);
    const actions = await t.handle.query<{ action: string }>(
      'select action from audit_entries where entity_id = $1 order by seq',
      [comment.id],
    );
    expect(actions.rows.map((r) => r.action)).toEqual(['comment.received', 'comment.edited', 'comment.removed']);
    const after = await chainIsWhole(schools[2]!.id);
    expect(after.unlinked).toBe(0);
    expect(after.maxSeq).toBe(after.n);
    expect(after.n - before.n).toBe(3 + 3); // the mixed comment's three entries, and three of the ten new comments
  });
});
