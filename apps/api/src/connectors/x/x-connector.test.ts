// The X connector and poller against the platform simulator: polling with since_id and pages, hiding a reply,
// blocking, replying, delete refused, and X's 429 with its reset time.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPlatformSimulator, type PlatformSimulator, type SimPost } from '../../platform-simulator/index.ts';
import type { Connector } from '../connector.ts';
import { createXConnector } from './x-connector.ts';
import { pollMentionsAndReplies } from './x-poll.ts';

const NOW = new Date('2025-06-16T09:00:00Z');
let sim: PlatformSimulator;
let x: Connector;
let post: SimPost;
let people = 0;

beforeAll(async () => {
  sim = await startPlatformSimulator({ appSecret: 'app-secret', verifyToken: 'verify', now: () => NOW });
  x = createXConnector({ baseUrl: sim.xUrl, userId: sim.accounts.x.id, bearerToken: sim.tokens.x, now: () => NOW });
});
afterAll(() => sim.stop());
beforeEach(() => {
  sim.clearFaults();
  post = sim.addPost('x', 'Sports day is on Friday!');
});

const replyFromSomeone = async (text: string, parentId?: string) => {
  people += 1;
  const { comment } = await sim.comment({
    platform: 'x',
    postId: post.id,
    author: { id: String(900000000 + people), name: `Parent ${people}`, handle: `parent_${people}` },
    text,
    ...(parentId ? { parentId } : {}),
  });
  return comment;
};
const poll = (sinceId?: string, extra: { maxPages?: number } = {}) =>
  pollMentionsAndReplies({
    baseUrl: sim.xUrl,
    bearerToken: sim.tokens.x,
    userId: sim.accounts.x.id,
    now: () => NOW,
    ...(sinceId ? { sinceId } : {}),
    ...extra,
  });

describe('pollMentionsAndReplies', () => {
  it('returns new replies as events and the next since_id, then nothing until more arrive', async () => {
    const first = await poll();
    if (!first.ok) throw first.error;
    const since = first.value.nextSinceId;

    const a = await replyFromSomeone('@MeadowbankPri what time does it start?');
    const b = await replyFromSomeone('@parent_1 half one I think', a.id);
    const second = await poll(since);
    if (!second.ok) throw second.error;
    expect(second.value.events.map((e) => [e.commentExternalId, e.postExternalId, e.parentCommentExternalId])).toEqual([
      [b.id, post.id, a.id],
      [a.id, post.id, undefined],
    ]);
    expect(second.value.events[0]).toMatchObject({ platform: 'x', author: { handle: b.author.handle } });
    // X includes the posts replied to; the school's post came with the direct reply, so both know its wording.
    expect(second.value.events.map((e) => e.post)).toEqual([
      { text: 'Sports day is on Friday!' },
      { text: 'Sports day is on Friday!' },
    ]);
    expect(second.value.nextSinceId).toBe(b.id);

    const third = await poll(second.value.nextSinceId);
    expect(third).toEqual({ ok: true, value: { events: [], skipped: [], nextSinceId: b.id } });
  });

  it('follows pages, and when stopped at maxPages hands back where to resume without moving since_id', async () => {
    const start = await poll();
    if (!start.ok) throw start.error;
    const since = start.value.nextSinceId;
    for (let i = 0; i < 205; i += 1) await replyFromSomeone(`reply ${i}`);

    const all = await poll(since);
    if (!all.ok) throw all.error;
    expect(all.value.events).toHaveLength(205);

    const partial = await poll(since, { maxPages: 1 });
    if (!partial.ok) throw partial.error;
    expect(partial.value.events).toHaveLength(100);
    expect(partial.value.nextSinceId).toBe(since);
    expect(partial.value.resume?.newestId).toBe(all.value.nextSinceId);
    const rest = await pollMentionsAndReplies({
      baseUrl: sim.xUrl,
      bearerToken: sim.tokens.x,
      userId: sim.accounts.x.id,
      ...(since ? { sinceId: since } : {}),
      ...(partial.value.resume ? { resume: partial.value.resume } : {}),
    });
    if (!rest.ok) throw rest.error;
    expect(rest.value.events).toHaveLength(105);
    expect(rest.value.nextSinceId).toBe(all.value.nextSinceId);
  });

  it('fails the whole poll on a 429, with the wait from x-rate-limit-reset, so since_id is not moved', async () => {
    sim.failNext({ api: 'x', operation: 'mentions', failure: { type: 'x-rate-limit', resetInSeconds: 120 } });
    const result = await poll('1');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', retryable: true, retryAfterMs: 120_000 },
    });
  });

  it('reports a bad token as AUTH_FAILED', async () => {
    const result = await pollMentionsAndReplies({ baseUrl: sim.xUrl, bearerToken: 'wrong', userId: sim.accounts.x.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } });
  });
});

