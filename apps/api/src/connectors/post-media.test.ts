// Posts with pictures, and taking posts down, through each connector against the platform simulator (issue 11):
// what each platform was sent (the bytes, the descriptions, the order), what it refuses, and what cannot be done.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPlatformSimulator, type PlatformSimulator } from '../platform-simulator/index.ts';
import type { Connector, PublishImage } from './connector.ts';
import { createFacebookConnector, createInstagramConnector } from './graph/graph-connector.ts';
import { createXConnector } from './x/x-connector.ts';

let sim: PlatformSimulator;
let facebook: Connector;
let instagram: Connector;
let x: Connector;
let pictures: Server;
let picturesUrl: string;
let red: Buffer;
let blue: Buffer;

const jpeg = (background: string) =>
  sharp({ create: { width: 8, height: 6, channels: 3, background } })
    .jpeg()
    .toBuffer();

const image = (bytes: Buffer, altText: string, name = ''): PublishImage => ({
  altText,
  contentType: 'image/jpeg',
  bytes,
  publicUrl: name ? `${picturesUrl}/${name}` : null,
});

beforeAll(async () => {
  red = await jpeg('#c00');
  blue = await jpeg('#00c');
  // Stands in for Schoolgate's signed picture addresses, which Meta fetches.
  pictures = createServer((request, response) => {
    const bytes = request.url === '/red.jpg' ? red : request.url === '/blue.jpg' ? blue : null;
    if (!bytes) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'image/jpeg' }).end(bytes);
  });
  await new Promise<void>((resolve) => pictures.listen(0, '127.0.0.1', resolve));
  picturesUrl = `http://127.0.0.1:${(pictures.address() as AddressInfo).port}`;
  sim = await startPlatformSimulator({ appSecret: 'app-secret', verifyToken: 'verify' });
  facebook = createFacebookConnector({
    baseUrl: sim.graphUrl,
    pageId: sim.accounts.facebook.id,
    pageAccessToken: sim.tokens.graph,
  });
  instagram = createInstagramConnector({
    baseUrl: sim.graphUrl,
    instagramAccountId: sim.accounts.instagram.id,
    pageAccessToken: sim.tokens.graph,
  });
  x = createXConnector({ baseUrl: sim.xUrl, userId: sim.accounts.x.id, bearerToken: sim.tokens.x });
});
afterAll(async () => {
  await sim?.stop();
  await new Promise((resolve) => pictures?.close(resolve));
});
beforeEach(() => sim.clearFaults());

const posted = (id: string) => sim.state.posts.get(id)!;

