// A post's video through each connector against the platform simulator (issue 11): what each platform was sent,
// the waits while it processes, and what it refuses (wrong format, too short or too long, processing failed). The
// clip is the committed fixture (apps/api/test-fixtures/video), its location boxes already blanked by cleanVideo.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPlatformSimulator, type PlatformSimulator } from '../platform-simulator/index.ts';
import { cleanVideo } from '../use-cases/posts/post-video-file.ts';
import type { Connector, PublishVideo } from './connector.ts';
import { createFacebookConnector, createInstagramConnector } from './graph/graph-connector.ts';
import { createXConnector } from './x/x-connector.ts';
import { X_VIDEO_CHUNK_BYTES } from './x/x-video.ts';

const clip = cleanVideo(readFileSync(new URL('../../test-fixtures/video/location.mp4', import.meta.url))).bytes;
/** The same clip with its movie header saying it lasts this long (the platforms read the length from there). */
const lasting = (seconds: number) => {
  const out = Buffer.from(clip);
  const at = out.indexOf('mvhd');
  out.writeUInt32BE(seconds * out.readUInt32BE(at + 16), at + 20);
  return out;
};

let sim: PlatformSimulator;
let facebook: Connector;
let instagram: Connector;
let x: Connector;
let files: Server;
let filesUrl: string;
const served = new Map<string, { bytes: Buffer; type: string }>();
const fast = { statusWaitMs: 5, videoStatusWaitMs: 5 };

const video = (bytes: Buffer, description: string, name = '', contentType = 'video/mp4'): PublishVideo => {
  if (name) served.set(`/${name}`, { bytes, type: contentType });
  return { description, contentType, bytes, durationMs: 4000, publicUrl: name ? `${filesUrl}/${name}` : null };
};

beforeAll(async () => {
  // Stands in for Schoolgate's signed video addresses, which Meta fetches.
  files = createServer((request, response) => {
    const file = served.get(request.url ?? '');
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file.type }).end(file.bytes);
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  sim = await startPlatformSimulator({ appSecret: 'app-secret', verifyToken: 'verify' });
  facebook = createFacebookConnector({
    baseUrl: sim.graphUrl,
    pageId: sim.accounts.facebook.id,
    pageAccessToken: sim.tokens.graph,
    instagramPublish: fast,
  });
  instagram = createInstagramConnector({
    baseUrl: sim.graphUrl,
    instagramAccountId: sim.accounts.instagram.id,
    pageAccessToken: sim.tokens.graph,
    instagramPublish: fast,
  });
  x = createXConnector({
    baseUrl: sim.xUrl,
    userId: sim.accounts.x.id,
    bearerToken: sim.tokens.x,
    videoStatusWaitMs: 5,
  });
});
afterAll(async () => {
  await sim?.stop();
  await new Promise((resolve) => files?.close(resolve));
});
beforeEach(() => {
  sim.clearFaults();
  sim.state.nextVideoProcessing = null;
});

const posted = (id: string) => sim.state.posts.get(id)!;

describe('Facebook Page video', () => {
  it('uploads the file with the text as its description, waits while it processes, and links the video', async () => {
    sim.state.nextVideoProcessing = { stillProcessing: 2 };
    const result = await facebook.publishPost({ text: 'Year 4 choir', images: [], video: video(clip, 'The choir') });
    if (!result.ok) throw result.error;
    const post = posted(result.value.postExternalId);
    expect(post.text).toBe('Year 4 choir');
    expect(post.video?.bytes.equals(clip)).toBe(true);
    expect(post.video?.contentType).toBe('video/mp4');
    expect(post.images).toBeUndefined();
    expect(result.value.permalink).toBe(
      `https://www.facebook.com/${sim.accounts.facebook.id}/videos/${result.value.postExternalId}`,
    );
    expect(post.video?.processing.stillProcessing).toBe(0);
  });

  it('shows a failed processing as the post failing with Facebook’s reason, not to be retried', async () => {
    sim.state.nextVideoProcessing = { failure: 'The video could not be decoded.' };
    expect(await facebook.publishPost({ text: 'Broken', images: [], video: video(clip, 'x') })).toMatchObject({
      ok: false,
      error: { code: 'PLATFORM_REJECTED', retryable: false, message: expect.stringMatching(/could not be decoded/) },
    });
  });

  it('is refused for a file that is not a video', async () => {
    const result = await facebook.publishPost({
      text: 'Not a video',
      images: [],
      video: video(Buffer.from('plain text, not a film'), 'x'),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/format that we don.t support/) },
    });
  });

  it('takes a QuickTime file too, and the video can be taken down', async () => {
    const result = await facebook.publishPost({
      text: 'A .mov',
      images: [],
      video: { ...video(clip, 'x'), contentType: 'video/quicktime' },
    });
    if (!result.ok) throw result.error;
    expect(posted(result.value.postExternalId).video?.contentType).toBe('video/quicktime');
    expect(await facebook.deletePost({ postExternalId: result.value.postExternalId })).toMatchObject({ ok: true });
  });
});

