// The post a comment is on, as the comment page shows it: its wording and address kept from what the platform sent,
// or looked up once through the connector when only the post's id came; a failed look-up never costs a comment.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentsRepository } from '@schoolgate/db';
import { startModerationFixture, type ModerationFixture } from '../../testing/moderation-fixture.ts';
import { publishTestVersion } from '../../testing/policy-version-factory.ts';
import { pollXAccounts } from './poll-x-accounts.ts';

let f: ModerationFixture;
let t: ModerationFixture['t'];
let sim: ModerationFixture['sim'];
let people = 0;

beforeAll(async () => {
  f = await startModerationFixture({
    schoolName: 'Post Details Primary',
    roles: ['account_admin'],
    accounts: ['facebook', 'instagram', 'x'],
  });
  ({ t, sim } = f);
}, 60_000);
afterAll(async () => {
  await f?.close();
});
beforeEach(() => sim.clearFaults());

async function commentOn(platform: 'facebook' | 'instagram' | 'x', postId: string, text: string) {
  people += 1;
  const author = { id: `${platform}-parent-${people}`, name: `Parent ${people}`, handle: `parent_${people}` };
  if (platform !== 'x') return (await f.commentOn(platform, text, { postId, author })).stored;
  // X is polled, not delivered by webhook.
  const { comment } = await sim.comment({ platform, postId, author, text });
  await pollXAccounts(t.ctx);
  await f.processDeliveries();
  const stored = await commentsRepository.findByExternal(t.ctx.db, f.accounts.x!, comment.id);
  expect(stored).not.toBeNull();
  return stored!;
}

const detailOf = async (commentId: string) =>
  (await f.as('account_admin', 'GET', `/api/moderation/comments/${commentId}`)).json();

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
    await publishTestVersion(t.ctx.db, f.school, {
      edit: (settings) => {
        settings.moderation.complaintsUrl = 'https://postdetails.sch.uk/complaints';
      },
    });
    expect((await detailOf(stored.id)).complaintsUrl).toBe('https://postdetails.sch.uk/complaints');
  });
});