describe('X connector actions', () => {
  it('hides and unhides a reply to the school’s post', async () => {
    const reply = await replyFromSomeone('rubbish');
    expect(await x.hideComment({ commentExternalId: reply.id })).toMatchObject({ ok: true });
    expect(reply.hidden).toBe(true);
    expect(await x.unhideComment({ commentExternalId: reply.id })).toMatchObject({ ok: true });
    expect(reply.hidden).toBe(false);
  });

  it('replies in the thread and returns the new post id', async () => {
    const question = await replyFromSomeone('Is it still on?');
    const result = await x.reply({ commentExternalId: question.id, text: 'Yes, see you there!' });
    if (!result.ok) throw result.error;
    expect(sim.state.comments.get(result.value.replyExternalId)).toMatchObject({
      parentId: question.id,
      author: { id: sim.accounts.x.id },
    });
  });

  it('reads the wording of the school’s post a reply is on, and says plainly when X cannot find it', async () => {
    expect(await x.fetchPost({ postExternalId: post.id })).toEqual({
      ok: true,
      value: { text: 'Sports day is on Friday!', permalink: null },
    });
    expect(await x.fetchPost({ postExternalId: '1' })).toMatchObject({
      ok: false,
      error: { code: 'PLATFORM_REJECTED', platformCode: 'Not Found Error' },
    });
  });

  it('blocks the author', async () => {
    const abusive = await replyFromSomeone('abuse');
    expect(await x.blockAuthor({ authorExternalId: abusive.author.id })).toMatchObject({ ok: true });
    expect(sim.state.isBlocked(sim.accounts.x.id, abusive.author.id)).toBe(true);
  });

  it('refuses to delete someone else’s reply without calling X, with the manual steps', async () => {
    const reply = await replyFromSomeone('not ours to delete');
    const before = sim.state.actions.length;
    expect(await x.deleteComment({ commentExternalId: reply.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED' },
    });
    expect(sim.state.actions.length).toBe(before);
    expect(x.capabilities.actions.delete.manualSteps.join(' ')).toMatch(/Report/);
  });

  it.each([
    [{ type: 'x-rate-limit', resetInSeconds: 30 }, 'RATE_LIMITED', true],
    [{ type: 'http-status', status: 503 }, 'PLATFORM_UNAVAILABLE', true],
  ] as const)('a hide answered with %o is %s', async (failure, code, retryable) => {
    const reply = await replyFromSomeone('hide me later');
    sim.failNext({ api: 'x', operation: 'hide', failure });
    expect(await x.hideComment({ commentExternalId: reply.id })).toMatchObject({
      ok: false,
      error: { code, retryable },
    });
  });

  it('passes on X’s refusal to hide a reply that is not in the school’s conversation', async () => {
    const elsewhere = sim.addPost('x', 'placeholder');
    // Make the post someone else's, as a mention in another person's thread would be.
    sim.state.posts.set(elsewhere.id, { ...elsewhere, accountId: 'someone-else' });
    const { comment } = await sim.comment({
      platform: 'x',
      postId: post.id,
      author: { id: '42', name: 'Someone' },
      text: 'hello',
    });
    comment.postId = elsewhere.id;
    expect(await x.hideComment({ commentExternalId: comment.id })).toMatchObject({
      ok: false,
      error: { code: 'PLATFORM_REJECTED', httpStatus: 403 },
    });
  });

  it('times out a slow reply and says it may have been posted', async () => {
    const slow = createXConnector({
      baseUrl: sim.xUrl,
      userId: sim.accounts.x.id,
      bearerToken: sim.tokens.x,
      timeoutMs: 100,
    });
    const question = await replyFromSomeone('?');
    sim.failNext({ api: 'x', operation: 'reply', failure: { type: 'delay', ms: 300 } });
    expect(await slow.reply({ commentExternalId: question.id, text: 'Thanks' })).toMatchObject({
      ok: false,
      error: { code: 'PLATFORM_UNAVAILABLE', retryable: false, outcomeUnknown: true },
    });
  });
});