describe('Instagram Reels', () => {
  it('makes a Reels container from the signed address, waits until FINISHED, then publishes it', async () => {
    sim.state.nextVideoProcessing = { stillProcessing: 3 };
    const result = await instagram.publishPost({
      text: 'Sports day in 4 seconds',
      images: [],
      video: video(clip, 'Children racing', 'race.mp4'),
    });
    if (!result.ok) throw result.error;
    const post = posted(result.value.postExternalId);
    expect(post.text).toBe('Sports day in 4 seconds');
    expect(post.video).toMatchObject({ fetchedFrom: `${filesUrl}/race.mp4`, durationMs: 4000 });
    expect(post.video?.bytes.equals(clip)).toBe(true);
  });

  it('says it may be tried again when Instagram is still processing after the last check', async () => {
    sim.state.nextVideoProcessing = { stillProcessing: 50 };
    const before = sim.state.posts.size;
    expect(
      await instagram.publishPost({ text: 'Slow', images: [], video: video(clip, 'x', 'slow.mp4') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'PLATFORM_UNAVAILABLE', retryable: true, message: /still processing the video/ },
    });
    expect(sim.state.posts.size).toBe(before);
  });

  it('shows a processing error with Instagram’s status', async () => {
    sim.state.nextVideoProcessing = { stillProcessing: 0, failure: 'Unsupported audio codec' };
    expect(
      await instagram.publishPost({ text: 'Bad audio', images: [], video: video(clip, 'x', 'bad.mp4') }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'PLATFORM_REJECTED',
        message: expect.stringMatching(/could not use the video.*Unsupported audio codec/),
      },
    });
  });

  it('refuses a clip shorter than 3 seconds, and a video without a public address', async () => {
    expect(
      await instagram.publishPost({ text: 'Too short', images: [], video: video(lasting(2), 'x', 'short.mp4') }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/duration/) } });
    expect(await instagram.publishPost({ text: 'No address', images: [], video: video(clip, 'x') })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED', message: expect.stringMatching(/PUBLIC_URL/) },
    });
  });
});

describe('X video', () => {
  it('uploads in parts (initialize, append, finalize), waits for processing, describes it, then posts it', async () => {
    // A file of three parts: the clip followed by filler (X counts bytes; the movie header still says 4 seconds).
    const large = Buffer.concat([clip, Buffer.alloc(2 * X_VIDEO_CHUNK_BYTES + 10 - clip.length)]);
    sim.state.nextVideoProcessing = { stillProcessing: 2 };
    const result = await x.publishPost({ text: 'Assembly', images: [], video: video(large, 'The hall, singing') });
    if (!result.ok) throw result.error;
    const post = posted(result.value.postExternalId);
    expect(post.video?.bytes.equals(large)).toBe(true);
    expect(post.video?.altText).toBe('The hall, singing');
    expect(sim.state.actions.filter((a) => a.api === 'x' && a.action === 'status').length).toBeGreaterThanOrEqual(3);
  });

  it('fails the post with X’s reason for a video longer than 140 seconds', async () => {
    const before = sim.state.posts.size;
    expect(await x.publishPost({ text: 'Long', images: [], video: video(lasting(150), 'x') })).toMatchObject({
      ok: false,
      error: { code: 'PLATFORM_REJECTED', retryable: false, message: expect.stringMatching(/longer than 140 seconds/) },
    });
    expect(sim.state.posts.size).toBe(before);
  });

  it('shows a refused upload (rate limit) as a failure that may be retried', async () => {
    sim.failNext({ api: 'x', operation: 'upload', failure: { type: 'x-rate-limit', resetInSeconds: 60 } });
    expect(await x.publishPost({ text: 'Busy', images: [], video: video(clip, 'x') })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
  });
});

describe('the simulator controls', () => {
  it('lets a demo or browser test make the next video fail processing, over HTTP', async () => {
    const set = await fetch(`${sim.url}/sim/videos/next`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stillProcessing: 0, failure: 'Simulated failure' }),
    });
    expect(set.status).toBe(200);
    expect(await facebook.publishPost({ text: 'Demo failure', images: [], video: video(clip, 'x') })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Simulated failure/) },
    });
    const bad = await fetch(`${sim.url}/sim/videos/next`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stillProcessing: -1 }),
    });
    expect(bad.status).toBe(400);
  });
});

describe('the simulator page', () => {
  it('shows a posted video with its description', async () => {
    const html = await (await fetch(`${sim.url}/sim/accounts/${sim.accounts.x.id}`)).text();
    expect(html).toMatch(/<video controls[^>]+src="\/sim\/videos\/video-\d+"/);
    expect(html).toContain('Video description: The hall, singing');
  });
});
