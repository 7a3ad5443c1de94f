// Signed, expiring addresses for a post's images (issue 11). Instagram's API takes a picture only by URL and fetches
// it itself, so at the moment of publishing each image of the post gets an address on Schoolgate that works without
// signing in: `PUBLIC_URL/api/public/post-images/<image id>?token=<token>`. The token is sealed with the deployment's credentials key
// (AES-256-GCM, so it can be neither read nor altered: a changed character fails to open), names the school, the
// post and the image, and expires an hour after it was made. It serves the stored image, which was re-encoded on
// upload with no camera or location data, and only while the post is scheduled, being published or published: a
// draft's images, another school's, or a post taken back are never served. Each refusal is the same 404.
//
// A post's video is served the same way for Instagram Reels (`video_url`), at
// `PUBLIC_URL/api/public/post-videos/<video id>?token=<token>`, with a token of its own kind (an image's token does not
// open a video, nor the other way round): the stored file, its location and camera boxes blanked on upload.
import { postsRepository, storedFilesRepository } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { AppContext } from '../../app-context.ts';
import { fileStoreOf, readBytes } from '../../files/file-store.ts';

export const PUBLIC_IMAGE_PATH = '/api/public/post-images';
export const PUBLIC_VIDEO_PATH = '/api/public/post-videos';
export const PUBLIC_IMAGE_TTL_MS = 60 * 60_000;
const KIND = 'post-image/v1';
const VIDEO_KIND = 'post-video/v1';
const SERVABLE = new Set(['scheduled', 'publishing', 'published']);

interface ImageToken {
  k: typeof KIND | typeof VIDEO_KIND;
  /** school, post, image */
  s: string;
  p: string;
  i: string;
  /** expires, ms since the epoch */
  e: number;
}

export function signedImageToken(
  ctx: Pick<AppContext, 'credentialsBox'>,
  image: { schoolId: string; postId: string; imageId: string },
  now: Date,
  ttlMs = PUBLIC_IMAGE_TTL_MS,
  kind: ImageToken['k'] = KIND,
): string {
  const token: ImageToken = { k: kind, s: image.schoolId, p: image.postId, i: image.imageId, e: now.getTime() + ttlMs };
  return ctx.credentialsBox.seal(JSON.stringify(token));
}

export function signedImageUrl(
  ctx: Pick<AppContext, 'credentialsBox' | 'publicUrl'>,
  image: { schoolId: string; postId: string; imageId: string },
  now: Date,
): string {
  const token = encodeURIComponent(signedImageToken(ctx, image, now));
  return `${ctx.publicUrl.replace(/\/+$/, '')}${PUBLIC_IMAGE_PATH}/${image.imageId}?token=${token}`;
}

/** The signed address of a post's video, for Instagram Reels' `video_url` (the same rules as an image's). */
export function signedVideoUrl(
  ctx: Pick<AppContext, 'credentialsBox' | 'publicUrl'>,
  video: { schoolId: string; postId: string; videoId: string },
  now: Date,
): string {
  const sealed = signedImageToken(
    ctx,
    { schoolId: video.schoolId, postId: video.postId, imageId: video.videoId },
    now,
    PUBLIC_IMAGE_TTL_MS,
    VIDEO_KIND,
  );
  return `${ctx.publicUrl.replace(/\/+$/, '')}${PUBLIC_VIDEO_PATH}/${video.videoId}?token=${encodeURIComponent(sealed)}`;
}

function openToken(
  ctx: Pick<AppContext, 'credentialsBox'>,
  token: string,
  kind: ImageToken['k'] = KIND,
): ImageToken | null {
  try {
    const parsed = JSON.parse(ctx.credentialsBox.open(token)) as Partial<ImageToken>;
    if (parsed.k !== kind || typeof parsed.s !== 'string' || typeof parsed.p !== 'string') return null;
    if (typeof parsed.i !== 'string' || typeof parsed.e !== 'number') return null;
    return parsed as ImageToken;
  } catch {
    return null;
  }
}

/** The image behind a signed address, or NOT_FOUND for anything else (unreadable, altered, expired, not servable). */
export async function publicPostImage(ctx: AppContext, imageId: string, token: string) {
  const gone = () => notFound('The picture');
  const opened = openToken(ctx, token);
  if (!opened || opened.i !== imageId || opened.e <= ctx.now().getTime()) throw gone();
  const post = await postsRepository.find(ctx.db, opened.s, opened.p);
  if (!post || !SERVABLE.has(post.status)) throw gone();
  const image = (await postsRepository.images(ctx.db, [post.id])).find((i) => i.id === opened.i);
  if (!image) throw gone();
  const file = await storedFilesRepository.findInSchool(ctx.db, opened.s, image.fileId);
  if (!file) throw gone();
  return { contentType: file.contentType, bytes: await readBytes(fileStoreOf(ctx), file), expiresAt: opened.e };
}

/** The video behind a signed address, or NOT_FOUND for anything else (as for images). */
export async function publicPostVideo(ctx: AppContext, videoId: string, token: string) {
  const gone = () => notFound('The video');
  const opened = openToken(ctx, token, VIDEO_KIND);
  if (!opened || opened.i !== videoId || opened.e <= ctx.now().getTime()) throw gone();
  const post = await postsRepository.find(ctx.db, opened.s, opened.p);
  if (!post || !SERVABLE.has(post.status)) throw gone();
  const video = (await postsRepository.videos(ctx.db, [post.id])).find((v) => v.id === opened.i);
  if (!video) throw gone();
  const file = await storedFilesRepository.findInSchool(ctx.db, opened.s, video.fileId);
  if (!file) throw gone();
  return { contentType: file.contentType, bytes: await readBytes(fileStoreOf(ctx), file), expiresAt: opened.e };
}
