// Posts' pictures on the platforms and take-downs through their APIs (issue 11), against the platform simulator:
// a post with two pictures goes to Facebook, Instagram and X with each picture's description and no camera data;
// Instagram fetches them from Schoolgate's signed addresses, which refuse an altered, expired or other school's
// address; withdrawing consent opens take-down tasks that the account's runners carry out through the API (the
// result, who and when in the audit chain; a failure shown and tried again), or by hand for Instagram; and a consent
// import that withdraws consent opens the same tasks.
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRunnersRepository, auditRepository, chainFor, schema } from '@schoolgate/db';
import { createSchool, csvOf, type Person, type TestApp } from '../testing/test-app.ts';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';
import { forgetModerationSetup } from '../use-cases/moderation/school-moderation-setup.ts';
import { publishDuePosts } from '../use-cases/posts/publish-posts.ts';
import { signedImageToken, signedImageUrl } from '../use-cases/posts/public-image-url.ts';

let f: ModerationFixture;
let t: TestApp;
let runnerA: Person;
let runnerB: Person;
let head: Person;
let notARunner: Person;
let seq = 0;
const NOW = new Date('2026-11-18T10:00:00Z');

async function addPupil(firstName: string, lastName: string) {
  const misId = `PM-${(seq += 1)}`;
  const [pupil] = await t.ctx.db
    .insert(schema.pupils)
    .values({ schoolId: f.school.id, misId, firstName, lastName, yearGroup: '3' })
    .returning();
  for (const use of ['social_media_photo', 'social_media_name']) {
    await t.ctx.db.insert(schema.consentRecords).values({
      schoolId: f.school.id,
      pupilId: pupil!.id,
      use,
      decision: 'granted',
      source: 'consent_form',
      decidedOn: '2026-09-05',
      recordedAt: new Date('2026-09-05T09:00:00Z'),
    });
  }
  return { ...pupil!, misId };
}

/** A JPEG carrying camera make and a GPS position, as a phone writes it. */
const phonePhoto = (background: string) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCam', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .toBuffer();

