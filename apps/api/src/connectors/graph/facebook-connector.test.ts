// The Facebook connector against the platform simulator on 127.0.0.1: each action, the Graph errors it must
// understand, and what happens when the platform is slow or gone.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPlatformSimulator, type PlatformSimulator, type SimComment } from '../../platform-simulator/index.ts';
import type { Connector } from '../connector.ts';
import { normaliseFacebookWebhook } from './graph-normalise.ts';
import { createFacebookConnector } from './graph-connector.ts';

let sim: PlatformSimulator;
let facebook: Connector;
let comment: SimComment;
let people = 0;

beforeAll(async () => {
  sim = await startPlatformSimulator({ appSecret: 'app-secret', verifyToken: 'verify' });
  facebook = createFacebookConnector({
    baseUrl: sim.graphUrl,
    pageId: sim.accounts.facebook.id,
    pageAccessToken: sim.tokens.graph,
    timeoutMs: 2_000,
  });
});
afterAll(() => sim.stop());

beforeEach(async () => {
  sim.clearFaults();
  const post = sim.addPost('facebook', 'Sports day is on Friday.');
  ({ comment } = await sim.comment({
    platform: 'facebook',
    postId: post.id,
    // A new person each time: one test blocks its author, and a blocked person's comments never arrive.
    author: { id: String(7091234567890000 + (people += 1)), name: 'Sarah Collins' },
    text: 'Will there be a parents race?',
  }));
});

const lastEcho = async () => {
  await sim.flush();
  const body = JSON.parse(sim.deliveries.at(-1)?.body ?? '{}') as unknown;
  return normaliseFacebookWebhook(body, new Date()).events[0];
};

