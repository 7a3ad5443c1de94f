// Acting on comments through the Graph API, as a Facebook Page or as an Instagram professional account (which
// uses its linked Page's token). One code path; what differs (the hide parameter, the reply edge, the post's
// fields, whether blocking exists) comes from the account's `GraphPlatform` (graph-platforms.ts). Comment ids are
// put in paths with encodeURIComponent so a bad id cannot reach another endpoint.
import { DEFAULT_TIMEOUT_MS, type Connector, type HttpConnectorOptions } from '../connector.ts';
import { andThen, notSupported } from '../connector-result-helpers.ts';
import { ConnectorError, failed, succeeded } from '../connector-error.ts';
import { createGraphClient, expectCreatedId, expectSuccess, readPost } from './graph-client.ts';
import { FACEBOOK_PAGE, INSTAGRAM_ACCOUNT, type GraphPlatform } from './graph-platforms.ts';
import { publishToFacebookPage, publishToInstagram, type InstagramPublishOptions } from './graph-publish.ts';
import { POST_REMOVAL } from '../post-removal.ts';

export interface GraphConnectorOptions extends HttpConnectorOptions {
  /** The account acted as: the Page id, or the Instagram professional account id (entry.id in its webhooks). */
  accountId: string;
  /** The Page's access token (for Instagram, the token of the Page the account is linked to). */
  accessToken: string;
  /** How long to wait for Instagram to take a picture in before publishing it (tests shorten it). */
  instagramPublish?: InstagramPublishOptions;
}

export function createGraphConnector(platform: GraphPlatform, options: GraphConnectorOptions): Connector {
  const graph = createGraphClient({
    baseUrl: options.baseUrl,
    accessToken: options.accessToken,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const id = encodeURIComponent;
  const { blockEdge, capabilities, hideParam, postFields, replyEdge } = platform;

  const setHidden = async (commentExternalId: string, hidden: boolean) =>
    andThen(
      await graph({
        method: 'POST',
        path: id(commentExternalId),
        params: { [hideParam]: String(hidden) },
        idempotent: true,
      }),
      expectSuccess,
    );

  return {
    platform: platform.platform,
    accountExternalId: options.accountId,
    capabilities,
    hideComment: ({ commentExternalId }) => setHidden(commentExternalId, true),
    unhideComment: ({ commentExternalId }) => setHidden(commentExternalId, false),
    deleteComment: async ({ commentExternalId }) =>
      andThen(await graph({ method: 'DELETE', path: id(commentExternalId), idempotent: true }), expectSuccess),
    reply: async ({ commentExternalId, text }) =>
      andThen(
        await graph({
          method: 'POST',
          path: `${id(commentExternalId)}/${replyEdge}`,
          params: { message: text },
          idempotent: false,
        }),
        expectCreatedId,
      ),
    sendMessage: async ({ recipientExternalId, text }) =>
      andThen(
        await graph({
          method: 'POST',
          path: `${id(options.accountId)}/messages`,
          params: {
            recipient: JSON.stringify({ id: recipientExternalId }),
            message: JSON.stringify({ text }),
            messaging_type: 'RESPONSE',
          },
          // Sent twice is not harmless: a timed-out send is not retried.
          idempotent: false,
        }),
        (json) => {
          const mid = typeof json === 'object' && json !== null ? (json as { message_id?: unknown }).message_id : null;
          return typeof mid === 'string' && mid !== ''
            ? succeeded({ messageExternalId: mid, platformResponse: json })
            : failed(
                new ConnectorError('PLATFORM_REJECTED', 'Graph API did not return the message id', {
                  retryable: false,
                  outcomeUnknown: true,
                }),
              );
        },
      ),
    fetchPost: async ({ postExternalId }) =>
      andThen(
        await graph({
          method: 'GET',
          path: id(postExternalId),
          params: { fields: `${postFields.text},${postFields.permalink}` },
          idempotent: true,
        }),
        (json) => readPost(json, postFields),
      ),
    publishPost: async (input) =>
      platform.platform === 'facebook'
        ? publishToFacebookPage(graph, options.accountId, input, options.instagramPublish)
        : publishToInstagram(graph, options.accountId, input, options.instagramPublish),
    deletePost: async ({ postExternalId }) => {
      if (!POST_REMOVAL[platform.platform].viaApi) {
        return notSupported('Deleting an Instagram post', POST_REMOVAL[platform.platform]);
      }
      return andThen(await graph({ method: 'DELETE', path: id(postExternalId), idempotent: true }), expectSuccess);
    },
    blockAuthor: async ({ authorExternalId }) => {
      if (blockEdge === null) return notSupported('Blocking on Instagram', capabilities.actions.block);
      return andThen(
        await graph({
          method: 'POST',
          path: `${id(options.accountId)}/${blockEdge}`,
          params: { user: authorExternalId },
          idempotent: true,
        }),
        (json) => {
          // Graph answers a map of the ids asked for to whether each was blocked.
          const done = typeof json === 'object' && json !== null && (json as Record<string, unknown>)[authorExternalId];
          return done === true
            ? succeeded({ platformResponse: json })
            : failed(
                new ConnectorError('PLATFORM_REJECTED', 'Facebook did not block this person', { retryable: false }),
              );
        },
      );
    },
  };
}

export interface FacebookConnectorOptions extends HttpConnectorOptions {
  pageId: string;
  pageAccessToken: string;
  /** How long to wait for a video to be processed (tests shorten it). */
  instagramPublish?: InstagramPublishOptions;
}

/** The Graph connector as a Facebook Page. */
export const createFacebookConnector = ({ pageId, pageAccessToken, ...http }: FacebookConnectorOptions) =>
  createGraphConnector(FACEBOOK_PAGE, { ...http, accountId: pageId, accessToken: pageAccessToken });

export interface InstagramConnectorOptions extends HttpConnectorOptions {
  /** The Instagram professional account id (entry.id in its webhooks). */
  instagramAccountId: string;
  /** The access token of the Facebook Page the account is linked to. */
  pageAccessToken: string;
  /** How long to wait for Instagram to take a picture or a video in (tests shorten it). */
  instagramPublish?: InstagramPublishOptions;
}

/** The Graph connector as an Instagram professional account. */
export const createInstagramConnector = ({ instagramAccountId, pageAccessToken, ...http }: InstagramConnectorOptions) =>
  createGraphConnector(INSTAGRAM_ACCOUNT, { ...http, accountId: instagramAccountId, accessToken: pageAccessToken });