beforeAll(async () => {
  f = await startModerationFixture({
    schoolName: 'Ashgrove Media Primary',
    roles: ['account_admin', 'head'],
    accounts: ['facebook', 'instagram', 'x'],
    now: NOW,
  });
  t = f.t;
  t.ctx.publicUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  runnerA = f.people.account_admin!;
  head = f.people.head!;
  runnerB = await f.person('account_admin');
  notARunner = await f.person('account_admin');
  const version = await publishTestVersion(t.ctx.db, f.school, {
    edit: (settings) => {
      settings.platforms = ['facebook', 'instagram', 'x'];
    },
  });
  for (const [p, role] of [
    [runnerA, 'account_admin'],
    [runnerB, 'account_admin'],
    [head, 'head'],
    [notARunner, 'account_admin'],
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
  // `notARunner`, added with f.person, runs no account.
  forgetModerationSetup();
}, 120_000);
afterAll(async () => {
  await f?.close();
});

async function audit(entityId: string) {
  const { items } = await auditRepository.list(t.ctx.db, chainFor(f.school.trustId, f.school.id), {
    page: 1,
    pageSize: 500,
  });
  return items.filter((i) => i.entityId === entityId);
}

/** Drafts, describes, approves and publishes a post with two photos tagging the pupil as pictured. */
async function publishWithPhotos(text: string, pupilId: string, platforms: Array<'facebook' | 'instagram' | 'x'>) {
  const created = await f.as(runnerA, 'POST', '/api/posts', {
    text,
    category: 'teaching_and_learning',
    accountIds: platforms.map((p) => f.accounts[p]!),
    tagged: [{ pupilId, pictured: true, named: false }],
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  for (const [colour, alt] of [
    ['#2a6', 'Pupils planting seedlings in raised beds'],
    ['#a62', 'A wheelbarrow full of compost'],
  ] as const) {
    const uploaded = await f.as(runnerA, 'POST', `/api/posts/${id}/images`, {
      fileName: 'garden.jpg',
      base64: (await phonePhoto(colour)).toString('base64'),
      altText: alt,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
  }
  const approved = await f.as(runnerB, 'POST', `/api/posts/${id}/approve`, {});
  expect(approved.json().status, approved.body).toBe('approved');
  await f.as(runnerA, 'POST', `/api/posts/${id}/publish`, {});
  await publishDuePosts(t.ctx, NOW);
  const post = (await f.as(runnerA, 'GET', `/api/posts/${id}`)).json();
  return { id, post };
}

const onSimulator = (text: string) => [...f.sim.state.posts.values()].filter((p) => p.text === text);

describe('a post with pictures', () => {
  it('reaches Facebook, Instagram and X with each picture, its description and no camera data', async () => {
    const pupil = await addPupil('Isla', 'Grant');
    const text = 'Year 3 planted the school garden this week.';
    const { id, post } = await publishWithPhotos(text, pupil.id, ['facebook', 'instagram', 'x']);
    expect(post.status, JSON.stringify(post.targets)).toBe('published');
    const sent = onSimulator(text);
    expect(sent).toHaveLength(3);
    for (const simPost of sent) {
      expect(simPost.images?.map((i) => i.altText)).toEqual([
        'Pupils planting seedlings in raised beds',
        'A wheelbarrow full of compost',
      ]);
      for (const image of simPost.images ?? []) {
        expect((await sharp(image.bytes).metadata()).exif).toBeUndefined();
        expect(image.bytes.includes(Buffer.from('PhoneCam'))).toBe(false);
      }
    }
    // Instagram fetched them from Schoolgate's signed addresses.
    const instagram = sent.find((p) => p.accountId === f.sim.accounts.instagram.id)!;
    for (const image of instagram.images ?? []) {
      expect(image.fetchedFrom).toMatch(
        new RegExp(`^${t.ctx.publicUrl}/api/public/post-images/[0-9a-f-]{36}\\?token=[A-Za-z0-9._%-]+$`),
      );
    }
    const instagramTarget = post.targets.find((x: { platform: string }) => x.platform === 'instagram');
    expect(instagramTarget).toMatchObject({
      status: 'published',
      permalink: expect.stringMatching(/^https:\/\/www\.instagram\.com\/p\//),
    });
    expect((await audit(id)).filter((a) => a.action === 'post.published')).toHaveLength(3);
  });

  it('shows a platform that refuses the pictures as failed, and retries one that was busy', async () => {
    const pupil = await addPupil('Omar', 'Hill');
    const text = 'Harvest festival photos.';
    f.sim.failNext({ api: 'x', operation: 'upload', failure: { type: 'http-status', status: 503 } });
    f.sim.failNext({
      api: 'graph',
      operation: 'upload',
      failure: { type: 'graph-error', code: 9004, subcode: 2207052, message: 'Media download has failed.' },
    });
    const { id, post } = await publishWithPhotos(text, pupil.id, ['instagram', 'x']);
    const byPlatform = (p: string) => post.targets.find((x: { platform: string }) => x.platform === p);
    expect(byPlatform('instagram')).toMatchObject({ status: 'failed', lastError: expect.any(String) });
    expect(byPlatform('x')).toMatchObject({ status: 'pending', attempts: 1 });
    await publishDuePosts(t.ctx, new Date(NOW.getTime() + 61_000));
    const after = (await f.as(runnerA, 'GET', `/api/posts/${id}`)).json();
    expect(after.targets.find((x: { platform: string }) => x.platform === 'x')).toMatchObject({ status: 'published' });
    expect(onSimulator(text)).toHaveLength(1);
  });
});

describe('the signed picture address', () => {
  it('serves a published post’s picture without signing in, and refuses altered, expired, draft and other schools’', async () => {
    const pupil = await addPupil('Ava', 'Lee');
    const { id } = await publishWithPhotos('Our new climbing frame.', pupil.id, ['facebook']);
    const [image] = await t.ctx.db.select().from(schema.postImages).where(eqPost(id));
    const url = signedImageUrl(t.ctx, { schoolId: f.school.id, postId: id, imageId: image!.id }, NOW);
    const path = url.slice(t.ctx.publicUrl.length);
    const served = await t.app.inject({ method: 'GET', url: path });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['cache-control']).toBe('private, no-store');
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();

    const token = new URL(url).searchParams.get('token')!;
    const at = (tok: string, imageId = image!.id) =>
      `/api/public/post-images/${imageId}?token=${encodeURIComponent(tok)}`;
    const flipped = token.slice(0, -3) + (token.at(-3) === 'A' ? 'B' : 'A') + token.slice(-2);
    const refused = async (p: string) => (await t.app.inject({ method: 'GET', url: p })).statusCode;
    expect(await refused(at(flipped))).toBe(404);
    expect(await refused(at('not-a-token'))).toBe(404);
    expect(await refused(`/api/public/post-images/${image!.id}`)).toBe(400);
    expect(await refused(at(token, '00000000-0000-4000-8000-000000000000'))).toBe(404);
    const expired = signedImageToken(
      t.ctx,
      { schoolId: f.school.id, postId: id, imageId: image!.id },
      new Date(NOW.getTime() - 2 * 60 * 60_000),
    );
    expect(await refused(at(expired))).toBe(404);
    const other = await createSchool(t, 'Another School');
    expect(
      await refused(at(signedImageToken(t.ctx, { schoolId: other.id, postId: id, imageId: image!.id }, NOW))),
    ).toBe(404);

    // A draft's picture is never served, even with a good signature.
    const draft = await f.as(runnerA, 'POST', '/api/posts', {
      text: 'Not approved yet.',
      category: 'teaching_and_learning',
      accountIds: [f.accounts.facebook!],
      tagged: [],
    });
    const draftId = draft.json().id as string;
    await f.as(runnerA, 'POST', `/api/posts/${draftId}/images`, {
      fileName: 'a.jpg',
      base64: (await phonePhoto('#fff')).toString('base64'),
      altText: 'White',
    });
    const [draftImage] = await t.ctx.db.select().from(schema.postImages).where(eqPost(draftId));
    const draftToken = signedImageToken(
      t.ctx,
      { schoolId: f.school.id, postId: draftId, imageId: draftImage!.id },
      NOW,
    );
    expect(await refused(at(draftToken, draftImage!.id))).toBe(404);
  });
});

describe('take-downs through the platforms', () => {
  it('removes from Facebook and X through the API, shows a failure to retry, and lists Instagram’s steps', async () => {
    const pupil = await addPupil('Leo', 'Marsh');
    const text = 'Leo’s class at the science fair.';
    const { id } = await publishWithPhotos(text, pupil.id, ['facebook', 'instagram', 'x']);
    const withdrawn = await f.as(head, 'POST', `/api/consent/pupils/${pupil.id}/withdrawals`, {
      uses: ['social_media_photo'],
      source: 'email',
      decidedOn: '2026-11-18',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const tasks = (await f.as(runnerB, 'GET', '/api/posts/takedowns'))
      .json()
      .items.filter((i: { postId: string }) => i.postId === id);
    expect(tasks).toHaveLength(3);
    const task = (p: string) => tasks.find((x: { platform: string }) => x.platform === p);
    expect(task('facebook').removal).toMatchObject({ viaApi: true });
    expect(task('instagram').removal).toMatchObject({ viaApi: false, manualSteps: expect.any(Array) });
    expect(task('instagram').removal.manualSteps.join(' ')).toMatch(/Instagram app/);

    // Only the account's runners.
    const outsider = await f.as(notARunner, 'POST', `/api/posts/takedowns/${task('facebook').id}/remove`);
    expect(outsider.statusCode, outsider.body).toBe(403);

    // Facebook is down: the task stays open with the error, and the next try removes it.
    f.sim.failNext({ api: 'graph', operation: 'delete', failure: { type: 'http-status', status: 503 } });
    const failed = await f.as(runnerB, 'POST', `/api/posts/takedowns/${task('facebook').id}/remove`);
    expect(failed.statusCode, failed.body).toBe(200);
    const stillOpen = failed.json().items.find((i: { id: string }) => i.id === task('facebook').id);
    expect(stillOpen).toMatchObject({ status: 'open', lastError: expect.any(String) });
    const facebookPost = onSimulator(text).find((p) => p.accountId === f.sim.accounts.facebook.id)!;
    expect(facebookPost.deleted).toBeFalsy();
    const removed = await f.as(runnerB, 'POST', `/api/posts/takedowns/${task('facebook').id}/remove`);
    expect(removed.json().items.find((i: { id: string }) => i.id === task('facebook').id)).toMatchObject({
      status: 'done',
      lastError: null,
      steps: [expect.objectContaining({ via: 'api_failed' }), expect.objectContaining({ via: 'api' })],
    });
    expect(facebookPost.deleted).toBe(true);
    const again = await f.as(runnerB, 'POST', `/api/posts/takedowns/${task('facebook').id}/remove`);
    expect(again.statusCode).toBe(409);

    const x = await f.as(runnerA, 'POST', `/api/posts/takedowns/${task('x').id}/remove`);
    expect(x.json().items.find((i: { id: string }) => i.id === task('x').id).status).toBe('done');
    expect(onSimulator(text).find((p) => p.accountId === f.sim.accounts.x.id)?.deleted).toBe(true);

    // Instagram: not through the API; the runner records the steps done.
    const instagram = await f.as(runnerA, 'POST', `/api/posts/takedowns/${task('instagram').id}/remove`);
    expect(instagram.statusCode).toBe(409);
    expect(instagram.json().error.message).toMatch(/Instagram's API cannot delete/);
    const byHand = await f.as(runnerA, 'POST', `/api/posts/takedowns/${task('instagram').id}/done`, {
      note: 'Deleted in the Instagram app.',
    });
    expect(byHand.statusCode).toBe(200);

    const record = (await f.as(runnerA, 'GET', `/api/posts/${id}`)).json();
    expect(record.targets.map((x: { status: string }) => x.status)).toEqual(['taken_down', 'taken_down', 'taken_down']);
    const entries = await audit(task('facebook').id);
    expect(entries.map((a) => a.action)).toEqual(expect.arrayContaining(['post.takedown_failed', 'post.taken_down']));
    expect(entries.find((a) => a.action === 'post.taken_down')).toMatchObject({
      actorUserId: runnerB.userId,
      details: expect.objectContaining({ via: 'api', platform: 'facebook' }),
    });
  });
});

describe('a consent import that withdraws consent', () => {
  it('opens the same take-down tasks as a withdrawal recorded by hand, in the import', async () => {
    const pupil = await addPupil('Maya', 'Stone');
    const { id } = await publishWithPhotos('Maya’s class on the school trip.', pupil.id, ['facebook']);
    const imported = await f.as(head, 'POST', '/api/people/import', {
      kind: 'pupils',
      csv: csvOf([
        ['UPN', 'Forename', 'Surname', 'Year', 'Photo Consent Social Media'],
        [pupil.misId, 'Maya', 'Stone', '3', 'No'],
      ]),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const tasks = (await f.as(runnerA, 'GET', '/api/posts/takedowns'))
      .json()
      .items.filter((i: { postId: string }) => i.postId === id);
    expect(tasks).toEqual([
      expect.objectContaining({ pupilName: 'Maya Stone', because: 'Photo consent withdrawn', status: 'open' }),
    ]);
    const notices = await t.ctx.db.select().from(schema.notifications);
    expect(notices.some((n) => n.kind === 'post-takedown')).toBe(true);
  });
});

function eqPost(postId: string) {
  return eq(schema.postImages.postId, postId);
}
