// How the simulated platforms process a video (issue 11): the length they read from the file's movie header, and
// each status check advancing its processing ("still processing" so many times, then ready or failed), answered in
// each platform's words (Instagram's container status_code, Facebook's video_status, X's processing_info).
import { createFile, MP4BoxBuffer } from 'mp4box';
import type { SimMedia, SimVideo } from './simulator-state.ts';

/** The length a platform reads from the file's movie header, or null when it is not an MP4/QuickTime video. */
export function simVideoDurationMs(bytes: Buffer): number | null {
  if (bytes.length < 12 || bytes.subarray(4, 8).toString('latin1') !== 'ftyp') return null;
  const file = createFile();
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  const saved = console.error;
  console.error = () => undefined;
  try {
    file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy, 0));
    file.flush();
  } catch {
    return null;
  } finally {
    console.error = saved;
  }
  const mvhd = (file.moov as { mvhd?: { timescale: number; duration: number } } | undefined)?.mvhd;
  return mvhd && mvhd.timescale > 0 ? Math.round((Number(mvhd.duration) * 1000) / mvhd.timescale) : null;
}

/** One status check of a video: advances its processing and answers where it stands. */
export function checkProcessing(video: SimVideo): 'in_progress' | 'succeeded' | 'failed' {
  if (video.processing.stillProcessing > 0) {
    video.processing.stillProcessing -= 1;
    return 'in_progress';
  }
  return video.processing.failure ? 'failed' : 'succeeded';
}

/** Whether a video is ready to be part of a post, without advancing anything. */
export const videoReady = (video: SimVideo | undefined) =>
  video !== undefined && video.processing.stillProcessing <= 0 && video.processing.failure === null;

/** What GET /{container-id} answers for a Reels container. */
export function reelContainerStatus(container: SimMedia) {
  if (container.used) return { id: container.id, status_code: 'PUBLISHED', status: 'Published' };
  const state = checkProcessing(container.video!);
  if (state === 'in_progress') return { id: container.id, status_code: 'IN_PROGRESS', status: 'In Progress' };
  if (state === 'failed') {
    return { id: container.id, status_code: 'ERROR', status: `Error: ${container.video!.processing.failure}` };
  }
  return { id: container.id, status_code: 'FINISHED', status: 'Finished' };
}

/** What GET /{video-id}?fields=status answers for a Facebook Page video. */
export function facebookVideoStatus(video: SimVideo) {
  const state = checkProcessing(video);
  return {
    video_status: state === 'in_progress' ? 'processing' : state === 'failed' ? 'error' : 'ready',
    processing_progress: state === 'in_progress' ? 50 : 100,
    ...(state === 'failed' ? { error: { message: video.processing.failure } } : {}),
  };
}
