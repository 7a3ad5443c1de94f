// What a browser test may ask the simulator to do as a member of the public, over HTTP, since it runs in another
// process: POST /sim/comments {accountId, text, authorName?} comments on the account's newest post (making one
// when it has none) and delivers the webhook as the platform would; POST /sim/messages {accountId, text, authorName?}
// writes to a Page or Instagram account privately, as a parent would; POST /sim/videos/next {stillProcessing?,
// failure?} sets how the next video any platform receives is processed (so many "still processing" answers, then
// ready, or failed with that reason), to show a slow or failed video in the demo. Bound to 127.0.0.1 like the rest.
import type { FastifyInstance } from 'fastify';
import { postComment } from './people-actions.ts';
import { sendPrivateMessage } from './private-messages.ts';
import type { SimulatorContext } from './simulator-context.ts';

let people = 0;

export function registerControlRoutes(app: FastifyInstance, ctx: SimulatorContext): void {
  app.post('/sim/comments', async (request, reply) => {
    const body = (request.body ?? {}) as { accountId?: unknown; text?: unknown; authorName?: unknown };
    const account = typeof body.accountId === 'string' ? ctx.state.accounts.get(body.accountId) : undefined;
    if (!account || typeof body.text !== 'string' || body.text.trim() === '') {
      return reply.code(400).send({ error: 'Give the accountId of a simulated account and the text.' });
    }
    const post =
      [...ctx.state.posts.values()].reverse().find((p) => p.accountId === account.id) ??
      ctx.state.addPost(account.id, 'Our Christmas fair is on Saturday!', ctx.now());
    people += 1;
    const name = typeof body.authorName === 'string' && body.authorName.trim() ? body.authorName.trim() : 'Sam Parent';
    const { comment } = await postComment(ctx, {
      platform: account.platform,
      postId: post.id,
      author: {
        id: `sim-person-${people}`,
        name,
        handle: name.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
      },
      text: body.text,
    });
    return { commentId: comment.id, postId: post.id };
  });

  app.post('/sim/videos/next', async (request, reply) => {
    const body = (request.body ?? {}) as { stillProcessing?: unknown; failure?: unknown };
    const waits = body.stillProcessing ?? 1;
    if (typeof waits !== 'number' || !Number.isInteger(waits) || waits < 0 || waits > 100) {
      return reply.code(400).send({ error: 'stillProcessing is a whole number from 0 to 100.' });
    }
    if (body.failure !== undefined && (typeof body.failure !== 'string' || body.failure.trim() === '')) {
      return reply.code(400).send({ error: 'failure is the reason processing fails, in words.' });
    }
    ctx.state.nextVideoProcessing = {
      stillProcessing: waits,
      failure: typeof body.failure === 'string' ? body.failure : null,
    };
    return { next: ctx.state.nextVideoProcessing };
  });

  app.post('/sim/messages', async (request, reply) => {
    const body = (request.body ?? {}) as { accountId?: unknown; text?: unknown; authorName?: unknown };
    const account = typeof body.accountId === 'string' ? ctx.state.accounts.get(body.accountId) : undefined;
    if (!account || account.platform === 'x' || typeof body.text !== 'string' || body.text.trim() === '') {
      return reply
        .code(400)
        .send({ error: 'Give the accountId of a simulated Page or Instagram account and the text.' });
    }
    people += 1;
    const { message } = await sendPrivateMessage(ctx, {
      platform: account.platform,
      accountId: account.id,
      from: { id: `sim-person-${people}`, name: typeof body.authorName === 'string' ? body.authorName : 'Sam Parent' },
      text: body.text,
    });
    return { messageId: message.id };
  });
}
