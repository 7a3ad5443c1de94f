// Acting on replies and mentions as the school's X account.
import { DEFAULT_TIMEOUT_MS, type ActionDone, type Connector, type HttpConnectorOptions } from '../connector.ts';
import { ConnectorError, failed, succeeded, type ConnectorResult } from '../connector-error.ts';
import { andThen, notSupported } from '../connector-result-helpers.ts';
import { X_CAPABILITIES } from './x-capabilities.ts';
import { createXClient, xData } from './x-client.ts';
import { uploadVideo } from './x-video.ts';

export interface XConnectorOptions extends HttpConnectorOptions {
  /** The school account's X user id (numeric string). */
  userId: string;
  /** A user-context OAuth 2.0 token with tweet.read, tweet.write, tweet.moderate.write, block.write, users.read. */
  bearerToken: string;
  /** The longest wait between two checks of a video's processing (X says how long; tests shorten it). */
  videoStatusWaitMs?: number;
}

export function createXConnector(options: XConnectorOptions): Connector {
  const x = createXClient({
    baseUrl: options.baseUrl,
    bearerToken: options.bearerToken,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    now: options.now ?? (() => new Date()),
  });
  const id = encodeURIComponent;

  const setHidden = async (commentExternalId: string, hidden: boolean): Promise<ConnectorResult<ActionDone>> =>
    andThen(
      andThen(
        await x({
          method: 'PUT',
          path: `2/tweets/${id(commentExternalId)}/hidden`,
          body: { hidden },
          idempotent: true,
        }),
        xData,
      ),
      (data) =>
        data['hidden'] === hidden
          ? succeeded({ platformResponse: { data } })
          : failed(new ConnectorError('PLATFORM_REJECTED', 'X did not confirm the change', { retryable: false })),
    );

  return {
    platform: 'x',
    accountExternalId: options.userId,
    capabilities: X_CAPABILITIES,
    hideComment: ({ commentExternalId }) => setHidden(commentExternalId, true),
    unhideComment: ({ commentExternalId }) => setHidden(commentExternalId, false),
    deleteComment: async () => notSupported("Deleting someone else's post on X", X_CAPABILITIES.actions.delete),
    reply: async ({ commentExternalId, text }) =>
      andThen(
        andThen(
          await x({
            method: 'POST',
            path: '2/tweets',
            body: { text, reply: { in_reply_to_tweet_id: commentExternalId } },
            idempotent: false,
          }),
          xData,
        ),
        (data) =>
          typeof data['id'] === 'string'
            ? succeeded({ replyExternalId: data['id'], platformResponse: { data } })
            : failed(
                new ConnectorError('PLATFORM_REJECTED', 'X did not return the new post id', {
                  retryable: false,
                  outcomeUnknown: true,
                }),
              ),
      ),
    // Each image is uploaded (`POST /2/media/upload`, multipart, `media_category=tweet_image`), described
    // (`POST /2/media/metadata` with `alt_text`), then the post names them (`media.media_ids`). An upload not yet
    // attached to a post shows nothing, so those calls may be repeated; the post may not. X gives no permalink field.
    publishPost: async ({ text, images, video }) => {
      const mediaIds: string[] = [];
      if (video) {
        const uploaded = await uploadVideo(x, video, options.videoStatusWaitMs);
        if (!uploaded.ok) return uploaded;
        mediaIds.push(uploaded.value);
      }
      for (const [index, image] of images.entries()) {
        const form = new FormData();
        form.set('media', new Blob([image.bytes], { type: image.contentType }), `image-${index + 1}.jpg`);
        form.set('media_category', 'tweet_image');
        form.set('media_type', image.contentType);
        const uploaded = andThen(
          andThen(await x({ method: 'POST', path: '2/media/upload', form, idempotent: true }), xData),
          (data) =>
            typeof data['id'] === 'string'
              ? succeeded(data['id'])
              : failed<string>(
                  new ConnectorError('PLATFORM_REJECTED', 'X did not return the media id', { retryable: false }),
                ),
        );
        if (!uploaded.ok) return uploaded;
        if (image.altText) {
          const described = andThen(
            await x({
              method: 'POST',
              path: '2/media/metadata',
              body: { id: uploaded.value, metadata: { alt_text: { text: image.altText.slice(0, 1000) } } },
              idempotent: true,
            }),
            xData,
          );
          if (!described.ok) return described;
        }
        mediaIds.push(uploaded.value);
      }
      const body = mediaIds.length > 0 ? { text, media: { media_ids: mediaIds } } : { text };
      return andThen(andThen(await x({ method: 'POST', path: '2/tweets', body, idempotent: false }), xData), (data) =>
        typeof data['id'] === 'string'
          ? succeeded({
              postExternalId: data['id'],
              permalink: `https://x.com/i/status/${data['id']}`,
              platformResponse: { data },
            })
          : failed(
              new ConnectorError('PLATFORM_REJECTED', 'X did not return the new post id', {
                retryable: false,
                outcomeUnknown: true,
              }),
            ),
      );
    },
    deletePost: async ({ postExternalId }) =>
      andThen(
        andThen(await x({ method: 'DELETE', path: `2/tweets/${id(postExternalId)}`, idempotent: true }), xData),
        (data) =>
          data['deleted'] === true
            ? succeeded({ platformResponse: { data } })
            : failed(new ConnectorError('PLATFORM_REJECTED', 'X did not confirm the deletion', { retryable: false })),
      ),
    fetchPost: async ({ postExternalId }) =>
      andThen(
        andThen(await x({ method: 'GET', path: `2/tweets/${id(postExternalId)}`, idempotent: true }), xData),
        (data) =>
          typeof data['text'] === 'string'
            ? succeeded({ text: data['text'], permalink: null })
            : failed(new ConnectorError('PLATFORM_REJECTED', 'X did not return the post', { retryable: false })),
      ),
    blockAuthor: async ({ authorExternalId }) =>
      andThen(
        andThen(
          await x({
            method: 'POST',
            path: `2/users/${id(options.userId)}/blocking`,
            body: { target_user_id: authorExternalId },
            idempotent: true,
          }),
          xData,
        ),
        (data) =>
          data['blocking'] === true
            ? succeeded({ platformResponse: { data } })
            : failed(new ConnectorError('PLATFORM_REJECTED', 'X did not confirm the block', { retryable: false })),
      ),
  };
}
