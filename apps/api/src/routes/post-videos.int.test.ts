// A post's video end to end (issue 11), against the platform simulator: a runner uploads a phone clip carrying a
// location tag with a poster frame, describes it, tags a pupil as pictured; a second runner approves; the job
// publishes it to a Facebook Page (a Page video), Instagram (a Reel fetched from Schoolgate's signed address) and X (a
// chunked upload), each without the location or camera data; the record shows where it went. A post carries photos
// or one video, never both; what is not a video of 3 to 140 seconds is refused naming the field; consent stops a
// video as it stops photos; a platform whose processing fails leaves the post failed there with the reason.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRunnersRepository, auditRepository, chainFor, schema } from '@schoolgate/db';
import type { Person, TestApp } from '../testing/test-app.ts';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';
import { forgetModerationSetup } from '../use-cases/moderation/school-moderation-setup.ts';
import { publishDuePosts } from '../use-cases/posts/publish-posts.ts';
import { signedImageUrl, signedVideoUrl } from '../use-cases/posts/public-image-url.ts';

let f: ModerationFixture;
let t: TestApp;
let runnerA: Person;
let runnerB: Person;
let head: Person;
let seq = 0;
const NOW = new Date('2026-11-18T10:00:00Z');
/** A 4-second clip with Apple's location, make and model tags (apps/api/test-fixtures/video/README.md). */
const clip = readFileSync(new URL('../../test-fixtures/video/location.mp4', import.meta.url));
const LOCATION = '+51.5072-000.1276';

async function addPupil(firstName: string, lastName: string, photo: 'granted' | 'refused' = 'granted') {
  const misId = `PV-${(seq += 1)}`;
  const [pupil] = await t.ctx.db
    .insert(schema.pupils)
    .values({ schoolId: f.school.id, misId, firstName, lastName, yearGroup: '5' })
    .returning();
  for (const [use, decision] of [
    ['social_media_photo', photo],
    ['social_media_name', 'granted'],
  ] as const) {
    await t.ctx.db.insert(schema.consentRecords).values({
      schoolId: f.school.id,
      pupilId: pupil!.id,
      use,
      decision,
      source: 'consent_form',
      decidedOn: '2026-09-05',
      recordedAt: new Date('2026-09-05T09:00:00Z'),
    });
  }
  return pupil!;
}

