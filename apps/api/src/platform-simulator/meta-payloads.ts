// Webhook bodies as Meta sends them, built from the simulator's comments. Serialised the way Meta does it too:
// non-ASCII as \u escapes and "/" as "\/", which is why a receiver must check the signature over the raw bytes
// (JSON.stringify of the parsed body gives different bytes).
import type { SimAccount, SimComment, SimPost } from './simulator-state.ts';

export type FeedVerb = 'add' | 'edited' | 'remove' | 'hide' | 'unhide';

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * The post's address as Graph gives it: `permalink_url` of a Page post (`https://www.facebook.com/<page>/posts/<n>`),
 * `permalink` of Instagram media (`https://www.instagram.com/p/<shortcode>/`). X's API gives none.
 */
export function postPermalink(account: SimAccount, post: SimPost): string | undefined {
  if (account.platform === 'facebook') {
    return `https://www.facebook.com/${account.id}/posts/${post.id.split('_')[1] ?? post.id}`;
  }
  if (account.platform === 'instagram') return `https://www.instagram.com/p/${BigInt(post.id).toString(36)}/`;
  return undefined;
}

export function facebookFeedPayload(
  page: SimAccount,
  post: SimPost,
  comment: SimComment,
  verb: FeedVerb,
  at: Date,
): object {
  const value: Record<string, unknown> = {
    from: { id: comment.author.id, name: comment.author.name },
    post: {
      status_type: 'added_photos',
      is_published: true,
      updated_time: at.toISOString().replace('.000Z', '+0000'),
      // Meta sends the post's address with a comment change, never its wording.
      permalink_url: postPermalink(page, post),
      promotion_status: 'inactive',
      id: post.id,
    },
    post_id: post.id,
    comment_id: comment.id,
    created_time: seconds(verb === 'edited' && comment.editedAt ? comment.editedAt : comment.createdAt),
    item: 'comment',
    parent_id: comment.parentId ?? post.id,
    verb,
  };
  // Meta leaves the text out of removals and hides.
  if (verb === 'add' || verb === 'edited') value['message'] = comment.text;
  return { object: 'page', entry: [{ id: page.id, time: seconds(at), changes: [{ field: 'feed', value }] }] };
}

export function instagramCommentPayload(account: SimAccount, comment: SimComment, at: Date): object {
  const value: Record<string, unknown> = {
    from: { id: comment.author.id, username: comment.author.handle ?? comment.author.name },
    media: { id: comment.postId, media_product_type: 'FEED' },
    id: comment.id,
    text: comment.text,
  };
  if (comment.parentId) value['parent_id'] = comment.parentId;
  return {
    object: 'instagram',
    entry: [{ id: account.id, time: seconds(at), changes: [{ field: 'comments', value }] }],
  };
}

export function serialiseLikeMeta(payload: object): string {
  return JSON.stringify(payload)
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
