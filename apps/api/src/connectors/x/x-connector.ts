// Acting on replies and mentions as the school's X account.
import { DEFAULT_TIMEOUT_MS, type ActionDone, type Connector, type HttpConnectorOptions } from '../connector.ts';
import { ConnectorError, failed, succeeded, type ConnectorResult } from '../connector-error.ts';
import { andThen, notSupported } from '../connector-result-helpers.ts';
import { X_CAPABILITIES } from './x-capabilities.ts';
import { createXClient, xData } from './x-client.ts';

export interface XConnectorOptions extends HttpConnectorOptions {
  /** The school account's X user id (numeric string). */
  userId: string;
  /** A user-context OAuth 2.0 token with tweet.read, tweet.write, tweet.moderate.write, block.write, users.read. */
  bearerToken: string;
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
    // X gives a post's wording but no permalink field.
    publishPost: async ({ text }) =>
      andThen(
        andThen(await x({ method: 'POST', path: '2/tweets', body: { text }, idempotent: false }), xData),
        (data) =>
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
