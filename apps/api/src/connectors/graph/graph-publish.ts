// Publishing a new post through the Graph API (issue 11), with its images and their descriptions.
//
// Facebook Page: each image is uploaded unpublished (`POST /{page-id}/photos` with the bytes as `source`,
// `published=false` and the description as `alt_text_custom`), then one feed post carries them
// (`POST /{page-id}/feed` with `message` and `attached_media[n]={"media_fbid":...}`). Without images, the feed post
// alone. Uploading an unpublished photo twice shows nothing, so those calls may be repeated; the feed post may not.
//
// Instagram: Meta fetches each image itself from a public address, so the connector is given a signed, expiring
// address on Schoolgate. One image: a container (`POST /{ig-id}/media` with `image_url`, `caption`, `alt_text`);
// several: a container per image (`is_carousel_item=true`) and a `CAROUSEL` container with their ids as `children`.
// The container is published with `POST /{ig-id}/media_publish` once its `status_code` is `FINISHED`. Instagram has
// no text-only posts.
//
// A post's video (one, never with photos): on a Facebook Page `POST /{page-id}/videos` with the file as `source` and
// the post's text as `description` (the video is the post; it is published once Facebook has processed it), then
// `GET /{video-id}?fields=status` until `ready` (an `error` is the post failing with Facebook's reason; still
// processing after the checks is left to finish, since the upload cannot be taken back). On Instagram a Reels
// container (`media_type=REELS`, `video_url` a signed address on Schoolgate, `caption`, `share_to_feed=true`), its
// `status_code` polled until `FINISHED` (Reels take longer than photos), then `media_publish`. Neither API takes a
// description (alt text) for a video; X does (x-connector.ts).
import type { PostPublished, PublishInput, PublishVideo } from '../connector.ts';
import { ConnectorError, failed, succeeded, type ConnectorResult } from '../connector-error.ts';
import { andThen, notSupported } from '../connector-result-helpers.ts';
import type { GraphClient } from './graph-client.ts';
import { expectCreatedId, readPost } from './graph-client.ts';

const id = encodeURIComponent;
const createdId = (json: unknown) => andThen(expectCreatedId(json), (c) => succeeded(c.replyExternalId));

export async function publishToFacebookPage(
  graph: GraphClient,
  pageId: string,
  input: PublishInput,
  options: InstagramPublishOptions = {},
): Promise<ConnectorResult<PostPublished>> {
  if (input.video) return publishVideoToFacebookPage(graph, pageId, input.text, input.video, options);
  const photoIds: string[] = [];
  for (const [index, image] of input.images.entries()) {
    const form = new FormData();
    form.set('source', new Blob([image.bytes], { type: image.contentType }), `image-${index + 1}.jpg`);
    form.set('published', 'false');
    if (image.altText) form.set('alt_text_custom', image.altText);
    const uploaded = andThen(
      await graph({ method: 'POST', path: `${id(pageId)}/photos`, form, idempotent: true }),
      createdId,
    );
    if (!uploaded.ok) return uploaded;
    photoIds.push(uploaded.value);
  }
  const params: Record<string, string> = { message: input.text };
  photoIds.forEach((fbid, n) => {
    params[`attached_media[${n}]`] = JSON.stringify({ media_fbid: fbid });
  });
  return andThen(await graph({ method: 'POST', path: `${id(pageId)}/feed`, params, idempotent: false }), (json) =>
    andThen(createdId(json), (postId) =>
      succeeded({ postExternalId: postId, permalink: `https://www.facebook.com/${postId}`, platformResponse: json }),
    ),
  );
}

