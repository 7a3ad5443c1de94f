// The images of a post as the connectors send them (issue 11): the stored bytes (re-encoded on upload, so without
// camera or location data), their description, and a signed address that expires, for Instagram, which fetches
// pictures itself. Read at the moment of sending, so an image described or replaced after approval is not sent
// (editing withdraws approval anyway).
import { postsRepository, storedFilesRepository } from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';
import type { PublishImage, PublishVideo } from '../../connectors/connector.ts';
import { fileStoreOf, readBytes } from '../../files/file-store.ts';
import { signedImageUrl, signedVideoUrl } from './public-image-url.ts';

export async function imagesToSend(
  ctx: AppContext,
  schoolId: string,
  postId: string,
  now: Date,
): Promise<PublishImage[]> {
  const images = await postsRepository.images(ctx.db, [postId]);
  const out: PublishImage[] = [];
  for (const image of images) {
    const file = await storedFilesRepository.findInSchool(ctx.db, schoolId, image.fileId);
    if (!file) continue;
    out.push({
      altText: image.altText ?? '',
      contentType: file.contentType,
      bytes: await readBytes(fileStoreOf(ctx), file),
      publicUrl: signedImageUrl(ctx, { schoolId, postId, imageId: image.id }, now),
    });
  }
  return out;
}

/** The post's video as the connectors send it, or null; with a signed address for Instagram, like the images. */
export async function videoToSend(
  ctx: AppContext,
  schoolId: string,
  postId: string,
  now: Date,
): Promise<PublishVideo | null> {
  const [video] = await postsRepository.videos(ctx.db, [postId]);
  if (!video) return null;
  const file = await storedFilesRepository.findInSchool(ctx.db, schoolId, video.fileId);
  if (!file) return null;
  return {
    description: video.altText ?? '',
    contentType: file.contentType,
    bytes: await readBytes(fileStoreOf(ctx), file),
    durationMs: video.durationMs,
    publicUrl: signedVideoUrl(ctx, { schoolId, postId, videoId: video.id }, now),
  };
}
