// The Instagram connector against the platform simulator: hide, unhide, delete, reply, and block refused
// without a call because Instagram's API cannot do it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPlatformSimulator, type PlatformSimulator, type SimComment } from '../../platform-simulator/index.ts';
import type { Connector } from '../connector.ts';
import { normaliseInstagramWebhook } from './graph-normalise.ts';
import { createInstagramConnector } from './graph-connector.ts';

let sim: PlatformSimulator;
let instagram: Connector;
let comment: SimComment;

beforeAll(async () => {
  sim = await startPlatformSimulator({ appSecret: 'app-secret', verifyToken: 'verify' });
  instagram = createInstagramConnector({
    baseUrl: sim.graphUrl,
    instagramAccountId: sim.accounts.instagram.id,
    pageAccessToken: sim.tokens.graph,
  });
});
afterAll(() => sim.stop());

beforeEach(async () => {
  sim.clearFaults();
  const media = sim.addPost('instagram', 'Our new library corner!');
  ({ comment } = await sim.comment({
    platform: 'instagram',
    postId: media.id,
    author: { id: '17841400123456789', name: 'Gemma Hollis', handle: 'gemma.hollis' },
    text: 'Love this 😍',
  }));
});

describe('Instagram connector', () => {
  it('receives the comment as a webhook that normalises to comment_added', () => {
    const body = JSON.parse(sim.deliveries.at(-1)?.body ?? '{}') as unknown;
    expect(normaliseInstagramWebhook(body, new Date()).events[0]).toMatchObject({
      kind: 'comment_added',
      commentExternalId: comment.id,
      accountExternalId: sim.accounts.instagram.id,
      author: { handle: 'gemma.hollis' },
      text: 'Love this 😍',
    });
  });

  it('hides and unhides with the hide parameter', async () => {
    expect(await instagram.hideComment({ commentExternalId: comment.id })).toMatchObject({ ok: true });
    expect(comment.hidden).toBe(true);
    expect(await instagram.unhideComment({ commentExternalId: comment.id })).toMatchObject({ ok: true });
    expect(comment.hidden).toBe(false);
  });

  it('deletes', async () => {
    expect(await instagram.deleteComment({ commentExternalId: comment.id })).toMatchObject({ ok: true });
    expect(comment.deleted).toBe(true);
  });

  it('replies through /replies as the account', async () => {
    const result = await instagram.reply({ commentExternalId: comment.id, text: 'Thank you!' });
    if (!result.ok) throw result.error;
    expect(sim.state.comments.get(result.value.replyExternalId)).toMatchObject({
      parentId: comment.id,
      author: { id: sim.accounts.instagram.id },
    });
  });

  it('reads the media’s caption and permalink, which the comment’s webhook does not carry', async () => {
    const result = await instagram.fetchPost({ postExternalId: comment.postId });
    expect(result).toMatchObject({ ok: true, value: { text: 'Our new library corner!' } });
    if (result.ok) expect(result.value.permalink).toMatch(/^https:\/\/www\.instagram\.com\/p\/\w+\/$/);
  });

  it('refuses to block without calling Instagram, and offers the steps to do it in the app', async () => {
    const before = sim.state.actions.length;
    const result = await instagram.blockAuthor({ authorExternalId: comment.author.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED', retryable: false } });
    expect(sim.state.actions.length).toBe(before);
    expect(instagram.capabilities.actions.block.viaApi).toBe(false);
    expect(instagram.capabilities.actions.block.manualSteps.join(' ')).toMatch(/Instagram app/);
  });

  it('passes on a Business Use Case rate limit as RATE_LIMITED', async () => {
    sim.failNext({ api: 'graph', operation: 'delete', failure: { type: 'graph-error', code: 80002 } });
    const result = await instagram.deleteComment({ commentExternalId: comment.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retryable: true } });
  });
});