export interface InstagramPublishOptions {
  /** How often to ask whether a container is ready, and how long to wait between asks. */
  statusChecks?: number;
  statusWaitMs?: number;
  /** The same for a video (Reels, a Facebook Page video), which takes longer to process. */
  videoStatusChecks?: number;
  videoStatusWaitMs?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function publishVideoToFacebookPage(
  graph: GraphClient,
  pageId: string,
  text: string,
  video: PublishVideo,
  options: InstagramPublishOptions = {},
): Promise<ConnectorResult<PostPublished>> {
  const form = new FormData();
  const extension = video.contentType === 'video/quicktime' ? 'mov' : 'mp4';
  form.set('source', new Blob([video.bytes], { type: video.contentType }), `video.${extension}`);
  form.set('description', text);
  // Published on upload: repeating the call would post the video twice.
  const uploaded = andThen(
    await graph({ method: 'POST', path: `${id(pageId)}/videos`, form, idempotent: false }),
    createdId,
  );
  if (!uploaded.ok) return uploaded;
  const videoId = uploaded.value;
  const checks = options.videoStatusChecks ?? 10;
  for (let n = 0; n < checks; n += 1) {
    const asked = await graph({ method: 'GET', path: id(videoId), params: { fields: 'status' }, idempotent: true });
    if (!asked.ok) break;
    const status = (asked.value as { status?: { video_status?: unknown; error?: { message?: unknown } } })?.status;
    if (status?.video_status === 'ready') break;
    if (status?.video_status === 'error') {
      return failed(
        new ConnectorError(
          'PLATFORM_REJECTED',
          `Facebook could not process the video${typeof status.error?.message === 'string' ? `: ${status.error.message}` : ''}`,
          { retryable: false, platformCode: 'video_status:error' },
        ),
      );
    }
    if (n < checks - 1) await pause(options.videoStatusWaitMs ?? 3_000);
  }
  return succeeded({
    postExternalId: videoId,
    permalink: `https://www.facebook.com/${encodeURIComponent(pageId)}/videos/${encodeURIComponent(videoId)}`,
    platformResponse: { id: videoId },
  });
}

export async function publishToInstagram(
  graph: GraphClient,
  accountId: string,
  input: PublishInput,
  options: InstagramPublishOptions = {},
): Promise<ConnectorResult<PostPublished>> {
  if (input.video) {
    if (input.video.publicUrl === null) {
      return failed(
        new ConnectorError(
          'NOT_SUPPORTED',
          'Instagram fetches videos from a public address, and this Schoolgate has none (set PUBLIC_URL to an https address Meta can reach)',
          { retryable: false },
        ),
      );
    }
  } else if (input.images.length === 0) {
    return notSupported('A post without a picture on Instagram', {
      viaApi: false,
      manualSteps: ['Instagram posts need a picture: add one to the post, or post it on the other accounts only.'],
    });
  }
  if (input.images.some((i) => i.publicUrl === null)) {
    return failed(
      new ConnectorError(
        'NOT_SUPPORTED',
        'Instagram fetches pictures from a public address, and this Schoolgate has none (set PUBLIC_URL to an https address Meta can reach)',
        { retryable: false },
      ),
    );
  }
  const container = async (params: Record<string, string>) =>
    andThen(await graph({ method: 'POST', path: `${id(accountId)}/media`, params, idempotent: true }), createdId);
  const withAlt = (altText: string): Record<string, string> => (altText ? { alt_text: altText } : {});

  let creationId: string;
  if (input.video) {
    const made = await container({
      media_type: 'REELS',
      video_url: input.video.publicUrl!,
      caption: input.text,
      share_to_feed: 'true',
    });
    if (!made.ok) return made;
    creationId = made.value;
  } else if (input.images.length === 1) {
    const [image] = input.images;
    const made = await container({
      image_url: image!.publicUrl!,
      caption: input.text,
      ...withAlt(image!.altText),
    });
    if (!made.ok) return made;
    creationId = made.value;
  } else {
    const children: string[] = [];
    for (const image of input.images) {
      const child = await container({
        image_url: image.publicUrl!,
        is_carousel_item: 'true',
        ...withAlt(image.altText),
      });
      if (!child.ok) return child;
      children.push(child.value);
    }
    const carousel = await container({ media_type: 'CAROUSEL', children: children.join(','), caption: input.text });
    if (!carousel.ok) return carousel;
    creationId = carousel.value;
  }

  const ready = await waitUntilFinished(
    graph,
    creationId,
    input.video
      ? { statusChecks: options.videoStatusChecks ?? 10, statusWaitMs: options.videoStatusWaitMs ?? 3_000 }
      : options,
    input.video ? 'video' : 'picture',
  );
  if (!ready.ok) return ready;
  const published = andThen(
    await graph({
      method: 'POST',
      path: `${id(accountId)}/media_publish`,
      params: { creation_id: creationId },
      idempotent: false,
    }),
    createdId,
  );
  if (!published.ok) return published;
  // The address is asked for separately; a post that went out without one is still published.
  const looked = andThen(
    await graph({ method: 'GET', path: id(published.value), params: { fields: 'permalink' }, idempotent: true }),
    (json) => readPost(json, { text: 'caption', permalink: 'permalink' }),
  );
  return succeeded({
    postExternalId: published.value,
    permalink: looked.ok ? looked.value.permalink : null,
    platformResponse: { id: published.value, creation_id: creationId },
  });
}

async function waitUntilFinished(
  graph: GraphClient,
  containerId: string,
  options: InstagramPublishOptions,
  what: 'picture' | 'video' = 'picture',
): Promise<ConnectorResult<true>> {
  const checks = options.statusChecks ?? 5;
  const waitMs = options.statusWaitMs ?? 2_000;
  for (let n = 0; n < checks; n += 1) {
    const status = await graph({
      method: 'GET',
      path: id(containerId),
      params: { fields: what === 'video' ? 'status_code,status' : 'status_code' },
      idempotent: true,
    });
    if (!status.ok) return status;
    const answer = status.value as { status_code?: unknown; status?: unknown } | undefined;
    const code = answer?.status_code;
    if (code === 'FINISHED' || code === 'PUBLISHED') return succeeded(true);
    if (code === 'ERROR' || code === 'EXPIRED') {
      return failed(
        new ConnectorError(
          'PLATFORM_REJECTED',
          `Instagram could not use the ${what} (container ${String(code)}${typeof answer?.status === 'string' ? `: ${answer.status}` : ''})`,
          {
            retryable: false,
            platformCode: String(code),
          },
        ),
      );
    }
    if (n < checks - 1) await pause(waitMs);
  }
  // Nothing was published: worth trying again later.
  return failed(
    new ConnectorError('PLATFORM_UNAVAILABLE', `Instagram was still processing the ${what}`, { retryable: true }),
  );
}
