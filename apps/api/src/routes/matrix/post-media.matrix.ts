// Permission matrix rows for posts' pictures on the platforms and take-downs through their APIs (issue 11). The
// picture address needs no sign-in by design (Meta fetches it): a good signed address answers everyone, a forged
// one nobody. Removing a post through the API is for those who may publish; a task of another school, or none, is
// not found (the account's-runner rule is in post-media.int.test.ts).
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { postsRepository, storedFilesRepository } from '@schoolgate/db';
import { createPerson, type TestApp } from '../../testing/test-app.ts';
import { signedImageUrl } from '../../use-cases/posts/public-image-url.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';

const PUBLISHERS_NOT_FOUND = {
  trust_admin: 404,
  head: 404,
  slt: 404,
  account_admin: 404,
  staff: 404,
  other: 403,
};

/** A published post's picture in the matrix school, and its signed address (a path on the test app). */
async function aSignedPicture(t: TestApp, s: MatrixSchool) {
  const author = await createPerson(t, s, 'staff');
  const now = new Date();
  const post = await postsRepository.create(t.ctx.db, {
    schoolId: s.id,
    authorUserId: author.userId,
    text: 'Sports day is on Friday.',
    category: 'event',
    status: 'published',
    createdAt: now,
    updatedAt: now,
  });
  const bytes = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
    .jpeg()
    .toBuffer();
  const file = (sha256: string) =>
    storedFilesRepository.insert(t.ctx.db, {
      schoolId: s.id,
      fileName: 'a.jpg',
      contentType: 'image/jpeg',
      sizeBytes: bytes.length,
      sha256,
      content: bytes,
      uploadedBy: author.userId,
      uploadedAt: now,
    });
  const image = await postsRepository.addImage(t.ctx.db, {
    schoolId: s.id,
    postId: post.id,
    fileId: (await file('a')).id,
    thumbnailFileId: (await file('b')).id,
    altText: 'A white square',
    position: 0,
    width: 4,
    height: 4,
  });
  const url = new URL(signedImageUrl(t.ctx, { schoolId: s.id, postId: post.id, imageId: image.id }, t.ctx.now()));
  return `${url.pathname}${url.search}`;
}

export const ENDPOINTS: Endpoint[] = [
  {
    method: 'GET',
    url: '/api/public/post-images/:imageId',
    request: async (t, s) => ({ url: await aSignedPicture(t, s) }),
    anonymous: 200,
    signedIn: { other: 200 },
  },
  {
    method: 'GET',
    url: '/api/public/post-images/:imageId',
    request: async () => ({ url: `/api/public/post-images/${randomUUID()}?token=v1.forged.token.here` }),
    anonymous: 404,
    signedIn: { other: 404 },
  },
  {
    method: 'POST',
    url: '/api/posts/takedowns/:id/remove',
    request: async () => ({ url: `/api/posts/takedowns/${randomUUID()}/remove` }),
    anonymous: 401,
    signedIn: PUBLISHERS_NOT_FOUND,
  },
];
