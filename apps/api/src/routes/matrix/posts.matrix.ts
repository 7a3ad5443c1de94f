// Permission matrix rows for posts (issue 11). The role opens the door; the use case then asks that the person runs
// the account, signed the policy and is trained. Nobody in the matrix school runs an account, so runners'
// roles (account administrator, staff) are refused drafting (403), while the head, senior leaders and the trust
// team may draft as senior staff; nobody there has signed, so nobody may approve (403).
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { postsRepository, socialAccountsRepository } from '@schoolgate/db';
import { createPerson, type TestApp } from '../../testing/test-app.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';

const POSTERS = { trust_admin: 200, head: 200, slt: 200, account_admin: 200, staff: 200, other: 403 };
const SENIOR = { trust_admin: 200, head: 200, slt: 200, other: 403 };

async function anAccount(t: TestApp, s: MatrixSchool) {
  const existing = (await socialAccountsRepository.listForSchool(t.ctx.db, s.id))[0];
  if (existing) return existing.id;
  const account = await socialAccountsRepository.create(t.ctx.db, {
    schoolId: s.id,
    platform: 'facebook',
    externalId: `matrix-${randomUUID()}`,
    handle: 'matrixschool',
    displayName: 'Matrix School',
  });
  return account.id;
}

async function aPost(t: TestApp, s: MatrixSchool) {
  const author = await createPerson(t, s, 'staff');
  const now = new Date();
  const post = await postsRepository.create(t.ctx.db, {
    schoolId: s.id,
    authorUserId: author.userId,
    text: 'Sports day is on Friday.',
    category: 'event',
    createdAt: now,
    updatedAt: now,
  });
  await postsRepository.setTargets(t.ctx.db, s.id, post.id, [await anAccount(t, s)]);
  return post.id;
}

const body = async (t: TestApp, s: MatrixSchool) => ({
  text: 'Sports day is on Friday.',
  category: 'event',
  accountIds: [await anAccount(t, s)],
  tagged: [],
});

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/posts', anonymous: 401, signedIn: POSTERS },
  {
    method: 'POST',
    url: '/api/posts',
    request: async (t, s) => ({ payload: await body(t, s) }),
    anonymous: 401,
    signedIn: { trust_admin: 201, head: 201, slt: 201, other: 403 },
  },
  { method: 'GET', url: '/api/posts/pupils', anonymous: 401, signedIn: POSTERS },
  { method: 'GET', url: '/api/posts/pause', anonymous: 401, signedIn: POSTERS },
  {
    method: 'PUT',
    url: '/api/posts/pause',
    request: async () => ({ payload: { paused: false } }),
    anonymous: 401,
    signedIn: { trust_admin: 200, head: 200, other: 403 },
  },
  { method: 'GET', url: '/api/posts/takedowns', anonymous: 401, signedIn: POSTERS },
  {
    method: 'POST',
    url: '/api/posts/takedowns/:id/done',
    request: async () => ({ url: `/api/posts/takedowns/${randomUUID()}/done`, payload: { note: 'Deleted by hand.' } }),
    anonymous: 401,
    signedIn: { ...POSTERS, trust_admin: 404, head: 404, slt: 404, account_admin: 404, staff: 404 },
  },
  { method: 'GET', url: '/api/posts/archive.json', anonymous: 401, signedIn: SENIOR },
  {
    method: 'GET',
    url: '/api/posts/:id',
    request: async (t, s) => ({ url: `/api/posts/${await aPost(t, s)}` }),
    anonymous: 401,
    signedIn: POSTERS,
  },
  {
    method: 'PUT',
    url: '/api/posts/:id',
    request: async (t, s) => ({ url: `/api/posts/${await aPost(t, s)}`, payload: await body(t, s) }),
    anonymous: 401,
    signedIn: SENIOR,
  },
  {
    method: 'POST',
    url: '/api/posts/:id/images',
    request: async (t, s) => ({
      url: `/api/posts/${await aPost(t, s)}/images`,
      payload: {
        fileName: 'a.png',
        base64: (
          await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
            .png()
            .toBuffer()
        ).toString('base64'),
        altText: 'A white square',
      },
    }),
    anonymous: 401,
    signedIn: SENIOR,
  },
  {
    method: 'PUT',
    url: '/api/posts/:id/images/:imageId',
    request: async (t, s) => ({
      url: `/api/posts/${await aPost(t, s)}/images/${randomUUID()}`,
      payload: { altText: 'A class photo' },
    }),
    anonymous: 401,
    signedIn: { trust_admin: 404, head: 404, slt: 404, other: 403 },
  },
  {
    method: 'DELETE',
    url: '/api/posts/:id/images/:imageId',
    request: async (t, s) => ({ url: `/api/posts/${await aPost(t, s)}/images/${randomUUID()}` }),
    anonymous: 401,
    signedIn: { trust_admin: 404, head: 404, slt: 404, other: 403 },
  },
  {
    method: 'GET',
    url: '/api/posts/:id/images/:imageId/thumbnail',
    request: async (t, s) => ({ url: `/api/posts/${await aPost(t, s)}/images/${randomUUID()}/thumbnail` }),
    anonymous: 401,
    signedIn: { ...POSTERS, trust_admin: 404, head: 404, slt: 404, account_admin: 404, staff: 404 },
  },
  {
    method: 'POST',
    url: '/api/posts/:id/approve',
    request: async (t, s) => ({ url: `/api/posts/${await aPost(t, s)}/approve`, payload: {} }),
    anonymous: 401,
    // Nobody in the matrix school has signed the policy or been trained.
    signedIn: 403,
  },
  {
    method: 'POST',
    url: '/api/posts/:id/publish',
    request: async (t, s) => ({ url: `/api/posts/${await aPost(t, s)}/publish`, payload: {} }),
    anonymous: 401,
    // A draft is not approved yet.
    signedIn: { ...POSTERS, trust_admin: 409, head: 409, slt: 409, account_admin: 409, staff: 409 },
  },
];
