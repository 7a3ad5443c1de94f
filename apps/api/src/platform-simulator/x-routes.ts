// The X API v2 subset the X connector uses, under /x: the mentions timeline (with the posts replied to, when the
// `referenced_tweets.id` expansion asks for them), looking a post up, hiding replies, blocking and posting a reply.
// Errors use X's problem bodies and statuses.
import { videoReady } from './video-processing.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answeredWithFault, bearerToken, type SimulatorContext } from './simulator-context.ts';
import type { SimOperation } from './simulator-faults.ts';
import type { SimAccount, SimComment } from './simulator-state.ts';

const problem = (reply: FastifyReply, status: number, title: string, detail: string) =>
  reply.code(status).send({ title, detail, type: 'about:blank', status });

type WithId = FastifyRequest<{ Params: { id: string } }>;

export function registerXRoutes(app: FastifyInstance, ctx: SimulatorContext): void {
  async function guard(request: FastifyRequest, reply: FastifyReply, operation: SimOperation): Promise<boolean> {
    if (!ctx.tokens.isValid('x', bearerToken(request.headers.authorization))) {
      await problem(reply, 401, 'Unauthorized', 'Unauthorized');
      return false;
    }
    return !(await answeredWithFault(ctx, reply, 'x', operation));
  }
  const xAccount = (): SimAccount => ctx.state.account('x');
  const tweet = (c: SimComment) => ({
    id: c.id,
    text: c.text,
    author_id: c.author.id,
    created_at: c.createdAt.toISOString(),
    conversation_id: c.postId,
    in_reply_to_user_id: xAccount().id,
    referenced_tweets: [{ type: 'replied_to', id: c.parentId ?? c.postId }],
  });

  /** A post or reply on X as `GET /2/tweets/:id` gives it by default (id and text). */
  const lookUp = (id: string): { id: string; text: string; edit_history_tweet_ids: string[] } | undefined => {
    const post = ctx.state.livePost(id);
    if (post && ctx.state.accounts.get(post.accountId)?.platform === 'x') {
      return { id: post.id, text: post.text, edit_history_tweet_ids: [post.id] };
    }
    const comment = ctx.state.liveComment(id);
    return comment?.platform === 'x'
      ? { id: comment.id, text: comment.text, edit_history_tweet_ids: [comment.id] }
      : undefined;
  };

  app.get('/x/2/tweets/:id', async (request: WithId, reply) => {
    if (!(await guard(request, reply, 'read'))) return reply;
    const found = lookUp(request.params.id);
    // X answers a post it cannot find with 200 and an errors list, not a 404.
    if (!found) {
      return {
        errors: [
          {
            value: request.params.id,
            detail: `Could not find tweet with id: [${request.params.id}].`,
            title: 'Not Found Error',
            resource_type: 'tweet',
            type: 'https://api.twitter.com/2/problems/resource-not-found',
          },
        ],
      };
    }
    return { data: found };
  });

  app.get('/x/2/users/:id/mentions', async (request: WithId, reply) => {
    if (!(await guard(request, reply, 'mentions'))) return reply;
    const query = request.query as Record<string, string | undefined>;
    const account = ctx.state.accounts.get(request.params.id);
    if (!account || account.platform !== 'x') return problem(reply, 404, 'Not Found Error', 'User not found');
    const since = query['since_id'] ? BigInt(query['since_id']) : 0n;
    const max = Math.min(100, Math.max(5, Number(query['max_results'] ?? 10)));
    const offset = Number(query['pagination_token'] ?? 0);
    // Newest first, as X gives them; the account's own replies are not mentions of itself.
    const all = [...ctx.state.comments.values()]
      .filter((c) => c.platform === 'x' && c.accountId === account.id && c.author.id !== account.id)
      .filter((c) => !c.deleted && BigInt(c.id) > since)
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    const page = all.slice(offset, offset + max);
    if (page.length === 0) return { meta: { result_count: 0 } };
    const users = new Map(page.map((c) => [c.author.id, c.author]));
    const next = offset + max < all.length ? String(offset + max) : undefined;
    const expansions = (query['expansions'] ?? '').split(',');
    // X includes each post replied to once: the school's post for a direct reply, the parent for a reply to a reply.
    const repliedTo = expansions.includes('referenced_tweets.id')
      ? [...new Set(page.map((c) => c.parentId ?? c.postId))].flatMap((id) => {
          const found = lookUp(id);
          return found ? [found] : [];
        })
      : [];
    return {
      data: page.map(tweet),
      includes: {
        users: [...users.values()].map((u) => ({ id: u.id, name: u.name, username: u.handle ?? u.name })),
        ...(repliedTo.length > 0 ? { tweets: repliedTo } : {}),
      },
      meta: {
        newest_id: page[0]?.id,
        oldest_id: page[page.length - 1]?.id,
        result_count: page.length,
        ...(next ? { next_token: next } : {}),
      },
    };
  });

  app.put('/x/2/tweets/:id/hidden', async (request: WithId, reply) => {
    const hidden = (request.body as { hidden?: unknown } | undefined)?.hidden;
    if (!(await guard(request, reply, hidden === false ? 'unhide' : 'hide'))) return reply;
    if (typeof hidden !== 'boolean') return problem(reply, 400, 'Invalid Request', 'hidden must be a boolean');
    const comment = ctx.state.liveComment(request.params.id);
    if (!comment || comment.platform !== 'x') return problem(reply, 404, 'Not Found Error', 'Post not found');
    // X only lets the author of the conversation's first post hide replies in it.
    const root = ctx.state.posts.get(comment.postId);
    if (!root || root.accountId !== xAccount().id) {
      return problem(reply, 403, 'Forbidden', 'You can only hide replies to conversations you started');
    }
    comment.hidden = hidden;
    ctx.state.actions.push({ api: 'x', action: hidden ? 'hide' : 'unhide', targetId: comment.id, at: ctx.now() });
    return { data: { hidden } };
  });

  // Deleting one of the account's own posts (a take-down, issue 11).
  app.delete('/x/2/tweets/:id', async (request: WithId, reply) => {
    if (!(await guard(request, reply, 'delete'))) return reply;
    const post = ctx.state.livePost(request.params.id);
    if (!post) {
      return ctx.state.liveComment(request.params.id)
        ? problem(reply, 403, 'Forbidden', 'You are not allowed to delete a Tweet you did not create.')
        : { data: { deleted: false } };
    }
    if (post.accountId !== xAccount().id) return problem(reply, 403, 'Forbidden', 'Not your post');
    post.deleted = true;
    ctx.state.actions.push({ api: 'x', action: 'delete_post', targetId: post.id, at: ctx.now() });
    return { data: { deleted: true } };
  });

  app.post('/x/2/users/:id/blocking', async (request: WithId, reply) => {
    if (!(await guard(request, reply, 'block'))) return reply;
    const target = (request.body as { target_user_id?: unknown } | undefined)?.target_user_id;
    if (request.params.id !== xAccount().id) return problem(reply, 403, 'Forbidden', 'Not your account');
    if (typeof target !== 'string' || target === '') {
      return problem(reply, 400, 'Invalid Request', 'target_user_id is required');
    }
    ctx.state.block(xAccount().id, target);
    ctx.state.actions.push({ api: 'x', action: 'block', targetId: target, at: ctx.now() });
    return { data: { blocking: true } };
  });

  app.post('/x/2/tweets', async (request, reply) => {
    const body = request.body as
      { text?: unknown; reply?: { in_reply_to_tweet_id?: unknown }; media?: { media_ids?: unknown } } | undefined;
    if (body?.reply === undefined) {
      // A new post of the school's own (issue 11), with pictures uploaded first (media.media_ids).
      if (!(await guard(request, reply, 'publish'))) return reply;
      if (typeof body?.text !== 'string' || body.text === '')
        return problem(reply, 400, 'Invalid Request', 'text is required');
      const ids = body.media?.media_ids;
      const media = Array.isArray(ids) ? ids.map((id) => ctx.state.media.get(String(id))) : [];
      if (body.media !== undefined && (!Array.isArray(ids) || ids.length === 0 || ids.length > 4)) {
        return problem(reply, 400, 'Invalid Request', 'media.media_ids must hold one to four ids');
      }
      const usable = (m: (typeof media)[number]) =>
        m !== undefined &&
        m.accountId === xAccount().id &&
        !m.used &&
        (m.kind === 'x_media' || (m.kind === 'x_video' && videoReady(m.video)));
      if (media.some((m) => !usable(m))) {
        return problem(reply, 400, 'Invalid Request', 'Your media IDs are invalid.');
      }
      if (media.some((m) => m?.kind === 'x_video') && media.length > 1) {
        return problem(reply, 400, 'Invalid Request', 'A post carries one video, or up to four pictures.');
      }
      const post = ctx.state.addPost(xAccount().id, body.text, ctx.now());
      if (media.length > 0) {
        post.images = media.flatMap((m) => (m?.image ? [m.image] : []));
        const video = media.find((m) => m?.video)?.video;
        if (video) post.video = video;
        for (const m of media) m!.used = true;
      }
      ctx.state.actions.push({ api: 'x', action: 'publish', targetId: post.id, at: ctx.now() });
      return reply.code(201).send({ data: { id: post.id, text: post.text } });
    }
    if (!(await guard(request, reply, 'reply'))) return reply;
    const parentId = body?.reply?.in_reply_to_tweet_id;
    if (typeof body?.text !== 'string' || body.text === '' || typeof parentId !== 'string') {
      return problem(reply, 400, 'Invalid Request', 'text and reply.in_reply_to_tweet_id are required');
    }
    const parent = ctx.state.liveComment(parentId);
    if (!parent || parent.platform !== 'x') return problem(reply, 404, 'Not Found Error', 'Post not found');
    const account = xAccount();
    const created = ctx.state.addComment({
      postId: parent.postId,
      parentId: parent.id,
      author: { id: account.id, name: account.name, ...(account.handle ? { handle: account.handle } : {}) },
      text: body.text,
      createdAt: ctx.now(),
    });
    ctx.state.actions.push({ api: 'x', action: 'reply', targetId: parent.id, at: ctx.now() });
    return reply.code(201).send({ data: { id: created.id, text: created.text } });
  });
}
