// Acting on comments as a Facebook Page through the Graph API. Comment ids are `<post>_<comment>` as Graph gives
// them in webhooks; they are put in paths with encodeURIComponent so a bad id cannot reach another endpoint.
import { DEFAULT_TIMEOUT_MS, type Connector, type HttpConnectorOptions } from '../connector.ts';
import { andThen } from '../connector-result-helpers.ts';
import { ConnectorError, failed, succeeded } from '../connector-error.ts';
import { createGraphClient, expectCreatedId, expectSuccess, readPost } from '../meta/graph-client.ts';
import { FACEBOOK_CAPABILITIES } from './facebook-capabilities.ts';

export interface FacebookConnectorOptions extends HttpConnectorOptions {
  pageId: string;
  pageAccessToken: string;
}

export function createFacebookConnector(options: FacebookConnectorOptions): Connector {
  const graph = createGraphClient({
    baseUrl: options.baseUrl,
    accessToken: options.pageAccessToken,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const id = encodeURIComponent;

  const setHidden = async (commentExternalId: string, hidden: boolean) =>
    andThen(
      await graph({
        method: 'POST',
        path: id(commentExternalId),
        params: { is_hidden: String(hidden) },
        idempotent: true,
      }),
      expectSuccess,
    );

  return {
    platform: 'facebook',
    accountExternalId: options.pageId,
    capabilities: FACEBOOK_CAPABILITIES,
    hideComment: ({ commentExternalId }) => setHidden(commentExternalId, true),
    unhideComment: ({ commentExternalId }) => setHidden(commentExternalId, false),
    deleteComment: async ({ commentExternalId }) =>
      andThen(await graph({ method: 'DELETE', path: id(commentExternalId), idempotent: true }), expectSuccess),
    reply: async ({ commentExternalId, text }) =>
      andThen(
        await graph({
          method: 'POST',
          path: `${id(commentExternalId)}/comments`,
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
          params: { fields: 'message,permalink_url' },
          idempotent: true,
        }),
        (json) => readPost(json, { text: 'message', permalink: 'permalink_url' }),
      ),
    blockAuthor: async ({ authorExternalId }) =>
      andThen(
        await graph({
          method: 'POST',
          path: `${id(options.pageId)}/blocked`,
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
      ),
  };
}
