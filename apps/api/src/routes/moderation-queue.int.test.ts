// The moderation queue's filters through the route, against the platform simulator: by state on the platform
// (alongside category and account), and "awaiting a response" leaving out comments that no longer need a reply;
// the total stopping at a cap (issue 16), shown here with a cap of 2 or 3 rather than 10,000 stored comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentsRepository, type QueueFilter } from '@schoolgate/db';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';

let f: ModerationFixture;
const ids: Record<'up' | 'hidden' | 'deleted' | 'removed', string> = { up: '', hidden: '', deleted: '', removed: '' };

const as = (method: 'GET' | 'POST', url: string, payload?: object) => f.as('account_admin', method, url, payload);

async function question(text: string) {
  const made = await f.commentOn('facebook', text);
  expect(made.stored.needsResponse).toBe(true);
  return made;
}

beforeAll(async () => {
  f = await startModerationFixture({ schoolName: 'Queue Filters Primary', roles: ['account_admin'] });
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
  await f.sim.removeComment(removed.simComment.id);
  await f.sim.flush();
  await f.processDeliveries();
}, 60_000);
afterAll(async () => {
  await f?.close();
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
    expect(await listed(`view=all&platformState=hidden&accountId=${f.accounts.facebook}`)).toEqual([ids.hidden]);
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

  it('says the total exactly up to the cap, and "at least" once there are more', async () => {
    expect((await as('GET', '/api/moderation/queue?view=all')).json()).toMatchObject({
      total: 4,
      totalIsLowerBound: false,
    });
    const all: QueueFilter = { view: 'all', page: 1, pageSize: 50 };
    const queue = (cap: number, filter: Partial<QueueFilter> = {}) =>
      commentsRepository.queue(f.t.ctx.db, f.school.id, { ...all, ...filter }, cap);

    // Exactly the cap is still exact; one more than the cap is "cap or more". The page itself is not cut short.
    expect(await queue(4)).toMatchObject({ total: 4, totalIsLowerBound: false });
    const capped = await queue(3);
    expect(capped).toMatchObject({ total: 3, totalIsLowerBound: true });
    expect(capped.items).toHaveLength(4);
    // The cap counts what the filters leave, and a later page still finds its rows.
    expect(await queue(3, { platformState: 'hidden' })).toMatchObject({ total: 1, totalIsLowerBound: false });
    const second = await queue(2, { page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 2, totalIsLowerBound: true });
    expect(second.items).toHaveLength(2);
    // Another school's comments are neither counted nor listed.
    expect(await commentsRepository.queue(f.t.ctx.db, crypto.randomUUID(), all, 3)).toMatchObject({
      items: [],
      total: 0,
      totalIsLowerBound: false,
    });
  });
});
