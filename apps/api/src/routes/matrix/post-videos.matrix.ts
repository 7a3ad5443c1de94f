// Permission matrix rows for a post's video (issue 11). Adding one is for those who may draft the post (the matrix
// account's runner, and senior staff); describing, removing, and reading its poster or file answer 404 for an id that
// does not exist to those who may, 403 to the rest. The video's public address needs no sign-in by design (Meta
// fetches it): a forged one is refused to everyone.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { postsRepository } from '@schoolgate/db';
import { createPerson, type TestApp } from '../../testing/test-app.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';
import { anAccount } from './posts.matrix.ts';

const clip = readFileSync(new URL('../../../test-fixtures/video/location.mp4', import.meta.url));
const MAY_EDIT_NOT_FOUND = { trust_admin: 404, head: 404, slt: 404, account_admin: 404, other: 403 };
const MAY_READ_NOT_FOUND = { ...MAY_EDIT_NOT_FOUND, staff: 404 };

async function aPost(t: TestApp, s: MatrixSchool) {
  const author = await createPerson(t, s, 'staff');
  const now = new Date();
  const post = await postsRepository.create(t.ctx.db, {
    schoolId: s.id,
    authorUserId: author.userId,
    text: 'Our school play.',
    category: 'event',
    createdAt: now,
    updatedAt: now,
  });
  await postsRepository.setTargets(t.ctx.db, s.id, post.id, [await anAccount(t, s)]);
  return post.id;
}

export const ENDPOINTS: Endpoint[] = [
  {
    method: 'POST',
    url: '/api/posts/:id/video',
    request: async (t, s) => ({
      url: `/api/posts/${await aPost(t, s)}/video`,
      payload: {
        fileName: 'play.mp4',
        base64: clip.toString('base64'),
        posterBase64: (
          await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
            .png()
            .toBuffer()
        ).toString('base64'),
        altText: 'Pupils on stage',
      },
    }),
    anonymous: 401,
    signedIn: { trust_admin: 200, head: 200, slt: 200, account_admin: 200, other: 403 },
  },
  {
    method: 'PUT',
    url: '/api/posts/:id/video/:videoId',
    request: async (t, s) => ({
      url: `/api/posts/${await aPost(t, s)}/video/${randomUUID()}`,
      payload: { altText: 'Pupils on stage' },
    }),
    anonymous: 401,
    signedIn: MAY_EDIT_NOT_FOUND,
  },
  {
    method: 'DELETE',
    url: '/api/posts/:id/video/:videoId',
    request: async (t, s) => ({ url: `/api/posts/${await aPost(t, s)}/video/${randomUUID()}` }),
    anonymous: 401,
    signedIn: MAY_EDIT_NOT_FOUND,
  },
  {
    method: 'GET',
    url: '/api/posts/:id/video/:videoId/poster',
    request: async (t, s) => ({ url: `/api/posts/${await aPost(t, s)}/video/${randomUUID()}/poster` }),
    anonymous: 401,
    signedIn: MAY_READ_NOT_FOUND,
  },
  {
    method: 'GET',
    url: '/api/posts/:id/video/:videoId/file',
    request: async (t, s) => ({ url: `/api/posts/${await aPost(t, s)}/video/${randomUUID()}/file` }),
    anonymous: 401,
    signedIn: MAY_READ_NOT_FOUND,
  },
  {
    method: 'GET',
    url: '/api/public/post-videos/:videoId',
    request: async () => ({ url: `/api/public/post-videos/${randomUUID()}?token=v1.forged.token.here` }),
    anonymous: 404,
    signedIn: { other: 404 },
  },
];
