// Meta's webhook as Meta calls it: the subscription handshake, signed deliveries stored and acknowledged, and
// anything unsigned or tampered with refused without being stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentsRepository, socialAccountsRepository } from '@schoolgate/db';
import {
  createSchool,
  createTestApp,
  TEST_META_APP_SECRET,
  TEST_META_VERIFY_TOKEN,
  type TestApp,
} from '../testing/test-app.ts';
import { facebookCommentChange, facebookDelivery } from '../testing/facebook-payloads.ts';
import { signMetaPayload } from '../connectors/graph/webhook-signature.ts';
import { processPendingDeliveries } from '../use-cases/moderation/process-delivery.ts';

let t: TestApp;
let accountId: string;
const PAGE = `hook-page-${Date.now()}`;

beforeAll(async () => {
  t = await createTestApp();
  const school = await createSchool(t, 'Webhook School');
  accountId = (
    await socialAccountsRepository.create(t.ctx.db, {
      schoolId: school.id,
      platform: 'facebook',
      externalId: PAGE,
      handle: 'webhookschool',
      displayName: 'Webhook School',
    })
  ).id;
});
afterAll(async () => t?.close());

const post = (body: string, signature?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/webhooks/meta',
    headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
    payload: body,
  });

describe('Meta webhook', () => {
  it('echoes the challenge when the verify token matches, as plain text', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=${TEST_META_VERIFY_TOKEN}&hub.challenge=12345`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('12345');
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1',
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('stores a signed delivery, acknowledges it, and its comment appears after processing', async () => {
    const body = facebookDelivery(PAGE, [
      facebookCommentChange({ pageId: PAGE, commentId: '900_hook', message: 'Thank you for a lovely nativity ❤️' }),
    ]);
    const res = await post(body, signMetaPayload(body, TEST_META_APP_SECRET));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ received: true });
    await processPendingDeliveries(t.ctx);
    expect(await commentsRepository.findByExternal(t.ctx.db, accountId, '900_hook')).toMatchObject({
      text: 'Thank you for a lovely nativity ❤️',
    });
  });

  it('refuses a delivery that is unsigned, signed with another secret, or altered after signing', async () => {
    const body = facebookDelivery(PAGE, [
      facebookCommentChange({ pageId: PAGE, commentId: '900_forged', message: 'forged' }),
    ]);
    expect((await post(body)).statusCode).toBe(401);
    expect((await post(body, signMetaPayload(body, 'another-secret'))).statusCode).toBe(401);
    const altered = body.replace('forged', 'FORGED');
    expect((await post(altered, signMetaPayload(body, TEST_META_APP_SECRET))).statusCode).toBe(401);
    // Re-serialised JSON is different bytes: the signature over the original does not cover it.
    const reserialised = JSON.stringify(JSON.parse(body), null, 1);
    expect((await post(reserialised, signMetaPayload(body, TEST_META_APP_SECRET))).statusCode).toBe(401);
    await processPendingDeliveries(t.ctx);
    expect(await commentsRepository.findByExternal(t.ctx.db, accountId, '900_forged')).toBeNull();
  });
});
