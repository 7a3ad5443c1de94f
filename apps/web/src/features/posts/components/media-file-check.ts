// What the draft's picker takes and refuses before anything is uploaded (issue 11), with the reason: photos (JPEG,
// PNG, WebP), or one short video (MP4 or QuickTime, 50 MB, 3 to 140 seconds: what Facebook, Instagram and X all
// take), never both on one post. The server checks the same again; this saves a long upload that would be refused.
import {
  POST_IMAGES_MAX,
  POST_IMAGE_MAX_BYTES,
  POST_VIDEO_MAX_BYTES,
  POST_VIDEO_MAX_SECONDS,
  POST_VIDEO_MIN_SECONDS,
} from '@schoolgate/contracts';

export type MediaChoice = { kind: 'photo' } | { kind: 'video' } | { kind: 'refused'; reason: string };

const VIDEO_NAME = /\.(mp4|m4v|mov|webm|avi|mkv|wmv|3gp|mpe?g)$/i;
const ACCEPTED_VIDEO = /^video\/(mp4|quicktime)$/;
const ACCEPTED_VIDEO_NAME = /\.(mp4|mov)$/i;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** What the post already holds decides what may be added. */
export function mediaFileChoice(
  file: { type: string; name: string; size: number } | null,
  post: { imageCount: number; hasVideo: boolean },
): MediaChoice | null {
  if (!file) return null;
  const isVideo = file.type.startsWith('video/') || VIDEO_NAME.test(file.name);
  if (isVideo) {
    if (!ACCEPTED_VIDEO.test(file.type) && !(file.type === '' && ACCEPTED_VIDEO_NAME.test(file.name))) {
      return {
        kind: 'refused',
        reason:
          'Only MP4 and QuickTime (.mov) videos can be posted: they are what Facebook, Instagram and X all take. Save or export the clip as MP4 on the phone, then add it.',
      };
    }
    if (post.hasVideo) return { kind: 'refused', reason: 'This post already has its video: remove it to add another.' };
    if (post.imageCount > 0) {
      return {
        kind: 'refused',
        reason: 'This post has photos. A post carries photos or one video, not both: remove the photos first.',
      };
    }
    if (file.size > POST_VIDEO_MAX_BYTES) {
      return {
        kind: 'refused',
        reason: `The video is ${megabytes(file.size)}; videos of ${megabytes(POST_VIDEO_MAX_BYTES)} at most can be posted. Shorten it, or save it at a lower quality.`,
      };
    }
    return { kind: 'video' };
  }
  if (!/^image\/(jpeg|png|webp)$/.test(file.type)) {
    return { kind: 'refused', reason: 'Choose a JPEG, PNG or WebP photo, or an MP4 or QuickTime (.mov) video.' };
  }
  if (post.hasVideo) {
    return {
      kind: 'refused',
      reason: 'This post has a video. A post carries photos or one video, not both: remove the video first.',
    };
  }
  if (post.imageCount >= POST_IMAGES_MAX) {
    return { kind: 'refused', reason: `A post holds at most ${POST_IMAGES_MAX} photos.` };
  }
  if (file.size > POST_IMAGE_MAX_BYTES) {
    return { kind: 'refused', reason: `The photo is larger than ${megabytes(POST_IMAGE_MAX_BYTES)}.` };
  }
  return { kind: 'photo' };
}

/** The length the browser read from the chosen video, checked against what the platforms take. */
export function videoLengthProblem(durationMs: number): string | null {
  const seconds = durationMs / 1000;
  if (!Number.isFinite(seconds) || seconds <= 0) return 'The length of this video could not be read.';
  if (seconds < POST_VIDEO_MIN_SECONDS || seconds > POST_VIDEO_MAX_SECONDS) {
    return `The video lasts ${formatDuration(durationMs)}. Videos of ${POST_VIDEO_MIN_SECONDS} seconds to ${formatDuration(POST_VIDEO_MAX_SECONDS * 1000)} can be posted, so that one file suits Facebook, Instagram and X.`;
  }
  return null;
}

/** 4 s → "0:04", 140 s → "2:20". */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** 21,317 bytes → "21 KB", 3,400,000 → "3.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
