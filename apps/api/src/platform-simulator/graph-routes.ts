// The Graph API subset the Facebook and Instagram connectors use, under /graph/<version>:
// POST /{comment-id} (is_hidden for Facebook, hide for Instagram), DELETE /{comment-id},
// POST /{comment-id}/comments (Facebook reply), POST /{comment-id}/replies (Instagram reply),
// POST /{page-id}/blocked, and GET /{id} to look a comment or a post up (a Page post's message and permalink_url,
// Instagram media's caption and permalink; only the fields asked for, as Graph does).
// Facebook actions are echoed as feed webhooks, as Meta does, so ingestion sees its own changes come back.
import { facebookVideoStatus, reelContainerStatus } from './video-processing.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { facebookFeedPayload, postPermalink, type FeedVerb } from './meta-payloads.ts';
import { answeredWithFault, bearerToken, type SimulatorContext } from './simulator-context.ts';
import type { SimOperation } from './simulator-faults.ts';
import type { SimComment, SimMedia } from './simulator-state.ts';

type Params = { version: string; id: string };
type GraphRequest = FastifyRequest<{ Params: Params }>;

export function graphError(reply: FastifyReply, code: number, message: string, subcode?: number) {
  return reply.code(400).send({
    error: {
      message,
      type: code === 190 ? 'OAuthException' : 'GraphMethodException',
      code,
      ...(subcode ? { error_subcode: subcode } : {}),
      fbtrace_id: 'SimulatedTrace',
    },
  });
}

/** Graph takes parameters from the query string or a form body; both are read here. */
export function params(request: FastifyRequest): Record<string, string> {
  const fromBody = typeof request.body === 'object' && request.body !== null ? request.body : {};
  const fromQuery = typeof request.query === 'object' && request.query !== null ? request.query : {};
  return { ...(fromQuery as Record<string, string>), ...(fromBody as Record<string, string>) };
}

