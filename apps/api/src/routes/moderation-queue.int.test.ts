// The moderation queue's filters through the route, against the platform simulator: by state on the platform
// (alongside category and account), and "awaiting a response" leaving out comments that no longer need a reply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { commentsRepository, socialAccountsRepository } from '@schoolgate/db';
import {
  createPerson,
  createSchool,
  createTestApp,
  TEST_META_APP_SECRET,
  TEST_META_VERIFY_TOKEN,
  type Person,
  type TestApp,
} from '../testing/test-app.ts';
import { startPlatformSimulator, SIMULATOR_GRAPH_TOKEN, type PlatformSimulator } from '../platform-simulator/index.ts';
import { processPendingDeliveries } from '../use-cases/moderation/process-delivery.ts';
import { forgetModerationSetup } from '../use-cases/moderation/school-moderation-setup.ts';

let t: TestApp;
let sim: PlatformSimulator;
let moderator: Person;
let facebookAccountId: string;
let people = 0;
const ids: Record<'up' | 'hidden' | 'deleted' | 'removed', string> = { up: '', hidden: '', deleted: '', removed: '' };

const as = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: moderator.headers, payload });

async function question(text: string) {
  const post =
    [...sim.state.posts.values()].find((p) => p.accountId === sim.accounts.facebook.id) ??
    sim.addPost('facebook', 'Sports day is on Friday.');
  people += 1;
  const { comment } = await sim.comment({
    platform: 'facebook',
    postId: post.id,
    author: { id: `fb-parent-${people}`, name: `Parent ${people}` },
    text,
  });
  await processPendingDeliveries(t.ctx);
  const stored = (await commentsRepository.findByExternal(t.ctx.db, facebookAccountId, comment.id))!;
  expect(stored.needsResponse).toBe(true);
  return { simComment: comment, stored };
}

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (t.app.server.address() as AddressInfo).port;
  sim = await startPlatformSimulator({
    appSecret: TEST_META_APP_SECRET,
    verifyToken: TEST_META_VERIFY_TOKEN,
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks/meta`,
  });
  t.ctx.platforms = { ...t.ctx.platforms, metaGraphUrl: sim.graphUrl, xApiUrl: sim.xUrl };
  const school = await createSchool(t, 'Queue Filters Primary');
  moderator = await createPerson(t, school, 'account_admin');
  facebookAccountId = (
    await socialAccountsRepository.create(t.ctx.db, {
      schoolId: school.id,
      platform: 'facebook',
      externalId: sim.accounts.facebook.id,
      handle: 'queuefilters',
      displayName: 'Queue Filters Primary',
      credentialsSealed: t.ctx.credentialsBox.seal(SIMULATOR_GRAPH_TOKEN),
    })
  ).id;
  forgetModerationSetup();

  ids.up = (await question('What time does sports day start on Friday?')).stored.id;
  ids.hidden = (await question('Why is the car park closed on Friday?')).stored.id;
  ids.deleted = (await question('Is the uniform shop open on Friday?')).stored.id;
  const removed = await question('Are parents allowed to watch on Friday?');
  ids.removed = removed.stored.id;

  expect((await as('POST', `/api/moderation/comments/${ids.hidden}/actions`, { action: 'hide' })).json()).toMatchObject(
    { outcome: 'done' },
  );
  expect(
    (await as('POST', `/api/moderation/comments/${ids.deleted}/actions`, { action: 'delete' })).json(),
  ).toMatchObject({ outcome: 'done' });
  await sim.removeComment(removed.simComment.id);
  await sim.flush();
  await processPendingDeliveries(t.ctx);
}, 60_000);
afterAll(async () => {
  await sim?.stop();
  await t?.close();
});

const listed = async (query: string): Promise<string[]> => {
  const res = await as('GET', `/api/moderation/queue?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((i: { id: string }) => i.id);
};

describe('the moderation queue', () => {
  it('lists only comments still up as awaiting a response: the hidden, deleted and removed need no reply', async () => {
    expect(await listed('view=awaiting_response')).toEqual([ids.up]);
    // They are all still in "all", each in its state.
    const all = (await as('GET', '/api/moderation/queue?view=all')).json();
    const states = Object.fromEntries(
      all.items.map((i: { id: string; platformState: string }) => [i.id, i.platformState]),
    );
    expect(states).toEqual({
      [ids.up]: 'visible',
      [ids.hidden]: 'hidden',
      [ids.deleted]: 'deleted',
      [ids.removed]: 'removed_by_author',
    });
    expect(all.total).toBe(4);
  });

  it.each([
    ['visible', 'up'],
    ['hidden', 'hidden'],
    ['deleted', 'deleted'],
    ['removed_by_author', 'removed'],
  ] as const)('filters "all" by the state %s on the platform, with the total to match', async (state, which) => {
    const res = (await as('GET', `/api/moderation/queue?view=all&platformState=${state}`)).json();
    expect(res.items.map((i: { id: string }) => i.id)).toEqual([ids[which]]);
    expect(res.total).toBe(1);
  });

  it('combines the state with the account and the view', async () => {
    expect(await listed(`view=all&platformState=hidden&accountId=${facebookAccountId}`)).toEqual([ids.hidden]);
    expect(await listed('view=awaiting_response&platformState=hidden')).toEqual([]);
    expect(await listed('view=awaiting_response&platformState=visible')).toEqual([ids.up]);
  });

  it('refuses a state it does not know, naming the field', async () => {
    const res = await as('GET', '/api/moderation/queue?view=all&platformState=gone');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'platformState' })],
    });
  });
});