describe('Facebook connector actions', () => {
  it('hides and unhides a comment, and Facebook echoes each as a feed change', async () => {
    expect(await facebook.hideComment({ commentExternalId: comment.id })).toMatchObject({ ok: true });
    expect(comment.hidden).toBe(true);
    expect(await lastEcho()).toMatchObject({ kind: 'comment_hidden', commentExternalId: comment.id });

    expect(await facebook.unhideComment({ commentExternalId: comment.id })).toMatchObject({ ok: true });
    expect(comment.hidden).toBe(false);
    expect(await lastEcho()).toMatchObject({ kind: 'comment_unhidden' });
  });

  it('deletes a comment', async () => {
    const result = await facebook.deleteComment({ commentExternalId: comment.id });
    expect(result).toEqual({ ok: true, value: { platformResponse: { success: true } } });
    expect(comment.deleted).toBe(true);
    expect(await lastEcho()).toMatchObject({ kind: 'comment_removed' });
  });

  it('replies as the Page and returns the reply id, which comes back as the Page’s own comment', async () => {
    const result = await facebook.reply({ commentExternalId: comment.id, text: 'Yes, at 2.30pm!' });
    if (!result.ok) throw result.error;
    const created = sim.state.comments.get(result.value.replyExternalId);
    expect(created).toMatchObject({ parentId: comment.id, text: 'Yes, at 2.30pm!' });
    expect(await lastEcho()).toMatchObject({
      kind: 'comment_added',
      commentExternalId: result.value.replyExternalId,
      parentCommentExternalId: comment.id,
      author: { externalId: sim.accounts.facebook.id },
    });
  });

  it('blocks the author from the Page', async () => {
    expect(await facebook.blockAuthor({ authorExternalId: comment.author.id })).toMatchObject({ ok: true });
    expect(sim.state.isBlocked(sim.accounts.facebook.id, comment.author.id)).toBe(true);
  });

  it('reads a post’s wording and permalink, which the comment’s webhook does not carry', async () => {
    const body = JSON.parse(sim.deliveries.at(-1)?.body ?? '{}') as unknown;
    const event = normaliseFacebookWebhook(body, new Date()).events[0];
    expect(event?.text).toBe('Will there be a parents race?');
    expect(event?.post?.text).toBeUndefined();
    const result = await facebook.fetchPost({ postExternalId: event!.postExternalId });
    expect(result).toEqual({
      ok: true,
      value: { text: 'Sports day is on Friday.', permalink: event?.post?.permalink },
    });
    expect(event?.post?.permalink).toMatch(/^https:\/\/www\.facebook\.com\//);
  });

  it('reads a photo post with no wording as having no text', async () => {
    const photo = sim.addPost('facebook', '');
    expect(await facebook.fetchPost({ postExternalId: photo.id })).toMatchObject({ ok: true, value: { text: null } });
  });

  it('passes on a failed post lookup as an error, without throwing', async () => {
    sim.failNext({ api: 'graph', operation: 'read', failure: { type: 'http-status', status: 503 } });
    const failedRead = await facebook.fetchPost({ postExternalId: comment.postId });
    expect(failedRead).toMatchObject({ ok: false, error: { code: 'PLATFORM_UNAVAILABLE', retryable: true } });
    expect(await facebook.fetchPost({ postExternalId: '1_404' })).toMatchObject({
      ok: false,
      error: { code: 'PLATFORM_REJECTED' },
    });
  });

  it('says every action is possible through the API, each with manual steps to fall back on', () => {
    for (const capability of Object.values(facebook.capabilities.actions)) {
      expect(capability.viaApi).toBe(true);
      expect(capability.manualSteps.length).toBeGreaterThan(1);
    }
  });
});

describe('Facebook connector errors', () => {
  it.each([
    [{ type: 'graph-error', code: 4 }, 'RATE_LIMITED', true],
    [{ type: 'graph-error', code: 17 }, 'RATE_LIMITED', true],
    [{ type: 'graph-error', code: 32 }, 'RATE_LIMITED', true],
    [{ type: 'graph-error', code: 613 }, 'RATE_LIMITED', true],
    [{ type: 'graph-error', code: 190, subcode: 463 }, 'AUTH_FAILED', false],
    [{ type: 'graph-error', code: 200 }, 'AUTH_FAILED', false],
    [{ type: 'graph-error', code: 100 }, 'PLATFORM_REJECTED', false],
    [{ type: 'graph-error', code: 2, httpStatus: 500 }, 'PLATFORM_UNAVAILABLE', true],
    [{ type: 'http-status', status: 500 }, 'PLATFORM_UNAVAILABLE', true],
    [{ type: 'http-status', status: 503 }, 'PLATFORM_UNAVAILABLE', true],
  ] as const)('a hide answered with %o is %s (retryable: %s)', async (failure, code, retryable) => {
    sim.failNext({ api: 'graph', operation: 'hide', failure });
    const result = await facebook.hideComment({ commentExternalId: comment.id });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code, retryable });
    expect(comment.hidden).toBe(false);
    // The failure was for one call only: trying again works.
    expect((await facebook.hideComment({ commentExternalId: comment.id })).ok).toBe(true);
  });

  it('does not retry a reply the platform failed with a 500, since it may have been posted', async () => {
    sim.failNext({ api: 'graph', operation: 'reply', failure: { type: 'http-status', status: 502 } });
    const result = await facebook.reply({ commentExternalId: comment.id, text: 'Thank you' });
    expect(result).toMatchObject({ ok: false, error: { code: 'PLATFORM_UNAVAILABLE', retryable: false } });
  });

  it('reports a comment that no longer exists as rejected, with Graph’s code', async () => {
    const result = await facebook.deleteComment({ commentExternalId: '999_999' });
    expect(result).toMatchObject({ ok: false, error: { code: 'PLATFORM_REJECTED', platformCode: '100/33' } });
  });

  it('reports a wrong token as AUTH_FAILED', async () => {
    const wrong = createFacebookConnector({ baseUrl: sim.graphUrl, pageId: '1', pageAccessToken: 'expired' });
    const result = await wrong.hideComment({ commentExternalId: comment.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED', retryable: false } });
  });

  it('gives up after the timeout, says the outcome is unknown, and lets an idempotent hide be retried', async () => {
    const slow = createFacebookConnector({
      baseUrl: sim.graphUrl,
      pageId: sim.accounts.facebook.id,
      pageAccessToken: sim.tokens.graph,
      timeoutMs: 100,
    });
    sim.failNext({ api: 'graph', operation: 'hide', failure: { type: 'delay', ms: 400 } });
    const result = await slow.hideComment({ commentExternalId: comment.id });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'PLATFORM_UNAVAILABLE', retryable: true, outcomeUnknown: true },
    });
    // The platform carried on and hid it anyway: why the outcome is "unknown", not "failed".
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(comment.hidden).toBe(true);
  });

  it('marks a timed-out reply as not safe to repeat', async () => {
    const slow = createFacebookConnector({
      baseUrl: sim.graphUrl,
      pageId: sim.accounts.facebook.id,
      pageAccessToken: sim.tokens.graph,
      timeoutMs: 100,
    });
    sim.failNext({ api: 'graph', operation: 'reply', failure: { type: 'delay', ms: 300 } });
    const result = await slow.reply({ commentExternalId: comment.id, text: 'Thank you' });
    expect(result).toMatchObject({ ok: false, error: { retryable: false, outcomeUnknown: true } });
  });

  it('reports an unreachable platform as PLATFORM_UNAVAILABLE', async () => {
    const gone = createFacebookConnector({
      baseUrl: 'http://127.0.0.1:9/graph/v21.0',
      pageId: '1',
      pageAccessToken: 't',
      timeoutMs: 1_000,
    });
    const result = await gone.deleteComment({ commentExternalId: comment.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'PLATFORM_UNAVAILABLE', retryable: true } });
  });
});