describe('Facebook Page', () => {
  it('uploads each picture unpublished with its description, then one feed post carries them in order', async () => {
    const result = await facebook.publishPost({
      text: 'Sports day medals!',
      images: [image(red, 'Medals on a table'), image(blue, 'The winning relay team')],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const post = posted(result.value.postExternalId);
    expect(post.text).toBe('Sports day medals!');
    expect(post.images?.map((i) => i.altText)).toEqual(['Medals on a table', 'The winning relay team']);
    expect(post.images?.[0]?.bytes.equals(red)).toBe(true);
    expect(post.images?.[1]?.bytes.equals(blue)).toBe(true);
    expect(result.value.permalink).toBe(`https://www.facebook.com/${post.id}`);
    const uploads = sim.state.actions.filter((a) => a.api === 'graph' && a.action === 'upload');
    expect(uploads.length).toBeGreaterThanOrEqual(2);
  });

  it('publishes text alone as before', async () => {
    const result = await facebook.publishPost({ text: 'No pictures today.', images: [] });
    expect(result.ok && posted(result.value.postExternalId).images).toBeUndefined();
  });

  it('stops before the feed post when a picture is refused, and says it may be tried again', async () => {
    const before = sim.state.posts.size;
    sim.failNext({ api: 'graph', operation: 'upload', failure: { type: 'http-status', status: 503 } });
    const result = await facebook.publishPost({ text: 'Will it go?', images: [image(red, 'Red')] });
    expect(result).toMatchObject({ ok: false, error: { code: 'PLATFORM_UNAVAILABLE', retryable: true } });
    expect(sim.state.posts.size).toBe(before);
  });

  it('deletes its own post, and the post is gone', async () => {
    const result = await facebook.publishPost({ text: 'To be taken down.', images: [image(red, 'Red')] });
    if (!result.ok) throw result.error;
    const id = result.value.postExternalId;
    expect(await facebook.deletePost({ postExternalId: id })).toMatchObject({ ok: true });
    expect(posted(id).deleted).toBe(true);
    expect(sim.state.actions.at(-1)).toMatchObject({ api: 'graph', action: 'delete_post', targetId: id });
    expect(await facebook.deletePost({ postExternalId: id })).toMatchObject({ ok: false });
  });
});

describe('Instagram', () => {
  it('makes a container from the picture address with caption and alt text, then publishes it', async () => {
    const result = await instagram.publishPost({
      text: 'Our reading garden',
      images: [image(red, 'A bench among flowers', 'red.jpg')],
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const post = posted(result.value.postExternalId);
    expect(post.text).toBe('Our reading garden');
    expect(post.images).toEqual([
      expect.objectContaining({ altText: 'A bench among flowers', fetchedFrom: `${picturesUrl}/red.jpg` }),
    ]);
    expect(post.images?.[0]?.bytes.equals(red)).toBe(true);
    expect(result.value.permalink).toMatch(/^https:\/\/www\.instagram\.com\/p\//);
  });

  it('publishes several pictures as a carousel', async () => {
    const result = await instagram.publishPost({
      text: 'Two pictures',
      images: [image(red, 'Red square', 'red.jpg'), image(blue, 'Blue square', 'blue.jpg')],
    });
    if (!result.ok) throw result.error;
    expect(posted(result.value.postExternalId).images?.map((i) => i.altText)).toEqual(['Red square', 'Blue square']);
  });

  it('is refused when Meta cannot fetch the picture, and nothing is published', async () => {
    const before = sim.state.posts.size;
    const result = await instagram.publishPost({ text: 'Broken', images: [image(red, 'Red', 'missing.jpg')] });
    expect(result).toMatchObject({ ok: false });
    expect(sim.state.posts.size).toBe(before);
  });

  it('cannot post text alone, nor without a public address, nor delete a post', async () => {
    expect(await instagram.publishPost({ text: 'Text only', images: [] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED' },
    });
    expect(await instagram.publishPost({ text: 'No address', images: [image(red, 'Red')] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED', message: expect.stringMatching(/PUBLIC_URL/) },
    });
    const calls = sim.state.actions.length;
    expect(await instagram.deletePost({ postExternalId: '17950000000000001' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED' },
    });
    expect(sim.state.actions.length).toBe(calls);
  });
});

describe('X', () => {
  it('uploads each picture, describes it, then posts with the media ids', async () => {
    const result = await x.publishPost({
      text: 'Choir practice',
      images: [image(red, 'The choir on stage'), image(blue, 'The conductor')],
    });
    if (!result.ok) throw result.error;
    const post = posted(result.value.postExternalId);
    expect(post.images?.map((i) => i.altText)).toEqual(['The choir on stage', 'The conductor']);
    expect(post.images?.[1]?.bytes.equals(blue)).toBe(true);
    expect(
      sim.state.actions.filter((a) => a.api === 'x' && ['upload', 'describe'].includes(a.action)).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('deletes its own post', async () => {
    const result = await x.publishPost({ text: 'Going soon', images: [] });
    if (!result.ok) throw result.error;
    expect(await x.deletePost({ postExternalId: result.value.postExternalId })).toMatchObject({ ok: true });
    expect(posted(result.value.postExternalId).deleted).toBe(true);
  });

  it('shows a refused upload as a failure', async () => {
    sim.failNext({ api: 'x', operation: 'upload', failure: { type: 'x-rate-limit', resetInSeconds: 60 } });
    expect(await x.publishPost({ text: 'Busy', images: [image(red, 'Red')] })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
  });
});

describe('the simulator page', () => {
  it("shows an account's posts with their pictures and descriptions", async () => {
    const html = await (await fetch(`${sim.url}/sim/accounts/${sim.accounts.facebook.id}`)).text();
    expect(html).toContain('Sports day medals!');
    expect(html).toContain('alt="Medals on a table"');
    expect(html).toContain('Deleted by the account');
  });
});
