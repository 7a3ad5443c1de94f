// Realistic platform payloads for normalisation tests, built from one base each with overrides, so a test says
// only what is different about its case.

export const PAGE_ID = '104729381650231';
export const POST_ID = `${PAGE_ID}_122145736582014`;
export const COMMENT_ID = '122145736582014_1089645213457766';
export const IG_ACCOUNT_ID = '17841405822304914';
export const X_USER_ID = '1456789012345678901';

/** A Page feed comment change value, as Graph sends it for verb "add". */
export function feedCommentValue(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    from: { id: '7091234567890123', name: 'Sarah Collins' },
    post: {
      status_type: 'added_photos',
      is_published: true,
      updated_time: '2025-06-16T08:30:12+0000',
      permalink_url: `https://www.facebook.com/${PAGE_ID}/posts/122145736582014`,
      promotion_status: 'inactive',
      id: POST_ID,
    },
    message: 'Is sports day still on if it rains?',
    post_id: POST_ID,
    comment_id: COMMENT_ID,
    created_time: 1750062612,
    item: 'comment',
    parent_id: POST_ID,
    verb: 'add',
    ...overrides,
  };
}

export function pageWebhook(values: unknown[], options: { time?: number; field?: string; pageId?: string } = {}) {
  return {
    object: 'page',
    entry: [
      {
        id: options.pageId ?? PAGE_ID,
        time: options.time ?? 1750062613,
        changes: values.map((value) => ({ field: options.field ?? 'feed', value })),
      },
    ],
  };
}

export function instagramCommentValue(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    from: { id: '17841400123456789', username: 'gemma.hollis' },
    media: { id: '18027439871234567', media_product_type: 'FEED' },
    id: '17986543210987654',
    text: 'Do the sweatshirts have to have the badge?',
    ...overrides,
  };
}

export function instagramWebhook(values: unknown[], options: { time?: number; field?: string } = {}) {
  return {
    object: 'instagram',
    entry: [
      {
        id: IG_ACCOUNT_ID,
        time: options.time ?? 1750062700,
        changes: values.map((value) => ({ field: options.field ?? 'comments', value })),
      },
    ],
  };
}

export function xTweet(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '1934567890123456789',
    text: '@MeadowbankPri what time do the gates open for sports day?',
    author_id: '987654321098765432',
    created_at: '2025-06-16T08:31:05.000Z',
    conversation_id: '1934500000000000000',
    in_reply_to_user_id: X_USER_ID,
    referenced_tweets: [{ type: 'replied_to', id: '1934500000000000000' }],
    edit_history_tweet_ids: ['1934567890123456789'],
    ...overrides,
  };
}

export function xMentionsPage(
  tweets: unknown[],
  users: unknown[] = [],
  meta: Record<string, unknown> = {},
  /** The posts replied to, as the `referenced_tweets.id` expansion includes them. */
  includedTweets: unknown[] = [],
) {
  return {
    data: tweets,
    includes: { users, ...(includedTweets.length > 0 ? { tweets: includedTweets } : {}) },
    meta: { result_count: tweets.length, ...meta },
  };
}
