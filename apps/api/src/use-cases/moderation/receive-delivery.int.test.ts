// Deliveries that arrive together are stored together, on the embedded database and on PostgreSQL: each caller is
// answered with its own delivery's id once it is stored, byte for byte as sent, in the order they arrived; one that
// the database refuses fails alone; and a stopping server stores what it was still gathering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundDeliveriesRepository } from '@schoolgate/db';
import { createTestApp, TEST_META_APP_SECRET, type TestApp } from '../../testing/test-app.ts';
import { signMetaPayload } from '../../connectors/graph/webhook-signature.ts';
import { finishReceivingDeliveries, receiveDelivery } from './receive-delivery.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const run = Date.now().toString(36);
const body = (i: number, text = `Is the hall open on day ${i}? Ça va, “yes” 👍`) =>
  JSON.stringify({ object: 'page', entry: [{ id: `page-${run}`, changes: [{ value: { message: text, n: i } }] }] });
const receive = (raw: string) => receiveDelivery(t.ctx, { platform: 'facebook', rawBody: Buffer.from(raw) });

describe('receiving deliveries', () => {
  it('stores deliveries that arrive together, each answered with its own id, in arrival order, byte for byte', async () => {
    const bodies = Array.from({ length: 100 }, (_, i) => body(i));
    const ids = await Promise.all(bodies.map(receive));
    expect(new Set(ids).size).toBe(bodies.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    for (const [i, id] of ids.entries()) {
      const row = await inboundDeliveriesRepository.find(t.ctx.db, id);
      expect(row).toMatchObject({ platform: 'facebook', body: bodies[i], status: 'pending' });
    }
  });

  it('fails only the delivery the database refuses; the others that arrived with it are stored', async () => {
    // PostgreSQL text cannot hold a NUL character (unescaped, as a sender could put it in the bytes).
    const results = await Promise.allSettled([receive(body(1)), receive(`${body(2)}\u0000`), receive(body(3))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    for (const result of [results[0], results[2]]) {
      const id = (result as PromiseFulfilledResult<number>).value;
      expect(await inboundDeliveriesRepository.find(t.ctx.db, id)).not.toBeNull();
    }
  });

  it('stores what is still being gathered when the process stops, before it says it has stopped', async () => {
    const waiting = [receive(body(900)), receive(body(901))];
    await finishReceivingDeliveries(t.ctx);
    const { rows } = await t.handle.query<{ n: number }>(
      `select count(*)::int as n from inbound_deliveries where body in ($1, $2)`,
      [body(900), body(901)],
    );
    expect(rows[0]!.n).toBe(2);
    expect((await Promise.all(waiting)).every((id) => id > 0)).toBe(true);
  });

  it('acknowledges signed deliveries sent at once through the webhook, each stored once', async () => {
    const bodies = Array.from({ length: 40 }, (_, i) => body(2000 + i));
    const answers = await Promise.all(
      bodies.map((raw) =>
        t.app.inject({
          method: 'POST',
          url: '/api/webhooks/meta',
          headers: {
            'content-type': 'application/json',
            'x-hub-signature-256': signMetaPayload(raw, TEST_META_APP_SECRET),
          },
          payload: raw,
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(bodies.map(() => 200));
    const ids = answers.map((a) => (a.json() as { delivery: number }).delivery);
    expect(new Set(ids).size).toBe(bodies.length);
    for (const [i, id] of ids.entries()) {
      expect((await inboundDeliveriesRepository.find(t.ctx.db, id))?.body).toBe(bodies[i]);
    }
  });
});