/** A poster frame as the browser's canvas gives it, here with camera data that must not survive. */
const poster = () =>
  sharp({ create: { width: 160, height: 120, channels: 3, background: '#36c' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCam', Model: 'X1' } })
    .toBuffer();

beforeAll(async () => {
  f = await startModerationFixture({
    schoolName: 'Ashgrove Video Primary',
    roles: ['account_admin', 'head'],
    accounts: ['facebook', 'instagram', 'x'],
    now: NOW,
  });
  t = f.t;
  t.ctx.publicUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  runnerA = f.people.account_admin!;
  head = f.people.head!;
  runnerB = await f.person('account_admin');
  const version = await publishTestVersion(t.ctx.db, f.school, {
    edit: (settings) => {
      settings.platforms = ['facebook', 'instagram', 'x'];
    },
  });
  for (const [p, role] of [
    [runnerA, 'account_admin'],
    [runnerB, 'account_admin'],
    [head, 'head'],
  ] as const) {
    const signed = await f.as(p, 'POST', '/api/acceptance/sign', {
      versionId: version.id,
      typedName: `Test ${role}`,
      confirmed: true,
    });
    expect(signed.statusCode, signed.body).toBe(201);
    const trained = await f.as(head, 'POST', '/api/training/records', {
      staffId: p.staffId,
      kind: 'induction',
      completedOn: '2026-11-01',
    });
    expect(trained.statusCode, trained.body).toBe(201);
  }
  for (const account of Object.values(f.accounts)) {
    await accountRunnersRepository.add(t.ctx.db, f.school.id, account!, [runnerA.staffId, runnerB.staffId]);
  }
  forgetModerationSetup();
}, 120_000);
afterAll(async () => {
  await f?.close();
});

async function draft(text: string, platforms: Array<'facebook' | 'instagram' | 'x'>, pupilId?: string) {
  const created = await f.as(runnerA, 'POST', '/api/posts', {
    text,
    category: 'teaching_and_learning',
    accountIds: platforms.map((p) => f.accounts[p]!),
    tagged: pupilId ? [{ pupilId, pictured: true, named: false }] : [],
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
}

const addVideo = async (id: string, bytes: Buffer, altText = '') =>
  f.as(runnerA, 'POST', `/api/posts/${id}/video`, {
    fileName: 'IMG_0042.MP4',
    base64: bytes.toString('base64'),
    posterBase64: (await poster()).toString('base64'),
    altText,
  });

async function approveAndPublish(id: string, at = NOW) {
  const approved = await f.as(runnerB, 'POST', `/api/posts/${id}/approve`, {});
  expect(approved.json().status, approved.body).toBe('approved');
  await f.as(runnerA, 'POST', `/api/posts/${id}/publish`, {});
  await publishDuePosts(t.ctx, at);
  return (await f.as(runnerA, 'GET', `/api/posts/${id}`)).json();
}

const onSimulator = (text: string) => [...f.sim.state.posts.values()].filter((p) => p.text === text);
const eqPost = (postId: string) => eq(schema.postVideos.postId, postId);

describe('a post with a video', () => {
  it('is uploaded without its location, described, approved and published to Facebook, Instagram and X', async () => {
    const pupil = await addPupil('Maya', 'Okafor');
    const text = 'Year 5 performed their Viking play today.';
    const id = await draft(text, ['facebook', 'instagram', 'x'], pupil.id);

    const uploaded = await addVideo(id, clip);
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const withVideo = uploaded.json();
    expect(withVideo.video).toMatchObject({
      durationMs: 4000,
      width: 160,
      height: 120,
      contentType: 'video/mp4',
      sizeBytes: clip.length,
      altText: null,
    });
    // Like a photo without alt text: said on the post, and it stops approval.
    expect(withVideo.findings).toContainEqual(
      expect.objectContaining({ check: 'alt_text_missing', reason: expect.stringMatching(/video has no description/) }),
    );
    expect((await f.as(runnerB, 'POST', `/api/posts/${id}/approve`, {})).statusCode).toBe(422);
    const described = await f.as(runnerA, 'PUT', `/api/posts/${id}/video/${withVideo.video.id}`, {
      altText: 'Pupils in Viking helmets acting on the hall stage',
    });
    expect(described.json().findings.map((x: { check: string }) => x.check)).not.toContain('alt_text_missing');

    // What is kept: the clip less its location, make and model; a poster without camera data.
    const [row] = await t.ctx.db.select().from(schema.postVideos).where(eqPost(id));
    const [kept] = await t.ctx.db.select().from(schema.storedFiles).where(eq(schema.storedFiles.id, row!.fileId));
    expect(kept!.content.length).toBe(clip.length);
    expect(kept!.content.includes(LOCATION)).toBe(false);
    expect(kept!.content.includes('iPhone 15')).toBe(false);
    expect(kept!.fileName).toBe('IMG_0042.mp4');
    const posterServed = await f.as(runnerA, 'GET', `/api/posts/${id}/video/${row!.id}/poster`);
    expect(posterServed.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(posterServed.rawPayload).metadata()).exif).toBeUndefined();
    const fileServed = await f.as(runnerA, 'GET', `/api/posts/${id}/video/${row!.id}/file`);
    expect(fileServed.headers['content-type']).toBe('video/mp4');
    expect(fileServed.rawPayload.equals(kept!.content)).toBe(true);

    const post = await approveAndPublish(id);
    expect(post.status, JSON.stringify(post.targets)).toBe('published');
    const sent = onSimulator(text);
    expect(sent).toHaveLength(3);
    for (const simPost of sent) {
      expect(simPost.video?.bytes.equals(kept!.content)).toBe(true);
      expect(simPost.video?.bytes.includes(LOCATION)).toBe(false);
      expect(simPost.images ?? []).toEqual([]);
    }
    const instagram = sent.find((p) => p.accountId === f.sim.accounts.instagram.id)!;
    expect(instagram.video?.fetchedFrom).toMatch(
      new RegExp(`^${t.ctx.publicUrl}/api/public/post-videos/${row!.id}\\?token=[A-Za-z0-9._%-]+$`),
    );
    const x = sent.find((p) => p.accountId === f.sim.accounts.x.id)!;
    expect(x.video?.altText).toBe('Pupils in Viking helmets acting on the hall stage');
    const byPlatform = (p: string) => post.targets.find((target: { platform: string }) => target.platform === p);
    expect(byPlatform('facebook').permalink).toMatch(/^https:\/\/www\.facebook\.com\/.+\/videos\//);
    expect(byPlatform('instagram').permalink).toMatch(/^https:\/\/www\.instagram\.com\//);
    expect(byPlatform('x').consentSnapshot).toEqual([expect.objectContaining({ pupilId: pupil.id, photo: 'granted' })]);

    const { items } = await auditRepository.list(t.ctx.db, chainFor(f.school.trustId, f.school.id), {
      page: 1,
      pageSize: 500,
    });
    const entries = items.filter((i) => i.entityId === id);
    expect(entries.filter((a) => a.action === 'post.published')).toHaveLength(3);
    expect(entries.find((a) => a.action === 'post.video_added')?.details).toMatchObject({
      durationMs: 4000,
      blanked: ['udta'],
    });
  });

  it('is one per post and never beside photos', async () => {
    const id = await draft('Photos or a video?', ['facebook']);
    expect((await addVideo(id, clip, 'A clip')).statusCode).toBe(200);
    const second = await addVideo(id, clip, 'Another');
    expect(second.statusCode).toBe(409);
    const photo = await f.as(runnerA, 'POST', `/api/posts/${id}/images`, {
      fileName: 'a.jpg',
      base64: (await poster()).toString('base64'),
      altText: 'A photo',
    });
    expect(photo.statusCode).toBe(409);
    expect(photo.json().error.message).toMatch(/photos or one video, not both/);

    const withPhoto = await draft('A photo first', ['facebook']);
    await f.as(runnerA, 'POST', `/api/posts/${withPhoto}/images`, {
      fileName: 'a.jpg',
      base64: (await poster()).toString('base64'),
      altText: 'A photo',
    });
    expect((await addVideo(withPhoto, clip, 'A clip')).statusCode).toBe(409);
  });

  it('refuses what is not a short MP4 or QuickTime video, naming the field', async () => {
    const id = await draft('Refusals', ['facebook']);
    const notVideo = await addVideo(id, Buffer.from('This is a text file, not a film.'));
    expect(notVideo.statusCode).toBe(400);
    expect(notVideo.json().error).toMatchObject({
      message: expect.stringMatching(/MP4 or a QuickTime/),
      fields: [expect.objectContaining({ field: 'base64' })],
    });
    const short = Buffer.from(clip);
    const at = short.indexOf('mvhd');
    short.writeUInt32BE(2 * short.readUInt32BE(at + 16), at + 20);
    const tooShort = await addVideo(id, short);
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.message).toMatch(/lasts 2\.0 seconds/);
    const badPoster = await f.as(runnerA, 'POST', `/api/posts/${id}/video`, {
      fileName: 'clip.mp4',
      base64: clip.toString('base64'),
      posterBase64: Buffer.from('not a picture').toString('base64'),
      altText: '',
    });
    expect(badPoster.statusCode).toBe(400);
    expect(badPoster.json().error.fields).toEqual([expect.objectContaining({ field: 'posterBase64' })]);
    const notBase64 = await f.as(runnerA, 'POST', `/api/posts/${id}/video`, {
      fileName: 'clip.mp4',
      base64: 'not base64 at all!',
      posterBase64: 'AAAA',
    });
    expect(notBase64.statusCode).toBe(400);
    expect((await f.as(runnerA, 'GET', `/api/posts/${id}`)).json().video).toBeNull();
  });

  it('is stopped by consent as photos are: a pupil pictured without photo consent', async () => {
    const pupil = await addPupil('Theo', 'Marsh', 'refused');
    const id = await draft('Sports day relay', ['facebook'], pupil.id);
    await addVideo(id, clip, 'The relay race');
    const refused = await f.as(runnerB, 'POST', `/api/posts/${id}/approve`, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields).toContainEqual(expect.objectContaining({ field: 'checks.pupil_consent' }));
  });

  it('fails on a platform whose processing fails, with the reason shown on the post', async () => {
    const id = await draft('Science week: the volcano.', ['x']);
    await addVideo(id, clip, 'A model volcano erupting');
    f.sim.state.nextVideoProcessing = { failure: 'The video could not be processed.' };
    const post = await approveAndPublish(id);
    expect(post.status).toBe('failed');
    expect(post.targets[0]).toMatchObject({
      platform: 'x',
      status: 'failed',
      attempts: 1,
      lastError: expect.stringMatching(/X could not process the video: The video could not be processed/),
    });
  });
});

describe('the signed video address', () => {
  it('serves a published post’s video without signing in, and not with an image’s token or for a draft', async () => {
    const id = await draft('Signed address', ['facebook']);
    await addVideo(id, clip, 'A clip');
    await approveAndPublish(id);
    const [row] = await t.ctx.db.select().from(schema.postVideos).where(eqPost(id));
    const url = signedVideoUrl(t.ctx, { schoolId: f.school.id, postId: id, videoId: row!.id }, NOW);
    const served = await t.app.inject({ method: 'GET', url: url.slice(t.ctx.publicUrl.length) });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('video/mp4');
    expect(served.headers['cache-control']).toBe('private, no-store');
    expect(served.rawPayload.includes(LOCATION)).toBe(false);
    // An image's token for the same id does not open the video route.
    const asImage = new URL(signedImageUrl(t.ctx, { schoolId: f.school.id, postId: id, imageId: row!.id }, NOW));
    const imageToken = asImage.searchParams.get('token')!;
    const wrongKind = await t.app.inject({
      method: 'GET',
      url: `/api/public/post-videos/${row!.id}?token=${encodeURIComponent(imageToken)}`,
    });
    expect(wrongKind.statusCode).toBe(404);

    const draftId = await draft('Not approved yet', ['facebook']);
    await addVideo(draftId, clip, 'A clip');
    const [draftRow] = await t.ctx.db.select().from(schema.postVideos).where(eqPost(draftId));
    const draftUrl = signedVideoUrl(t.ctx, { schoolId: f.school.id, postId: draftId, videoId: draftRow!.id }, NOW);
    expect((await t.app.inject({ method: 'GET', url: draftUrl.slice(t.ctx.publicUrl.length) })).statusCode).toBe(404);
  });
});
