// What members of the public do on the simulated platforms: comment, edit, delete their own comment. Each change
// on Facebook or Instagram is delivered as a signed webhook, as Meta would; X has no webhooks, so its comments
// wait for the connector to poll.
import type { Platform } from '../connectors/normalised-event.ts';
import { facebookFeedPayload, instagramCommentPayload, type FeedVerb } from './meta-payloads.ts';
import type { SimulatorContext } from './simulator-context.ts';
import type { SimAuthor, SimComment } from './simulator-state.ts';
import type { SimDelivery } from './webhook-deliverer.ts';

export interface NewComment {
  platform: Platform;
  /** The post's id; see `state.posts`. */
  postId: string;
  author: SimAuthor;
  text: string;
  /** Reply to another comment rather than to the post. */
  parentId?: string;
}

export interface PeopleActionResult {
  comment: SimComment;
  /** The webhook sent for it (Facebook and Instagram); absent for X. */
  delivery?: SimDelivery;
}

export async function postComment(ctx: SimulatorContext, input: NewComment): Promise<PeopleActionResult> {
  const post = ctx.state.posts.get(input.postId);
  const account = post && ctx.state.accounts.get(post.accountId);
  if (!post || !account || account.platform !== input.platform) {
    throw new Error(`No ${input.platform} post ${input.postId} in the simulator`);
  }
  const comment = ctx.state.addComment({
    postId: post.id,
    ...(input.parentId ? { parentId: input.parentId } : {}),
    author: input.author,
    text: input.text,
    createdAt: ctx.now(),
  });
  // A blocked person's comment never reaches the page, so no webhook either.
  if (ctx.state.isBlocked(account.id, input.author.id)) {
    comment.deleted = true;
    return { comment };
  }
  return { comment, ...(await announce(ctx, comment, 'add')) };
}

export async function editComment(ctx: SimulatorContext, commentId: string, text: string): Promise<PeopleActionResult> {
  const comment = mustFind(ctx, commentId);
  comment.text = text;
  comment.editedAt = ctx.now();
  return { comment, ...(await announce(ctx, comment, 'edited')) };
}

export async function removeOwnComment(ctx: SimulatorContext, commentId: string): Promise<PeopleActionResult> {
  const comment = mustFind(ctx, commentId);
  comment.deleted = true;
  return { comment, ...(await announce(ctx, comment, 'remove')) };
}

function mustFind(ctx: SimulatorContext, id: string): SimComment {
  const comment = ctx.state.liveComment(id);
  if (!comment) throw new Error(`No live comment ${id} in the simulator`);
  return comment;
}

async function announce(
  ctx: SimulatorContext,
  comment: SimComment,
  verb: FeedVerb,
): Promise<{ delivery?: SimDelivery }> {
  const account = ctx.state.accounts.get(comment.accountId);
  const post = ctx.state.posts.get(comment.postId);
  if (!account || !post) return {};
  if (comment.platform === 'facebook') {
    return { delivery: await ctx.deliverer.deliver(facebookFeedPayload(account, post, comment, verb, ctx.now())) };
  }
  // Instagram only sends webhooks for new comments.
  if (comment.platform === 'instagram' && verb === 'add') {
    return { delivery: await ctx.deliverer.deliver(instagramCommentPayload(account, comment, ctx.now())) };
  }
  return {};
}
