// Tenancy for posts and data protection: the head of another school (in another trust) who asks for school A's post,
// its images, its approval or publication, A's legal holds, or a subject access or erasure of A's commenter, by id,
// gets "not found", never the record, and nothing in school A changes. The other areas are in tenancy-areas.int.test.ts.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentsRepository, dataProtectionRepository, postsRepository, schema } from '@schoolgate/db';
import { aComment } from '../testing/concern-fixtures.ts';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let headA: Person;
let outsider: Person;
// `ownAccount` is the outsider's school's own account, so editing the post fails on the post, not on the account.
const ids = { post: '', image: '', hold: '', comment: '', author: '', ownAccount: '' };

beforeAll(async () => {
  t = await createTestApp();
  const schoolA = await createSchool(t, 'Alder School');
  const schoolB = await createSchool(t, 'Birch School');
  headA = await createPerson(t, schoolA, 'head');
  outsider = await createPerson(t, schoolB, 'head');

  ({ commentId: ids.comment, authorId: ids.author } = await aComment(t, schoolA, 'A question about the trip'));
  await aComment(t, schoolB);
  const ownAccount = await t.ctx.db.query.socialAccounts.findFirst({
    where: (accounts, { eq }) => eq(accounts.schoolId, schoolB.id),
  });
  ids.ownAccount = ownAccount!.id;
  const account = await t.ctx.db.query.socialAccounts.findFirst({
    where: (accounts, { eq }) => eq(accounts.schoolId, schoolA.id),
  });
  const now = new Date();
  const post = await postsRepository.create(t.ctx.db, {
    schoolId: schoolA.id,
    authorUserId: headA.userId,
    text: 'Our choir sings at the town hall on Friday.',
    category: 'event',
    createdAt: now,
    updatedAt: now,
  });
  await postsRepository.setTargets(t.ctx.db, schoolA.id, post.id, [account!.id]);
  ids.post = post.id;
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  const upload = await t.app.inject({
    method: 'POST',
    url: `/api/posts/${ids.post}/images`,
    headers: headA.headers,
    payload: { fileName: 'choir.png', base64: png.toString('base64'), altText: 'The choir on stage' },
  });
  expect(upload.statusCode).toBe(200);
  ids.image = (await postsRepository.images(t.ctx.db, [ids.post]))[0]!.id;

  ids.hold = (
    await dataProtectionRepository.placeHold(
      t.ctx.db,
      {
        schoolId: schoolA.id,
        subjectKind: 'comment',
        subjectId: ids.comment,
        reason: 'A claim',
        placedBy: headA.userId,
      },
      now,
    )
  ).id;
});
afterAll(async () => t?.close());

type Case = [string, 'GET' | 'POST' | 'PUT' | 'DELETE', string, object?];
const cases = (): Case[] => [
  ['a post', 'GET', `/api/posts/${ids.post}`],
  [
    'editing a post',
    'PUT',
    `/api/posts/${ids.post}`,
    { text: 'Changed by another school', category: 'event', accountIds: [ids.ownAccount], tagged: [] },
  ],
  [
    'adding an image to a post',
    'POST',
    `/api/posts/${ids.post}/images`,
    { fileName: 'x.png', base64: 'AAAA', altText: 'x' },
  ],
  ['changing an image’s alt text', 'PUT', `/api/posts/${ids.post}/images/${ids.image}`, { altText: 'Changed' }],
  ['removing an image', 'DELETE', `/api/posts/${ids.post}/images/${ids.image}`],
  ['an image’s thumbnail', 'GET', `/api/posts/${ids.post}/images/${ids.image}/thumbnail`],
  ['approving a post', 'POST', `/api/posts/${ids.post}/approve`, {}],
  ['publishing a post', 'POST', `/api/posts/${ids.post}/publish`, {}],
  ['lifting a legal hold', 'POST', `/api/data-protection/holds/${ids.hold}/lift`],
  [
    'placing a hold on a comment',
    'POST',
    '/api/data-protection/holds',
    { subjectKind: 'comment', subjectId: ids.comment, reason: 'Fishing' },
  ],
  [
    'a subject access export of a commenter',
    'POST',
    '/api/data-protection/subject-access',
    { kind: 'author', id: ids.author },
  ],
  ['erasing a commenter', 'POST', '/api/data-protection/erasure', { kind: 'author', id: ids.author }],
];

describe("another school's posts and data protection records, by id", () => {
  it('are all "not found" to the head of another school', async () => {
    const answers: Record<string, number> = {};
    for (const [what, method, url, payload] of cases()) {
      const res = await t.app.inject({ method, url, headers: outsider.headers, ...(payload ? { payload } : {}) });
      answers[what] = res.statusCode;
    }
    expect(answers).toEqual(Object.fromEntries(cases().map(([what]) => [what, 404])));
  });

  it('does not find them by searching either', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/data-protection/subjects?kind=author&q=Parent',
      headers: outsider.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(JSON.stringify(res.json())).not.toContain(ids.author);
    const posts = await t.app.inject({ method: 'GET', url: '/api/posts', headers: outsider.headers });
    expect(posts.statusCode).toBe(200);
    expect(JSON.stringify(posts.json())).not.toContain(ids.post);
  });

  it('are left as they were', async () => {
    const post = await t.ctx.db.query.posts.findFirst({ where: (p, { eq }) => eq(p.id, ids.post) });
    expect(post?.text).toBe('Our choir sings at the town hall on Friday.');
    expect(post?.status).toBe('draft');
    const images = await postsRepository.images(t.ctx.db, [ids.post]);
    expect(images.map((i) => i.altText)).toEqual(['The choir on stage']);
    const holds = await t.ctx.db.select().from(schema.legalHolds);
    expect(holds.map((h) => h.liftedAt)).toEqual([null]);
    expect((await commentsRepository.findByIdAnySchool(t.ctx.db, ids.comment))?.text).toBe('A question about the trip');
  });
});
