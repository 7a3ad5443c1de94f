// A post's video (issue 11): one short clip instead of photos. The file is kept as sent, less its location and
// camera boxes (post-video-file.ts), in the school's file store (the database, or S3 when FILE_STORE=s3); the
// poster is a frame the browser drew from the chosen video, re-encoded by sharp like any photo (no metadata), with
// a thumbnail. The video needs a description, as a photo needs alt text; the checks say so until it has one. Adding,
// describing or removing it withdraws the post's approvals, as for photos.
import { postsRepository, storedFilesRepository } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import type { PostDetail, PostVideoUpload } from '@schoolgate/contracts';
import type { z } from 'zod';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { fileStoreOf, insertStoredFile, prepareStoredFile, readBytes } from '../../files/file-store.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { cleanImage } from './post-images.ts';
import { cleanVideo } from './post-video-file.ts';
import { backToDraft, changePostMedia, editableBy, getPost, loadPost } from './posts.ts';

const EXTENSION = { 'video/mp4': 'mp4', 'video/quicktime': 'mov' } as const;

export async function addPostVideo(
  ctx: AppContext,
  actor: Actor,
  id: string,
  upload: z.output<typeof PostVideoUpload>,
): Promise<PostDetail> {
  authorise(actor, 'create', 'post');
  const schoolId = schoolOf(actor);
  const post = await loadPost(ctx, schoolId, id);
  await editableBy(ctx, actor, post);
  if ((await postsRepository.videos(ctx.db, [id])).length > 0) {
    throw new AppError('CONFLICT', 'This post already has a video: remove it to add another.', [
      { field: 'base64', message: 'One video per post.' },
    ]);
  }
  if ((await postsRepository.images(ctx.db, [id])).length > 0) {
    throw new AppError(
      'CONFLICT',
      'This post has photos. A post carries photos or one video, not both: remove the photos to add a video.',
      [{ field: 'base64', message: 'Remove the photos first.' }],
    );
  }
  const video = cleanVideo(Buffer.from(upload.base64, 'base64'));
  let poster;
  try {
    poster = await cleanImage(Buffer.from(upload.posterBase64, 'base64'));
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The poster frame is not a picture Schoolgate can read.', [
      { field: 'posterBase64', message: 'Send a JPEG, PNG or WebP frame of the video.' },
    ]);
  }
  const now = ctx.now();
  const base = upload.fileName.replace(/\.[^.]*$/, '') || 'video';
  const store = fileStoreOf(ctx);
  const common = { schoolId, uploadedBy: actor.userId, uploadedAt: now };
  // The bytes are kept before the transaction opens, so a slow object store holds no locks.
  const videoFile = await prepareStoredFile(store, {
    ...common,
    fileName: `${base}.${EXTENSION[video.contentType]}`,
    contentType: video.contentType,
    sizeBytes: video.bytes.length,
    sha256: video.sha256,
    content: video.bytes,
  });
  const posterFile = await prepareStoredFile(store, {
    ...common,
    fileName: `${base}-poster.jpg`,
    contentType: 'image/jpeg',
    sizeBytes: poster.bytes.length,
    sha256: poster.sha256,
    content: poster.bytes,
  });
  const thumbFile = await prepareStoredFile(store, {
    ...common,
    fileName: `${base}-poster-thumbnail.jpg`,
    contentType: 'image/jpeg',
    sizeBytes: poster.thumbnail.length,
    sha256: poster.thumbnailSha256,
    content: poster.thumbnail,
  });
  await ctx.db.transaction(async (tx) => {
    await insertStoredFile(tx, videoFile);
    await insertStoredFile(tx, posterFile);
    await insertStoredFile(tx, thumbFile);
    await postsRepository.addVideo(tx, {
      schoolId,
      postId: id,
      fileId: videoFile.id,
      posterFileId: posterFile.id,
      posterThumbnailFileId: thumbFile.id,
      altText: upload.altText || null,
      contentType: video.contentType,
      sizeBytes: video.bytes.length,
      durationMs: video.durationMs,
      width: video.width,
      height: video.height,
    });
    await backToDraft(tx, schoolId, post, now);
    await recordAudit(
      tx,
      actor,
      {
        action: 'post.video_added',
        entityType: 'post',
        entityId: id,
        details: { sha256: video.sha256, durationMs: video.durationMs, blanked: video.blanked },
      },
      now,
    );
  });
  return getPost(ctx, actor, id);
}

/** Describes the video (altText), or removes it (null). */
export const updatePostVideo = (
  ctx: AppContext,
  actor: Actor,
  id: string,
  videoId: string,
  altText: string | null,
): Promise<PostDetail> =>
  changePostMedia(ctx, actor, id, {
    noun: 'The video',
    action: altText === null ? 'post.video_removed' : 'post.video_described',
    change: (tx) =>
      altText === null
        ? postsRepository.removeVideo(tx, id, videoId)
        : postsRepository.updateVideo(tx, id, videoId, altText),
  });

/** The video's poster or the video itself, for the post page (signed in, the caller's school). */
export async function postVideoFile(
  ctx: AppContext,
  actor: Actor,
  id: string,
  videoId: string,
  which: 'poster' | 'file',
) {
  authorise(actor, 'read', 'post');
  const schoolId = schoolOf(actor);
  await loadPost(ctx, schoolId, id);
  const video = (await postsRepository.videos(ctx.db, [id])).find((v) => v.id === videoId);
  if (!video) throw notFound('The video');
  const file = await storedFilesRepository.findInSchool(
    ctx.db,
    schoolId,
    which === 'poster' ? video.posterFileId : video.fileId,
  );
  if (!file) throw notFound('The video');
  return { contentType: file.contentType, bytes: await readBytes(fileStoreOf(ctx), file) };
}
