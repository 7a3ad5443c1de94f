// Post photos in S3-compatible object storage (issue 16, FILE_STORE=s3): a photo added to a post keeps its bytes,
// and its thumbnail's, in the bucket (the row holds the name, type, size, SHA-256 and key), the post page's thumbnail
// and Instagram's signed address serve them back, and publishing sends them to the platforms. With the database
// store (the default) a photo's bytes stay in the row, as before. The S3 server runs inside the test (s3rver).
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRunnersRepository, schema } from '@schoolgate/db';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';
import { startS3TestServer } from '../testing/s3-test-server.ts';
import type { Person, TestApp } from '../testing/test-app.ts';
import { forgetModerationSetup } from '../use-cases/moderation/school-moderation-setup.ts';
import { publishDuePosts } from '../use-cases/posts/publish-posts.ts';

let f: ModerationFixture;
let t: TestApp;
let s3: Awaited<ReturnType<typeof startS3TestServer>>;
let author: Person;
let approver: Person;
let pupilId = '';
const NOW = new Date('2026-11-18T10:00:00Z');
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const photo = (background: string) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background } })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  s3 = await startS3TestServer();
  f = await startModerationFixture({
    schoolName: 'Ashgrove Bucket Primary',
    roles: ['account_admin', 'head'],
    accounts: ['facebook', 'instagram'],
    now: NOW,
  });
  t = f.t;
  t.ctx.publicUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  author = f.people.account_admin!;
  approver = await f.person('account_admin');
  const head = f.people.head!;
  const version = await publishTestVersion(t.ctx.db, f.school, {
    edit: (settings) => {
      settings.platforms = ['facebook', 'instagram'];
    },
  });
  for (const p of [author, approver]) {
    const signed = await f.as(p, 'POST', '/api/acceptance/sign', {
      versionId: version.id,
      typedName: 'Test account_admin',
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
    await accountRunnersRepository.add(t.ctx.db, f.school.id, account!, [approver.staffId]);
  }
  const [pupil] = await t.ctx.db
    .insert(schema.pupils)
    .values({ schoolId: f.school.id, misId: 'PS-1', firstName: 'Maya', lastName: 'Reed', yearGroup: '4' })
    .returning();
  pupilId = pupil!.id;
  await t.ctx.db.insert(schema.consentRecords).values({
    schoolId: f.school.id,
    pupilId,
    use: 'social_media_photo',
    decision: 'granted',
    source: 'consent_form',
    decidedOn: '2026-09-05',
    recordedAt: new Date('2026-09-05T09:00:00Z'),
  });
  forgetModerationSetup();
}, 120_000);
afterAll(async () => {
  t.ctx.files = undefined;
  await f?.close();
  await s3?.close();
});

/** A draft for both accounts with one photo of the pupil; answers the post and the photo's two stored rows. */
async function draftWithPhoto(text: string, colour: string) {
  const created = await f.as(author, 'POST', '/api/posts', {
    text,
    category: 'teaching_and_learning',
    accountIds: [f.accounts.facebook!, f.accounts.instagram!],
    tagged: [{ pupilId, pictured: true, named: false }],
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const uploaded = await f.as(author, 'POST', `/api/posts/${id}/images`, {
    fileName: 'library.jpg',
    base64: (await photo(colour)).toString('base64'),
    altText: 'A pupil reading in the library corner',
  });
  expect(uploaded.statusCode, uploaded.body).toBe(200);
  const image = uploaded.json().images[0] as { id: string };
  const [row] = await t.ctx.db.select().from(schema.postImages).where(eq(schema.postImages.id, image.id));
  const files = await t.ctx.db
    .select()
    .from(schema.storedFiles)
    .where(inArray(schema.storedFiles.id, [row!.fileId, row!.thumbnailFileId]));
  const original = files.find((x) => x.id === row!.fileId)!;
  const thumbnail = files.find((x) => x.id === row!.thumbnailFileId)!;
  return { id, imageId: image.id, original, thumbnail };
}

describe('post photos with FILE_STORE=s3', () => {
  it('keeps the photo and its thumbnail in the bucket, serves them back, and publishes them', async () => {
    t.ctx.files = s3.store;
    const text = 'Year 4 opened the new library corner.';
    const { id, imageId, original, thumbnail } = await draftWithPhoto(text, '#36a');
    for (const row of [original, thumbnail]) {
      expect(row.content.length).toBe(0);
      expect(row.objectKey).toBe(`schools/${f.school.id}/files/${row.id}`);
      expect(sha256((await s3.store.get(row.objectKey!))!)).toBe(row.sha256);
    }
    const originalBytes = (await s3.store.get(original.objectKey!))!;

    // The post page's thumbnail.
    const thumb = await f.as(author, 'GET', `/api/posts/${id}/images/${imageId}/thumbnail`);
    expect(thumb.statusCode, thumb.body).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(sha256(thumb.rawPayload)).toBe(thumbnail.sha256);

    // Approved and published: Facebook gets the bytes, Instagram fetches them from the signed address.
    const approved = await f.as(approver, 'POST', `/api/posts/${id}/approve`, {});
    expect(approved.json().status, approved.body).toBe('approved');
    await f.as(author, 'POST', `/api/posts/${id}/publish`, {});
    await publishDuePosts(t.ctx, NOW);
    const post = (await f.as(author, 'GET', `/api/posts/${id}`)).json();
    expect(post.status, JSON.stringify(post.targets)).toBe('published');
    const sent = [...f.sim.state.posts.values()].filter((p) => p.text === text);
    expect(sent).toHaveLength(2);
    for (const simPost of sent) {
      expect(simPost.images).toHaveLength(1);
      expect(sha256(simPost.images![0]!.bytes)).toBe(sha256(originalBytes));
    }
    const instagram = sent.find((p) => p.accountId === f.sim.accounts.instagram.id)!;
    const address = new URL(instagram.images![0]!.fetchedFrom!);
    const served = await t.app.inject({ method: 'GET', url: `${address.pathname}${address.search}` });
    expect(served.statusCode, served.body).toBe(200);
    expect(sha256(served.rawPayload)).toBe(original.sha256);
  });

  it('keeps a photo in the database row when the store is the database (the default)', async () => {
    t.ctx.files = undefined;
    const { id, imageId, original, thumbnail } = await draftWithPhoto('Poetry week begins on Monday.', '#a36');
    for (const row of [original, thumbnail]) {
      expect(row.objectKey).toBeNull();
      expect(sha256(row.content)).toBe(row.sha256);
    }
    const thumb = await f.as(author, 'GET', `/api/posts/${id}/images/${imageId}/thumbnail`);
    expect(thumb.statusCode).toBe(200);
    expect(sha256(thumb.rawPayload)).toBe(thumbnail.sha256);
  });
});
