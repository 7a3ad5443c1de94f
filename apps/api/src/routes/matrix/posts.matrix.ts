// Permission matrix rows for posts (issue 11). The role opens the door; the use case then asks that the person runs
// the account, signed the policy and is trained. In the matrix school only the account administrator runs the
// account (as in the other matrix files), so of the runners' roles they may draft and staff are refused (403), while
// the head, senior leaders and the trust team may draft as senior staff. Nobody there has signed, so nobody may
// approve (403); the approval row uses an account nobody runs, so its answer does not depend on which other matrix
// rows (signing the policy, recording training) ran first.
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { accountRunnersRepository, postsRepository, socialAccountsRepository, staffRepository } from '@schoolgate/db';
import { createPerson, type TestApp } from '../../testing/test-app.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';

const POSTERS = { trust_admin: 200, head: 200, slt: 200, account_admin: 200, staff: 200, other: 403 };
const SENIOR = { trust_admin: 200, head: 200, slt: 200, other: 403 };

export async function anAccount(t: TestApp, s: MatrixSchool) {
  // The matrix account, run by the matrix school's account administrator, whichever matrix file makes it first.
  const externalId = `matrix-page-${s.id}`;
  const account =
    (await socialAccountsRepository.findByExternal(t.ctx.db, 'facebook', externalId)) ??
    (await socialAccountsRepository.create(t.ctx.db, {
      schoolId: s.id,
      platform: 'facebook',
      externalId,
      handle: 'matrix',
      displayName: 'Matrix School',
    }));
  const runners = (await staffRepository.listForImport(t.ctx.db, s.id)).filter((p) => p.role === 'account_admin');
  await accountRunnersRepository.add(
    t.ctx.db,
    s.id,
    account.id,
    runners.map((p) => p.id),
  );
  return account.id;
}

/** An account nobody in the matrix school runs: approving its posts is refused whoever has signed by then. */
async function anUnrunAccount(t: TestApp, s: MatrixSchool) {
  const externalId = `matrix-unrun-${s.id}`;
  const account =
    (await socialAccountsRepository.findByExternal(t.ctx.db, 'facebook', externalId)) ??
    (await socialAccountsRepository.create(t.ctx.db, {
      schoolId: s.id,
      platform: 'facebook',
      externalId,
      handle: 'matrixother',
      displayName: 'Matrix School (another account)',
    }));
  return account.id;
}

async function aPost(t: TestApp, s: MatrixSchool, accountId?: string) {
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
  await postsRepository.setTargets(t.ctx.db, s.id, post.id, [accountId ?? (await anAccount(t, s))]);
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
  // A later page of a filtered list answers the same people (issue 16 follow-up).
  { method: 'GET', url: '/api/posts?status=draft&search=fair&page=2&pageSize=5', anonymous: 401, signedIn: POSTERS },
  {
    method: 'POST',
    url: '/api/posts',
    request: async (t, s) => ({ payload: await body(t, s) }),
    anonymous: 401,
    signedIn: { trust_admin: 201, head: 201, slt: 201, account_admin: 201, other: 403 },
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
    signedIn: { ...SENIOR, account_admin: 200 },
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
    signedIn: { ...SENIOR, account_admin: 200 },
  },
  {
    method: 'PUT',
    url: '/api/posts/:id/images/:imageId',
    request: async (t, s) => ({
      url: `/api/posts/${await aPost(t, s)}/images/${randomUUID()}`,
      payload: { altText: 'A class photo' },
    }),
    anonymous: 401,
    signedIn: { trust_admin: 404, head: 404, slt: 404, account_admin: 404, other: 403 },
  },
  {
    method: 'DELETE',
    url: '/api/posts/:id/images/:imageId',
    request: async (t, s) => ({ url: `/api/posts/${await aPost(t, s)}/images/${randomUUID()}` }),
    anonymous: 401,
    signedIn: { trust_admin: 404, head: 404, slt: 404, account_admin: 404, other: 403 },
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
    request: async (t, s) => ({
      url: `/api/posts/${await aPost(t, s, await anUnrunAccount(t, s))}/approve`,
      payload: {},
    }),
    anonymous: 401,
    // A post on an account nobody in the matrix school runs (and they may not have signed or been trained either).
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
