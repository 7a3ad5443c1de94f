// The simulator's webhooks as a receiver sees them: signed over the exact bytes, replayed byte for byte, and
// the subscription handshake.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { normaliseFacebookWebhook } from '../connectors/graph/graph-normalise.ts';
import { verifyMetaSignature } from '../connectors/graph/webhook-signature.ts';
import { startPlatformSimulator, type PlatformSimulator } from './start-platform-simulator.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

const SECRET = 'meadowbank-app-secret';
const VERIFY = 'meadowbank-verify-token';
let receiver: WebhookReceiver;
let sim: PlatformSimulator;

beforeAll(async () => {
  receiver = await startWebhookReceiver(VERIFY);
  sim = await startPlatformSimulator({ appSecret: SECRET, verifyToken: VERIFY, webhookUrl: receiver.url });
});
afterAll(async () => {
  await sim.stop();
  await receiver.stop();
});
beforeEach(() => {
  receiver.received.length = 0;
  receiver.answerWith(200);
});

const commentOnce = async (text: string) => {
  const post = sim.addPost('facebook', 'Cake sale on Thursday');
  return sim.comment({ platform: 'facebook', postId: post.id, author: { id: '1', name: 'Priya Shah' }, text });
};

describe('simulated Meta webhooks', () => {
  it('signs each delivery over the raw bytes with the app secret', async () => {
    await commentOnce('Lovely idea, we’ll bring flapjacks £1 each 🍰');
    const [got] = receiver.received;
    expect(got?.contentType).toBe('application/json');
    expect(verifyMetaSignature(got?.rawBody ?? Buffer.alloc(0), got?.signature, SECRET)).toEqual({ valid: true });
    expect(verifyMetaSignature(got?.rawBody ?? Buffer.alloc(0), got?.signature, 'another-secret').valid).toBe(false);
  });

  it('escapes like Meta, so the parsed-and-restringified body no longer matches the signature', async () => {
    await commentOnce('£500 a day / DM me');
    const raw = receiver.received[0]?.rawBody ?? Buffer.alloc(0);
    expect(raw.toString()).toContain('\\u00a3500 a day \\/ DM me');
    const restringified = Buffer.from(JSON.stringify(JSON.parse(raw.toString())));
    expect(verifyMetaSignature(restringified, receiver.received[0]?.signature, SECRET).valid).toBe(false);
  });

  it('replays a delivery byte for byte: the receiver gets it twice, with the same dedupe key', async () => {
    const { delivery } = await commentOnce('Can we pay on the day?');
    if (!delivery) throw new Error('no delivery');
    await sim.redeliver(delivery.id);
    const [first, second] = receiver.received;
    expect(receiver.received).toHaveLength(2);
    expect(second?.rawBody.equals(first?.rawBody ?? Buffer.alloc(0))).toBe(true);
    expect(second?.signature).toBe(first?.signature);
    const keys = receiver.received.map(
      (r) => normaliseFacebookWebhook(JSON.parse(r.rawBody.toString()), new Date()).events[0]?.dedupeKey,
    );
    expect(keys[0]).toBeDefined();
    expect(keys[1]).toBe(keys[0]);
    expect(delivery.attempts.map((a) => a.status)).toEqual([200, 200]);
  });

  it('records a delivery the receiver refused, so a test can replay it', async () => {
    receiver.answerWith(500);
    const { delivery } = await commentOnce('Hello');
    expect(delivery?.attempts).toEqual([expect.objectContaining({ status: 500 })]);
  });

  it('makes the subscription handshake, which succeeds with the right verify token only', async () => {
    expect(await sim.verifyCallback()).toEqual({ ok: true, status: 200 });
    const wrong = await startPlatformSimulator({ appSecret: SECRET, verifyToken: 'wrong', webhookUrl: receiver.url });
    try {
      expect(await wrong.verifyCallback()).toEqual({ ok: false, status: 403 });
    } finally {
      await wrong.stop();
    }
  });

  it('echoes an edit and a removal by the author as feed changes', async () => {
    const { comment } = await commentOnce('Typo here');
    await sim.editComment(comment.id, 'No typo here');
    await sim.removeComment(comment.id);
    const kinds = receiver.received.map(
      (r) => normaliseFacebookWebhook(JSON.parse(r.rawBody.toString()), new Date()).events[0]?.kind,
    );
    expect(kinds).toEqual(['comment_added', 'comment_edited', 'comment_removed']);
  });
});
