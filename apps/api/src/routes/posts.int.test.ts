// Posts with guardrails (issue 11), against the platform simulator: a draft tagging a pupil without photo consent
// cannot be approved, and says why; nobody approves their own post; only runners who signed and are trained act;
// images are stored without their camera data; an approved post goes out at its time with the consent snapshot;
// consent withdrawn after approval stops it; platform failures are retried and shown; the head's pause holds
// everything; consent withdrawn after publication opens a take-down task; the archive exports the record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { accountRunnersRepository, auditRepository, chainFor, postsRepository, schema } from '@schoolgate/db';
import type { Person, TestApp } from '../testing/test-app.ts';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';
import { forgetModerationSetup } from '../use-cases/moderation/school-moderation-setup.ts';
import { publishDuePosts } from '../use-cases/posts/publish-posts.ts';

let f: ModerationFixture;
let t: TestApp;
let runnerA: Person;
let runnerB: Person;
let head: Person;
let unsigned: Person;
let teacher: Person;
let noah: { id: string };
let amelia: { id: string };
let seq = 0;
const NOW = new Date('2026-11-18T10:00:00Z');

async function addPupil(firstName: string, lastName: string, consent: Record<string, 'granted' | 'refused'>) {
  const [pupil] = await t.ctx.db
    .insert(schema.pupils)
    .values({ schoolId: f.school.id, misId: `P-${(seq += 1)}`, firstName, lastName, yearGroup: '3' })
    .returning();
  for (const [use, decision] of Object.entries(consent)) {
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

/** A JPEG carrying camera make and a GPS position, as a phone writes it. */
const photoWithGps = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCam', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .toBuffer();

beforeAll(async () => {
  f = await startModerationFixture({
    schoolName: 'Elmfield Test Primary',
    roles: ['account_admin', 'head'],
    accounts: ['facebook', 'x'],
    now: NOW,
  });
  t = f.t;
  runnerA = f.people.account_admin!;
  head = f.people.head!;
  runnerB = await f.person('account_admin');
  unsigned = await f.person('staff');
  teacher = await f.person('staff');
  const version = await publishTestVersion(t.ctx.db, f.school);
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
  for (const account of [f.accounts.facebook!, f.accounts.x!]) {
    await accountRunnersRepository.add(t.ctx.db, f.school.id, account, [
      runnerA.staffId,
      runnerB.staffId,
      unsigned.staffId,
    ]);
  }
  noah = await addPupil('Noah', 'Price', { social_media_photo: 'refused', social_media_name: 'granted' });
  amelia = await addPupil('Amelia', 'Okafor', { social_media_photo: 'granted', social_media_name: 'granted' });
  forgetModerationSetup();
}, 90_000);
afterAll(async () => {
  await f?.close();
});

const draft = (p: Person, body: object) => f.as(p, 'POST', '/api/posts', body);
const base = (over: object = {}) => ({
  text: 'Year 3 planted the new vegetable garden this morning.',
  category: 'teaching_and_learning',
  accountIds: [f.accounts.facebook!],
  tagged: [],
  ...over,
});
const onSimulator = (text: string) => [...f.sim.state.posts.values()].filter((p) => p.text === text);
async function audit(entityId: string) {
  const { items } = await auditRepository.list(t.ctx.db, chainFor(f.school.trustId, f.school.id), {
    page: 1,
    pageSize: 500,
  });
  return items.filter((i) => i.entityId === entityId);
}

describe('a draft with a photo', () => {
  it('tagging a pupil whose photo consent is refused cannot be approved, and says why', async () => {
    const created = await draft(runnerA, base({ tagged: [{ pupilId: noah.id, pictured: true, named: false }] }));
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const uploaded = await f.as(runnerA, 'POST', `/api/posts/${id}/images`, {
      fileName: 'garden.jpg',
      base64: (await photoWithGps()).toString('base64'),
      altText: 'Children planting seedlings in raised beds',
    });
    expect(uploaded.statusCode).toBe(200);
    const post = uploaded.json();
    expect(post.findings).toEqual([
      expect.objectContaining({ check: 'pupil_consent', overridable: false, pupilId: noah.id }),
    ]);
    expect(post.findings[0].reason).toMatch(/Noah Price is tagged as pictured: .*no consent .*photo/);
    // What is stored has no camera data and no position.
    const [image] = await t.ctx.db.select().from(schema.postImages).where(eq(schema.postImages.postId, id));
    const [file] = await t.ctx.db.select().from(schema.storedFiles).where(eq(schema.storedFiles.id, image!.fileId));
    const meta = await sharp(file!.content).metadata();
    expect(meta.exif).toBeUndefined();
    expect(file!.content.includes(Buffer.from('PhoneCam'))).toBe(false);
    const thumb = await f.as(runnerA, 'GET', `/api/posts/${id}/images/${image!.id}/thumbnail`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');

    const own = await f.as(runnerA, 'POST', `/api/posts/${id}/approve`, {});
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/Nobody approves their own post/);
    const refused = await f.as(runnerB, 'POST', `/api/posts/${id}/approve`, {
      override: { checks: ['pupil_consent'], reason: 'Parent said it is fine' },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('PUBLICATION_BLOCKED');
    expect(refused.json().error.message).toMatch(/Noah Price/);
    expect((await audit(id)).map((a) => a.action)).toContain('post.approval_refused');

    // Untagged, a second runner approves; it goes out at its time with the approver and the consent snapshot.
    const fixed = await f.as(
      runnerA,
      'PUT',
      `/api/posts/${id}`,
      base({ tagged: [{ pupilId: amelia.id, pictured: true, named: false }] }),
    );
    expect(fixed.json().findings).toEqual([]);
    const unsignedTry = await f.as(unsigned, 'POST', `/api/posts/${id}/approve`, {});
    expect(unsignedTry.statusCode).toBe(403);
    expect(unsignedTry.json().error.message).toMatch(/have not signed the policy in force/);
    const approved = await f.as(runnerB, 'POST', `/api/posts/${id}/approve`, {});
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('approved');
    const at = new Date(NOW.getTime() + 60 * 60_000).toISOString();
    const scheduled = await f.as(runnerA, 'POST', `/api/posts/${id}/publish`, { at });
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', scheduledFor: at });
    await publishDuePosts(t.ctx, NOW);
    expect(onSimulator(base().text)).toHaveLength(0);
    await publishDuePosts(t.ctx, new Date(NOW.getTime() + 61 * 60_000));
    expect(onSimulator(base().text)).toHaveLength(1);
    const record = (await f.as(runnerA, 'GET', `/api/posts/${id}`)).json();
    expect(record.status).toBe('published');
    expect(record.approvals).toEqual([expect.objectContaining({ name: 'Test account_admin', role: 'account_admin' })]);
    expect(record.targets[0]).toMatchObject({
      status: 'published',
      externalPostId: onSimulator(base().text)[0]!.id,
      permalink: expect.stringMatching(/^https:\/\/www\.facebook\.com\//),
      consentSnapshot: [
        { pupilId: amelia.id, pupilName: 'Amelia Okafor', doNotPublish: false, photo: 'granted', name: 'granted' },
      ],
    });
    const published = (await audit(id)).find((a) => a.action === 'post.published');
    expect(published?.details).toMatchObject({
      approvedBy: [runnerB.userId],
      consent: [expect.objectContaining({ photo: 'granted' })],
    });

    // Withdrawing Amelia's photo consent lists the post to take down.
    const withdrawn = await f.as(head, 'POST', `/api/consent/pupils/${amelia.id}/withdrawals`, {
      uses: ['social_media_photo'],
      source: 'email',
      decidedOn: '2026-11-18',
    });
    expect(withdrawn.statusCode).toBe(200);
    const tasks = (await f.as(runnerB, 'GET', '/api/posts/takedowns')).json().items;
    expect(tasks).toEqual([
      expect.objectContaining({
        postId: id,
        pupilName: 'Amelia Okafor',
        because: 'Photo consent withdrawn',
        status: 'open',
      }),
    ]);
    const done = await f.as(runnerB, 'POST', `/api/posts/takedowns/${tasks[0].id}/done`, {
      note: 'Deleted from the Page by hand.',
    });
    expect(done.json().items[0]).toMatchObject({
      status: 'done',
      steps: [expect.objectContaining({ via: 'by_hand' })],
    });

    // The archive holds what was published, where, by whom and with what consent.
    const archive = await f.as(head, 'GET', '/api/posts/archive.json?search=vegetable');
    expect(archive.statusCode).toBe(200);
    expect(archive.json().posts).toEqual([
      expect.objectContaining({
        id,
        published: [expect.objectContaining({ platform: 'facebook', consentAtPublication: expect.any(Array) })],
      }),
    ]);
    expect((await f.as(runnerA, 'GET', '/api/posts/archive.json')).statusCode).toBe(403);
  });

  it('lists every open take-down task but only the latest done ones (issue 16; a limit of 0 stands in for 200)', async () => {
    const all = await postsRepository.takedowns(t.ctx.db, f.school.id);
    expect(all.map((r) => r.takedown.status)).toContain('done');
    expect(await postsRepository.takedowns(t.ctx.db, f.school.id, 0)).toEqual(
      all.filter((r) => r.takedown.status === 'open'),
    );
  });

  it('exports every published post, oldest first, however many newer drafts there are (issue 16)', async () => {
    // Before, the archive was the newest 500 posts of any status, filtered afterwards: drafts crowded out the record.
    const at = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000);
    const row = (i: number, status: string) => ({
      schoolId: f.school.id,
      authorUserId: runnerA.userId,
      text: `Archivebatch notice ${i}`,
      category: 'news',
      status,
      createdAt: at(i),
      updatedAt: at(i),
    });
    await t.ctx.db
      .insert(schema.posts)
      .values([
        ...Array.from({ length: 450 }, (_, i) => row(i, 'published')),
        ...Array.from({ length: 520 }, (_, i) => row(1000 + i, 'draft')),
      ]);
    const res = await f.as(head, 'GET', '/api/posts/archive.json?search=archivebatch');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const archive = res.json();
    expect(archive).toMatchObject({ search: 'archivebatch', school: expect.any(String) });
    // Three batches of 200, joined into one document in order.
    expect(archive.posts.map((p: { text: string }) => p.text)).toEqual(
      Array.from({ length: 450 }, (_, i) => `Archivebatch notice ${i}`),
    );
    expect(archive.posts[0]).toMatchObject({ draftedBy: expect.any(String), approvedBy: [], published: [] });
    const [entry] = await auditRepository
      .list(t.ctx.db, chainFor(f.school.trustId, f.school.id), {
        page: 1,
        pageSize: 1,
        action: 'post.archive_exported',
      })
      .then((r) => r.items);
    expect(entry?.details).toEqual({ posts: 450, search: 'archivebatch' });
  }, 60_000);
});

describe('publishing', () => {
  async function approvedPost(text: string, over: object = {}) {
    const id = (await draft(runnerA, base({ text, ...over }))).json().id;
    expect((await f.as(runnerB, 'POST', `/api/posts/${id}/approve`, {})).json().status).toBe('approved');
    return id;
  }

  it('checks consent again when sending: consent withdrawn after approval stops the post', async () => {
    const pupil = await addPupil('Ruby', 'Shah', { social_media_photo: 'granted', social_media_name: 'granted' });
    const text = 'Ruby and friends at the library.';
    const id = await approvedPost(text, { tagged: [{ pupilId: pupil.id, pictured: true, named: true }] });
    await f.as(head, 'POST', `/api/consent/pupils/${pupil.id}/withdrawals`, {
      uses: ['social_media_photo'],
      source: 'phone',
      decidedOn: '2026-11-18',
    });
    await f.as(runnerA, 'POST', `/api/posts/${id}/publish`, {});
    await publishDuePosts(t.ctx, NOW);
    expect(onSimulator(text)).toHaveLength(0);
    const post = (await f.as(runnerA, 'GET', `/api/posts/${id}`)).json();
    expect(post.status).toBe('failed');
    expect(post.targets[0].lastError).toMatch(/Stopped before sending: Ruby Shah/);
  });

  it('retries a platform failure with back-off and shows it; X gets the post too', async () => {
    const text = 'Our Christmas concert tickets go on sale on Monday.';
    const id = await approvedPost(text, { category: 'event', accountIds: [f.accounts.facebook!, f.accounts.x!] });
    f.sim.failNext({ api: 'graph', operation: 'publish', failure: { type: 'http-status', status: 503 } });
    await f.as(runnerA, 'POST', `/api/posts/${id}/publish`, {});
    await publishDuePosts(t.ctx, NOW);
    let post = (await f.as(runnerA, 'GET', `/api/posts/${id}`)).json();
    expect(post.status, JSON.stringify(post.targets)).toBe('scheduled');
    const facebook = post.targets.find((x: { platform: string }) => x.platform === 'facebook');
    expect(facebook).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.any(String) });
    expect(post.targets.find((x: { platform: string }) => x.platform === 'x')).toMatchObject({ status: 'published' });
    await publishDuePosts(t.ctx, new Date(NOW.getTime() + 30_000));
    expect(onSimulator(text)).toHaveLength(1);
    await publishDuePosts(t.ctx, new Date(NOW.getTime() + 61_000));
    expect(onSimulator(text)).toHaveLength(2);
    post = (await f.as(runnerA, 'GET', `/api/posts/${id}`)).json();
    expect(post.status).toBe('published');
  });

  it('holds everything while the head has paused publishing', async () => {
    const text = 'Reminder: PE kit on Thursdays.';
    const id = await approvedPost(text, { category: 'reminder' });
    expect((await f.as(runnerA, 'PUT', '/api/posts/pause', { paused: true, reason: 'x' })).statusCode).toBe(403);
    const paused = await f.as(head, 'PUT', '/api/posts/pause', {
      paused: true,
      reason: 'A sad event in the community',
    });
    expect(paused.json()).toMatchObject({ paused: true });
    await f.as(runnerA, 'POST', `/api/posts/${id}/publish`, {});
    await publishDuePosts(t.ctx, NOW);
    expect(onSimulator(text)).toHaveLength(0);
    await f.as(head, 'PUT', '/api/posts/pause', { paused: false });
    await publishDuePosts(t.ctx, NOW);
    expect(onSimulator(text)).toHaveLength(1);
  });

  it('lets only runners draft, and a controversial post waits for a senior leader', async () => {
    expect((await draft(teacher, base())).statusCode).toBe(403);
    const id = (await draft(runnerA, base({ text: 'Our view on the new road scheme.', controversial: true }))).json()
      .id;
    const first = await f.as(runnerB, 'POST', `/api/posts/${id}/approve`, {});
    expect(first.json()).toMatchObject({
      status: 'draft',
      approvals: [expect.objectContaining({ role: 'account_admin' })],
    });
    const byHead = await f.as(head, 'POST', `/api/posts/${id}/approve`, {});
    expect(byHead.json().status).toBe('approved');
  });
});
