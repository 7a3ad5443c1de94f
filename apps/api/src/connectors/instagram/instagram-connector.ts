// Acting on comments as an Instagram professional account, through the Graph API with the linked Page's token.
import { DEFAULT_TIMEOUT_MS, type Connector, type HttpConnectorOptions } from '../connector.ts';
import { andThen, notSupported } from '../connector-result-helpers.ts';
import { createGraphClient, expectCreatedId, expectSuccess, readPost } from '../meta/graph-client.ts';
import { INSTAGRAM_CAPABILITIES } from './instagram-capabilities.ts';

export interface InstagramConnectorOptions extends HttpConnectorOptions {
  /** The Instagram professional account id (entry.id in its webhooks). */
  instagramAccountId: string;
  /** The access token of the Facebook Page the account is linked to. */
  pageAccessToken: string;
}

export function createInstagramConnector(options: InstagramConnectorOptions): Connector {
  const graph = createGraphClient({
    baseUrl: options.baseUrl,
    accessToken: options.pageAccessToken,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const id = encodeURIComponent;

  const setHidden = async (commentExternalId: string, hidden: boolean) =>
    andThen(
      await graph({ method: 'POST', path: id(commentExternalId), params: { hide: String(hidden) }, idempotent: true }),
      expectSuccess,
    );

  return {
    platform: 'instagram',
    accountExternalId: options.instagramAccountId,
    capabilities: INSTAGRAM_CAPABILITIES,
    hideComment: ({ commentExternalId }) => setHidden(commentExternalId, true),
    unhideComment: ({ commentExternalId }) => setHidden(commentExternalId, false),
    deleteComment: async ({ commentExternalId }) =>
      andThen(await graph({ method: 'DELETE', path: id(commentExternalId), idempotent: true }), expectSuccess),
    reply: async ({ commentExternalId, text }) =>
      andThen(
        await graph({
          method: 'POST',
          path: `${id(commentExternalId)}/replies`,
          params: { message: text },
          idempotent: false,
        }),
        expectCreatedId,
      ),
    fetchPost: async ({ postExternalId }) =>
      andThen(
        await graph({
          method: 'GET',
          path: id(postExternalId),
          params: { fields: 'caption,permalink' },
          idempotent: true,
        }),
        (json) => readPost(json, { text: 'caption', permalink: 'permalink' }),
      ),
    blockAuthor: async () => notSupported('Blocking on Instagram', INSTAGRAM_CAPABILITIES.actions.block),
  };
}
