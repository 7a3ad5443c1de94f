// The post a comment is on, as the comment page shows it: its wording and address kept from what the platform sent,
// or looked up once through the connector when only the post's id came; a failed look-up never costs a comment.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
} from '../../testing/test-app.ts';
import {
  startPlatformSimulator,
  SIMULATOR_GRAPH_TOKEN,
  SIMULATOR_X_TOKEN,
  type PlatformSimulator,
} from '../../platform-simulator/index.ts';
import { publishTestVersion } from '../../testing/policy-version-factory.ts';
import { processPendingDeliveries } from './process-delivery.ts';
import { pollXAccounts } from './poll-x-accounts.ts';
import { forgetModerationSetup } from './school-moderation-setup.ts';

let t: TestApp;
let sim: PlatformSimulator;
let school: { id: string; trustId: string };
let moderator: Person;
const accountIds: Record<'facebook' | 'instagram' | 'x', string> = { facebook: '', instagram: '', x: '' };
let people = 0;

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
  school = await createSchool(t, 'Post Details Primary');
  moderator = await createPerson(t, school, 'account_admin');
  for (const platform of ['facebook', 'instagram', 'x'] as const) {
    accountIds[platform] = (
      await socialAccountsRepository.create(t.ctx.db, {
        schoolId: school.id,
        platform,
        externalId: sim.accounts[platform].id,
        handle: `postdetails${platform}`,
        displayName: `Post Details Primary on ${platform}`,
        credentialsSealed: t.ctx.credentialsBox.seal(platform === 'x' ? SIMULATOR_X_TOKEN : SIMULATOR_GRAPH_TOKEN),
      })
    ).id;
  }
  forgetModerationSetup();
}, 60_000);
afterAll(async () => {
  await sim?.stop();
  await t?.close();
});
beforeEach(() => sim.clearFaults());

async function commentOn(platform: 'facebook' | 'instagram' | 'x', postId: string, text: string) {
  people += 1;
  const { comment } = await sim.comment({
    platform,
    postId,
    author: { id: `${platform}-parent-${people}`, name: `Parent ${people}`, handle: `parent_${people}` },
    text,
  });
  if (platform === 'x') await pollXAccounts(t.ctx);
  await processPendingDeliveries(t.ctx);
  const stored = await commentsRepository.findByExternal(t.ctx.db, accountIds[platform], comment.id);
  expect(stored).not.toBeNull();
  return stored!;
}

const detailOf = async (commentId: string) =>
  (
    await t.app.inject({ method: 'GET', url: `/api/moderation/comments/${commentId}`, headers: moderator.headers })
  ).json();

describe('the post a comment is on', () => {
  it('looks up a Facebook post’s wording once, and keeps the permalink the webhook carried', async () => {
    const post = sim.addPost('facebook', 'Our Christmas fair is on Saturday, 12 till 3.');
    const first = await commentOn('facebook', post.id, 'Will there be a raffle?');
    const detail = await detailOf(first.id);
    expect(detail.post).toEqual({
      externalId: post.id,
      text: 'Our Christmas fair is on Saturday, 12 till 3.',
      permalink: `https://www.facebook.com/${sim.accounts.facebook.id}/posts/${post.id.split('_')[1]}`,
    });

    // Known now, so the next comment on it asks the platform nothing: a changed wording there is not read again.
    post.text = 'Changed on the platform after Schoolgate read it';
    const second = await commentOn('facebook', post.id, 'Can we pay by card?');
    expect((await detailOf(second.id)).post.text).toBe('Our Christmas fair is on Saturday, 12 till 3.');
  });

  it('stores the comment when the look-up fails, says the post is not known, and fills it in with the next comment', async () => {
    const post = sim.addPost('facebook', 'Year 6 leavers’ assembly is on Tuesday.');
    sim.failNext({ api: 'graph', operation: 'read', failure: { type: 'http-status', status: 503 } });
    const first = await commentOn('facebook', post.id, 'What time does it start?');
    expect(first.text).toBe('What time does it start?');
    const unknown = (await detailOf(first.id)).post;
    // The webhook's permalink is kept even though the wording could not be read.
    expect(unknown).toMatchObject({ externalId: post.id, text: null, permalink: expect.stringMatching(/^https:/) });

    const second = await commentOn('facebook', post.id, 'Can grandparents come?');
    expect((await detailOf(second.id)).post.text).toBe('Year 6 leavers’ assembly is on Tuesday.');
    expect((await detailOf(first.id)).post.text).toBe('Year 6 leavers’ assembly is on Tuesday.');
  });

  it('reads an Instagram post’s caption and permalink, which its webhook does not carry', async () => {
    const media = sim.addPost('instagram', 'Our new library corner!');
    const stored = await commentOn('instagram', media.id, 'Love this');
    expect((await detailOf(stored.id)).post).toMatchObject({
      externalId: media.id,
      text: 'Our new library corner!',
      permalink: expect.stringMatching(/^https:\/\/www\.instagram\.com\/p\//),
    });
  });

  it('keeps the X post a reply answers from the poll itself, without a look-up', async () => {
    const tweet = sim.addPost('x', 'Well done to our netball team!');
    // Were the post looked up, this would fail it: the wording must come from the poll's includes.
    sim.failNext({ api: 'x', operation: 'read', failure: { type: 'http-status', status: 500 }, times: 5 });
    const stored = await commentOn('x', tweet.id, 'Brilliant result!');
    expect((await detailOf(stored.id)).post).toEqual({
      externalId: tweet.id,
      text: 'Well done to our netball team!',
      permalink: null,
    });
  });

  it('gives reply templates the complaints page of the school’s published policy', async () => {
    const post = sim.addPost('facebook', 'Parents’ evening bookings are open.');
    const stored = await commentOn('facebook', post.id, 'The booking system is rubbish, I want to complain');
    expect((await detailOf(stored.id)).complaintsUrl).toBeNull();
    await publishTestVersion(t.ctx.db, school, {
      edit: (settings) => {
        settings.moderation.complaintsUrl = 'https://postdetails.sch.uk/complaints';
      },
    });
    expect((await detailOf(stored.id)).complaintsUrl).toBe('https://postdetails.sch.uk/complaints');
  });
});