export function registerGraphRoutes(app: FastifyInstance, ctx: SimulatorContext): void {
  // Checks the token, the failure queue and that the comment exists; answers the request itself when any fails.
  async function prepare(
    request: GraphRequest,
    reply: FastifyReply,
    operation: SimOperation,
  ): Promise<SimComment | 'answered'> {
    if (!ctx.tokens.isValid('graph', bearerToken(request.headers.authorization))) {
      await graphError(reply, 190, 'Error validating access token: The session is invalid.');
      return 'answered';
    }
    if (await answeredWithFault(ctx, reply, 'graph', operation)) return 'answered';
    const comment = ctx.state.liveComment(request.params.id);
    if (!comment || comment.platform === 'x') {
      await graphError(
        reply,
        100,
        `Unsupported request. Object with ID '${request.params.id}' does not exist or cannot be loaded.`,
        33,
      );
      return 'answered';
    }
    return comment;
  }

  const echo = (comment: SimComment, verb: FeedVerb) => {
    if (comment.platform !== 'facebook') return;
    const page = ctx.state.accounts.get(comment.accountId);
    const post = ctx.state.posts.get(comment.postId);
    if (page && post) ctx.deliverer.deliverLater(facebookFeedPayload(page, post, comment, verb, ctx.now()));
  };

  app.get('/graph/:version/:id', async (request: GraphRequest, reply) => {
    if (!ctx.tokens.isValid('graph', bearerToken(request.headers.authorization))) {
      return graphError(reply, 190, 'Error validating access token: The session is invalid.');
    }
    if (await answeredWithFault(ctx, reply, 'graph', 'read')) return reply;
    const fields = params(request)['fields'];
    const asked = fields?.split(',').map((f) => f.trim());
    const only = (object: Record<string, unknown>) =>
      asked
        ? Object.fromEntries(
            Object.entries(object).filter(([k, v]) => (k === 'id' || asked.includes(k)) && v !== undefined),
          )
        : object;
    const container = ctx.state.media.get(request.params.id);
    if (container?.kind === 'instagram_reel') return only(reelContainerStatus(container));
    if (container && container.kind !== 'x_media') {
      // A container is ready at once here; Meta may take a while and says IN_PROGRESS meanwhile.
      return only({ id: container.id, status_code: container.used ? 'PUBLISHED' : 'FINISHED' });
    }
    const post = ctx.state.livePost(request.params.id);
    const account = post && ctx.state.accounts.get(post.accountId);
    if (post && account?.platform === 'facebook') {
      return only({
        id: post.id,
        message: post.text || undefined,
        permalink_url: postPermalink(account, post),
        ...(post.video && asked?.includes('status') ? { status: facebookVideoStatus(post.video) } : {}),
      });
    }
    if (post && account?.platform === 'instagram') {
      return only({ id: post.id, caption: post.text || undefined, permalink: postPermalink(account, post) });
    }
    const comment = ctx.state.liveComment(request.params.id);
    if (!comment || comment.platform === 'x') return graphError(reply, 100, 'Object does not exist', 33);
    return only({ id: comment.id, message: comment.text, is_hidden: comment.hidden, from: comment.author });
  });

  app.post('/graph/:version/:id', async (request: GraphRequest, reply) => {
    const p = params(request);
    const field = p['is_hidden'] !== undefined ? 'is_hidden' : 'hide';
    const wanted = p[field];
    const operation = wanted === 'false' ? 'unhide' : 'hide';
    const comment = await prepare(request, reply, operation);
    if (comment === 'answered') return reply;
    // Facebook calls it is_hidden and Instagram hide; a connector using the other's name is a bug worth showing.
    const expected = comment.platform === 'facebook' ? 'is_hidden' : 'hide';
    if (field !== expected || (wanted !== 'true' && wanted !== 'false')) {
      return graphError(reply, 100, `(#100) Param ${expected} must be true or false`);
    }
    comment.hidden = wanted === 'true';
    ctx.state.actions.push({ api: 'graph', action: operation, targetId: comment.id, at: ctx.now() });
    echo(comment, comment.hidden ? 'hide' : 'unhide');
    return { success: true };
  });

  app.delete('/graph/:version/:id', async (request: GraphRequest, reply) => {
    const post = ctx.state.livePost(request.params.id);
    if (post) {
      // The school's own post (a take-down). Facebook deletes Page posts; Instagram's API cannot delete media.
      if (!ctx.tokens.isValid('graph', bearerToken(request.headers.authorization))) {
        return graphError(reply, 190, 'Error validating access token: The session is invalid.');
      }
      if (await answeredWithFault(ctx, reply, 'graph', 'delete')) return reply;
      if (ctx.state.accounts.get(post.accountId)?.platform !== 'facebook') {
        return graphError(reply, 100, 'Unsupported delete request.');
      }
      post.deleted = true;
      ctx.state.actions.push({ api: 'graph', action: 'delete_post', targetId: post.id, at: ctx.now() });
      return { success: true };
    }
    const comment = await prepare(request, reply, 'delete');
    if (comment === 'answered') return reply;
    comment.deleted = true;
    ctx.state.actions.push({ api: 'graph', action: 'delete', targetId: comment.id, at: ctx.now() });
    echo(comment, 'remove');
    return { success: true };
  });

  const replyRoute = (edge: 'comments' | 'replies', platform: 'facebook' | 'instagram') =>
    app.post(`/graph/:version/:id/${edge}`, async (request: GraphRequest, reply) => {
      const parent = await prepare(request, reply, 'reply');
      if (parent === 'answered') return reply;
      const message = params(request)['message'];
      if (parent.platform !== platform) return graphError(reply, 100, `(#100) Unknown path components: /${edge}`);
      if (!message) return graphError(reply, 100, '(#100) Missing message');
      const account = ctx.state.accounts.get(parent.accountId);
      if (!account) return graphError(reply, 100, 'No account');
      const created = ctx.state.addComment({
        postId: parent.postId,
        parentId: parent.id,
        author: { id: account.id, name: account.name, ...(account.handle ? { handle: account.handle } : {}) },
        text: message,
        createdAt: ctx.now(),
      });
      ctx.state.actions.push({ api: 'graph', action: 'reply', targetId: parent.id, at: ctx.now() });
      echo(created, 'add');
      return { id: created.id };
    });
  replyRoute('comments', 'facebook');
  replyRoute('replies', 'instagram');

  // A new Page post (issue 11). Registered before the comment routes' catch-all would see it.
  app.post('/graph/:version/:id/feed', async (request: GraphRequest, reply) => {
    if (bearerToken(request.headers.authorization) !== ctx.graphAccessToken) {
      return graphError(reply, 190, 'Error validating access token: The session is invalid.');
    }
    if (await answeredWithFault(ctx, reply, 'graph', 'publish')) return reply;
    const account = ctx.state.accounts.get(request.params.id);
    if (!account || account.platform !== 'facebook') return graphError(reply, 100, 'Object does not exist', 33);
    const p = params(request);
    const message = p['message'];
    // Photos uploaded unpublished are attached as attached_media[n]={"media_fbid":"..."}.
    const attached: SimMedia[] = [];
    for (const [key, value] of Object.entries(p)) {
      if (!/^attached_media\[\d+\]$/.test(key)) continue;
      let fbid: unknown;
      try {
        fbid = (JSON.parse(String(value)) as { media_fbid?: unknown }).media_fbid;
      } catch {
        fbid = undefined;
      }
      const media = typeof fbid === 'string' ? ctx.state.media.get(fbid) : undefined;
      if (!media || media.kind !== 'facebook_photo' || media.accountId !== account.id || media.used) {
        return graphError(reply, 100, `(#100) Invalid attached_media: ${String(value)}`);
      }
      attached.push(media);
    }
    if (!message && attached.length === 0) return graphError(reply, 100, '(#100) Missing message');
    const post = ctx.state.addPost(account.id, message ?? '', ctx.now());
    if (attached.length > 0) {
      post.images = attached.flatMap((m) => (m.image ? [m.image] : []));
      for (const m of attached) m.used = true;
    }
    ctx.state.actions.push({ api: 'graph', action: 'publish', targetId: post.id, at: ctx.now() });
    return { id: post.id };
  });

  app.post('/graph/:version/:id/blocked', async (request: GraphRequest, reply) => {
    if (!ctx.tokens.isValid('graph', bearerToken(request.headers.authorization))) {
      return graphError(reply, 190, 'Error validating access token: The session is invalid.');
    }
    if (await answeredWithFault(ctx, reply, 'graph', 'block')) return reply;
    const page = ctx.state.accounts.get(request.params.id);
    if (!page || page.platform !== 'facebook') return graphError(reply, 100, 'Object does not exist', 33);
    const user = params(request)['user'];
    if (!user) return graphError(reply, 100, '(#100) Missing user');
    ctx.state.block(page.id, user);
    ctx.state.actions.push({ api: 'graph', action: 'block', targetId: user, at: ctx.now() });
    return { [user]: true };
  });
}
