// A post's video on X (issue 11), by the chunked upload of the v2 media API: `POST /2/media/upload/initialize` (JSON:
// `media_type`, `total_bytes`, `media_category=tweet_video`), each part of 4 MB at most by
// `POST /2/media/upload/{id}/append` (multipart `media`, `segment_index`), `POST /2/media/upload/{id}/finalize`, then
// `GET /2/media/upload?command=STATUS&media_id=…` while `processing_info.state` is pending or in progress (waiting
// the `check_after_secs` X gives), and its description by `POST /2/media/metadata` (`alt_text`). The answer is the
// media id for `POST /2/tweets`. Nothing is public until the post names the media, so every step may be repeated.
import type { PublishVideo } from '../connector.ts';
import { ConnectorError, failed, succeeded, type ConnectorResult } from '../connector-error.ts';
import { andThen } from '../connector-result-helpers.ts';
import { xData, type XClient } from './x-client.ts';

/** X takes parts of 5 MB at most. */
export const X_VIDEO_CHUNK_BYTES = 4 * 1024 * 1024;
const STATUS_CHECKS = 20;

const refused = (message: string, platformCode?: string) =>
  failed<never>(
    new ConnectorError('PLATFORM_REJECTED', message, { retryable: false, ...(platformCode ? { platformCode } : {}) }),
  );

export async function uploadVideo(
  x: XClient,
  video: PublishVideo,
  longestWaitMs = 10_000,
): Promise<ConnectorResult<string>> {
  const started = andThen(
    await x({
      method: 'POST',
      path: '2/media/upload/initialize',
      body: { media_type: video.contentType, total_bytes: video.bytes.length, media_category: 'tweet_video' },
      idempotent: true,
    }),
    xData,
  );
  if (!started.ok) return started;
  const mediaId = started.value['id'];
  if (typeof mediaId !== 'string') return refused('X did not return the media id');
  const path = `2/media/upload/${encodeURIComponent(mediaId)}`;

  for (let index = 0, at = 0; at < video.bytes.length; index += 1, at += X_VIDEO_CHUNK_BYTES) {
    const form = new FormData();
    form.set('segment_index', String(index));
    form.set('media', new Blob([video.bytes.subarray(at, at + X_VIDEO_CHUNK_BYTES)]), `part-${index}`);
    const appended = await x({ method: 'POST', path: `${path}/append`, form, idempotent: true });
    if (!appended.ok) return appended;
  }

  const finished = andThen(await x({ method: 'POST', path: `${path}/finalize`, idempotent: true }), xData);
  if (!finished.ok) return finished;
  let processing = finished.value['processing_info'] as ProcessingInfo | undefined;
  for (let n = 0; processing && n < STATUS_CHECKS; n += 1) {
    if (processing.state === 'succeeded') break;
    if (processing.state === 'failed') {
      return refused(
        `X could not process the video${processing.error?.message ? `: ${processing.error.message}` : ''}`,
        processing.error?.name,
      );
    }
    const waitMs = Math.min(longestWaitMs, Math.max(0, (processing.check_after_secs ?? 1) * 1000));
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    const status = andThen(
      await x({
        method: 'GET',
        path: '2/media/upload',
        query: { command: 'STATUS', media_id: mediaId },
        idempotent: true,
      }),
      xData,
    );
    if (!status.ok) return status;
    processing = status.value['processing_info'] as ProcessingInfo | undefined;
  }
  if (processing && processing.state !== 'succeeded') {
    // Nothing was posted: worth trying again later.
    return failed(new ConnectorError('PLATFORM_UNAVAILABLE', 'X was still processing the video', { retryable: true }));
  }

  if (video.description) {
    const described = andThen(
      await x({
        method: 'POST',
        path: '2/media/metadata',
        body: { id: mediaId, metadata: { alt_text: { text: video.description.slice(0, 1000) } } },
        idempotent: true,
      }),
      xData,
    );
    if (!described.ok) return described;
  }
  return succeeded(mediaId);
}

interface ProcessingInfo {
  state?: 'pending' | 'in_progress' | 'succeeded' | 'failed';
  check_after_secs?: number;
  error?: { name?: string; message?: string };
}
