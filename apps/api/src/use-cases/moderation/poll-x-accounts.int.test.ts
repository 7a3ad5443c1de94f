// Polling X against the platform simulator: a burst of replies longer than one page, and longer than one poll
// reads, is read to the end, every reply stored once, and the account's place moves on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { schema, socialAccountsRepository } from '@schoolgate/db';
import type { SimPost } from '../../platform-simulator/index.ts';
import { startModerationFixture, type ModerationFixture } from '../../testing/moderation-fixture.ts';
import { pollXAccounts } from './poll-x-accounts.ts';
import { processPendingDeliveries } from './process-delivery.ts';

let f: ModerationFixture;
let t: ModerationFixture['t'];
let sim: ModerationFixture['sim'];
let accountId: string;
let post: SimPost;

beforeAll(async () => {
  f = await startModerationFixture({ schoolName: 'Burst Hill Primary', roles: [], accounts: ['x'] });
  ({ t, sim } = f);
  accountId = f.accounts.x!;
  post = sim.addPost('x', 'Well done to everyone who ran the fun run!');
}, 60_000);
afterAll(async () => {
  await f?.close();
});

async function replies(n: number, tag: string) {
  for (let i = 0; i < n; i++) {
    await sim.comment({
      platform: 'x',
      postId: post.id,
      author: { id: `x-${tag}-${i}`, name: `Runner ${i}`, handle: `runner_${tag}_${i}` },
      text: `Great run ${tag} ${i}`,
    });
  }
}

const storedCount = async () =>
  (await t.ctx.db.select({ n: count() }).from(schema.comments).where(eq(schema.comments.accountId, accountId)))[0]!.n;
const account = async () => (await socialAccountsRepository.findByExternal(t.ctx.db, 'x', sim.accounts.x.id))!;
const newestSimId = () =>
  [...sim.state.comments.values()]
    .filter((c) => c.platform === 'x')
    .map((c) => BigInt(c.id))
    .reduce((a, b) => (b > a ? b : a))
    .toString();

describe('polling X', () => {
  it('reads every page of a burst in one poll', async () => {
    await replies(130, 'a');
    expect(await pollXAccounts(t.ctx)).toEqual({ polled: 1, stored: 1 });
    await processPendingDeliveries(t.ctx);
    expect(await storedCount()).toBe(130);
    expect(await account()).toMatchObject({ pollCursor: newestSimId(), pollResume: null });
  });

  it('carries on down the older pages in the next poll when a burst is longer than one poll reads', async () => {
    await replies(150, 'b');
    // One page (100) per poll: the first poll reads the newest page and keeps its place for the rest.
    expect(await pollXAccounts(t.ctx, { maxPages: 1 })).toEqual({ polled: 1, stored: 1 });
    const midway = await account();
    expect(midway.pollResume).toMatchObject({ newestId: newestSimId() });
    expect(midway.pollCursor).not.toBe(newestSimId());
    expect(await pollXAccounts(t.ctx, { maxPages: 1 })).toEqual({ polled: 1, stored: 1 });
    await processPendingDeliveries(t.ctx);
    expect(await storedCount()).toBe(280);
    expect(await account()).toMatchObject({ pollCursor: newestSimId(), pollResume: null });

    // Nothing new: nothing stored, the place unchanged.
    expect(await pollXAccounts(t.ctx, { maxPages: 1 })).toEqual({ polled: 1, stored: 0 });
    expect(await account()).toMatchObject({ pollCursor: newestSimId(), pollResume: null });
    await replies(1, 'c');
    expect(await pollXAccounts(t.ctx)).toEqual({ polled: 1, stored: 1 });
    await processPendingDeliveries(t.ctx);
    expect(await storedCount()).toBe(281);
  });

  it('stores a reply once when a poll reads it again', async () => {
    // A crash after storing but before the place was saved: the same posts come back in the next poll.
    const before = await account();
    await replies(3, 'd');
    await pollXAccounts(t.ctx);
    await socialAccountsRepository.setPollPosition(t.ctx.db, accountId, { cursor: before.pollCursor, resume: null });
    await pollXAccounts(t.ctx);
    const sweep = await processPendingDeliveries(t.ctx);
    expect(sweep).toMatchObject({ processed: 2, failed: 0 });
    expect(await storedCount()).toBe(284);
  });
});
