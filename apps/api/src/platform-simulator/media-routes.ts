// Pictures sent with the school's posts (issue 11), as each platform takes them:
// - Facebook: POST /graph/<v>/{page-id}/photos (multipart `source`, or `url`; `published=false` keeps it for a feed
//   post's attached_media; `alt_text_custom` describes it);
// - Instagram: POST /graph/<v>/{ig-id}/media (`image_url`, which is fetched here as Meta fetches it, so an address
//   that does not answer is refused as Meta refuses it; `caption`, `alt_text`; `is_carousel_item`, or
//   `media_type=CAROUSEL` with `children`), GET /{container-id}?fields=status_code, POST /{ig-id}/media_publish;
// - X: POST /x/2/media/upload (multipart `media`, `media_category`), POST /x/2/media/metadata (alt text);
// and two pages for people: GET /sim/accounts/:id shows an account's posts with their pictures and descriptions,
// GET /sim/images/:id serves one picture.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answeredWithFault, bearerToken, type SimulatorContext } from './simulator-context.ts';
import { graphError, params } from './graph-routes.ts';
import { postPermalink } from './meta-payloads.ts';
import type { SimImage } from './simulator-state.ts';
import { createReelContainer } from './video-routes.ts';
import { videoReady } from './video-processing.ts';

type GraphRequest = FastifyRequest<{ Params: { version: string; id: string } }>;
/** A file part of a multipart body, as the simulator's parser gives it. */
export interface SimFilePart {
  type: string;
  name: string;
  bytes: Buffer;
}
const isFile = (value: unknown): value is SimFilePart =>
  typeof value === 'object' && value !== null && Buffer.isBuffer((value as SimFilePart).bytes);

const problem = (reply: FastifyReply, status: number, title: string, detail: string) =>
  reply.code(status).send({ title, detail, type: 'about:blank', status });

/** Fetches a picture from an address, as Meta does; null when it cannot be had or is not a picture. */
async function fetchPicture(url: string): Promise<{ bytes: Buffer; type: string } | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    const type = response.headers.get('content-type') ?? '';
    if (response.status !== 200 || !type.startsWith('image/')) return null;
    return { bytes: Buffer.from(await response.arrayBuffer()), type };
  } catch {
    return null;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function registerMediaRoutes(app: FastifyInstance, ctx: SimulatorContext): void {
  async function graphGuard(request: GraphRequest, reply: FastifyReply, operation: 'upload' | 'publish') {
    if (!ctx.tokens.isValid('graph', bearerToken(request.headers.authorization))) {
      await graphError(reply, 190, 'Error validating access token: The session is invalid.');
      return false;
    }
    return !(await answeredWithFault(ctx, reply, 'graph', operation));
  }

  app.post('/graph/:version/:id/photos', async (request: GraphRequest, reply) => {
    if (!(await graphGuard(request, reply, 'upload'))) return reply;
    const account = ctx.state.accounts.get(request.params.id);
    if (!account || account.platform !== 'facebook') return graphError(reply, 100, 'Object does not exist', 33);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const p = { ...params(request), ...body } as Record<string, unknown>;
    let picture: { bytes: Buffer; type: string } | null = null;
    if (isFile(p['source'])) picture = { bytes: p['source'].bytes, type: p['source'].type };
    else if (typeof p['url'] === 'string') picture = await fetchPicture(p['url']);
    if (!picture) return graphError(reply, 324, '(#324) Requires upload file');
    const altText = typeof p['alt_text_custom'] === 'string' ? p['alt_text_custom'] : null;
    const image = ctx.state.newImage({
      contentType: picture.type,
      bytes: picture.bytes,
      altText,
      fetchedFrom: typeof p['url'] === 'string' ? p['url'] : null,
    });
    const photo = ctx.state.addMedia({
      accountId: account.id,
      kind: 'facebook_photo',
      image,
      caption: null,
      carouselItem: false,
      children: [],
    });
    ctx.state.actions.push({ api: 'graph', action: 'upload', targetId: photo.id, at: ctx.now() });
    if (p['published'] === 'false') return { id: photo.id };
    // Published at once: a photo post of its own.
    const post = ctx.state.addPost(account.id, typeof p['message'] === 'string' ? p['message'] : '', ctx.now());
    post.images = [image];
    photo.used = true;
    ctx.state.actions.push({ api: 'graph', action: 'publish', targetId: post.id, at: ctx.now() });
    return { id: photo.id, post_id: post.id };
  });

  app.post('/graph/:version/:id/media', async (request: GraphRequest, reply) => {
    if (!(await graphGuard(request, reply, 'upload'))) return reply;
    const account = ctx.state.accounts.get(request.params.id);
    if (!account || account.platform !== 'instagram') return graphError(reply, 100, 'Object does not exist', 33);
    const p = params(request);
    const caption = p['caption'] ?? null;
    if (p['media_type'] === 'CAROUSEL') {
      const children = (p['children'] ?? '').split(',').filter(Boolean);
      const items = children.map((id) => ctx.state.media.get(id));
      if (
        children.length < 2 ||
        children.length > 10 ||
        items.some((m) => !m || !m.carouselItem || m.accountId !== account.id || m.used)
      ) {
        return graphError(reply, 100, '(#100) The carousel needs 2 to 10 valid children');
      }
      const carousel = ctx.state.addMedia({
        accountId: account.id,
        kind: 'instagram_carousel',
        image: null,
        caption,
        carouselItem: false,
        children,
      });
      return { id: carousel.id };
    }
    if (p['media_type'] === 'REELS') return createReelContainer(ctx, reply, account.id, p);
    if (p['media_type'] !== undefined && p['media_type'] !== 'IMAGE') {
      return graphError(reply, 100, '(#100) The simulator takes pictures, carousels and Reels');
    }
    const url = p['image_url'];
    if (!url) return graphError(reply, 100, '(#100) The parameter image_url is required');
    const picture = await fetchPicture(url);
    if (!picture) {
      return graphError(
        reply,
        9004,
        "Media download has failed. The media URI doesn't meet our requirements.",
        2207052,
      );
    }
    const image = ctx.state.newImage({
      contentType: picture.type,
      bytes: picture.bytes,
      altText: p['alt_text'] ?? null,
      fetchedFrom: url,
    });
    const container = ctx.state.addMedia({
      accountId: account.id,
      kind: 'instagram_container',
      image,
      caption,
      carouselItem: p['is_carousel_item'] === 'true',
      children: [],
    });
    ctx.state.actions.push({ api: 'graph', action: 'upload', targetId: container.id, at: ctx.now() });
    return { id: container.id };
  });

  app.post('/graph/:version/:id/media_publish', async (request: GraphRequest, reply) => {
    if (!(await graphGuard(request, reply, 'publish'))) return reply;
    const account = ctx.state.accounts.get(request.params.id);
    if (!account || account.platform !== 'instagram') return graphError(reply, 100, 'Object does not exist', 33);
    const container = ctx.state.media.get(params(request)['creation_id'] ?? '');
    if (!container || container.accountId !== account.id || container.carouselItem || container.used) {
      return graphError(reply, 100, '(#100) Invalid creation_id');
    }
    if (container.kind === 'instagram_reel' && !videoReady(container.video)) {
      return graphError(
        reply,
        9007,
        '(#9007) The media is not ready for publishing, please wait for a moment',
        2207027,
      );
    }
    const images =
      container.kind === 'instagram_carousel'
        ? container.children.flatMap((id) => {
            const child = ctx.state.media.get(id);
            if (child) child.used = true;
            return child?.image ? [child.image] : [];
          })
        : container.image
          ? [container.image]
          : [];
    container.used = true;
    const post = ctx.state.addPost(account.id, container.caption ?? '', ctx.now());
    post.images = images;
    if (container.video) post.video = container.video;
    ctx.state.actions.push({ api: 'graph', action: 'publish', targetId: post.id, at: ctx.now() });
    return { id: post.id };
  });

  async function xGuard(request: FastifyRequest, reply: FastifyReply) {
    if (!ctx.tokens.isValid('x', bearerToken(request.headers.authorization))) {
      await problem(reply, 401, 'Unauthorized', 'Unauthorized');
      return false;
    }
    return !(await answeredWithFault(ctx, reply, 'x', 'upload'));
  }

  app.post('/x/2/media/upload', async (request, reply) => {
    if (!(await xGuard(request, reply))) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const file = body['media'];
    if (!isFile(file)) return problem(reply, 400, 'Invalid Request', 'media is required (multipart)');
    const type = typeof body['media_type'] === 'string' ? body['media_type'] : file.type;
    if (!type.startsWith('image/') || (body['media_category'] ?? 'tweet_image') !== 'tweet_image') {
      return problem(reply, 400, 'Invalid Request', 'The simulator takes pictures only (tweet_image)');
    }
    const x = ctx.state.account('x');
    const media = ctx.state.addMedia({
      accountId: x.id,
      kind: 'x_media',
      image: ctx.state.newImage({ contentType: type, bytes: file.bytes, altText: null, fetchedFrom: null }),
      caption: null,
      carouselItem: false,
      children: [],
    });
    ctx.state.actions.push({ api: 'x', action: 'upload', targetId: media.id, at: ctx.now() });
    return {
      data: {
        id: media.id,
        media_key: `3_${media.id}`,
        size: file.bytes.length,
        expires_after_secs: 86_400,
        image: { image_type: type },
      },
    };
  });

  app.post('/x/2/media/metadata', async (request, reply) => {
    if (!(await xGuard(request, reply))) return reply;
    const body = (request.body ?? {}) as { id?: unknown; metadata?: { alt_text?: { text?: unknown } } };
    const media = typeof body.id === 'string' ? ctx.state.media.get(body.id) : undefined;
    const text = body.metadata?.alt_text?.text;
    const described = media?.image ?? media?.video;
    if (!media || !['x_media', 'x_video'].includes(media.kind) || !described) {
      return problem(reply, 400, 'Invalid Request', 'Unknown id');
    }
    if (typeof text !== 'string' || text.length > 1000) {
      return problem(reply, 400, 'Invalid Request', 'metadata.alt_text.text must be 1000 characters at most');
    }
    described.altText = text;
    ctx.state.actions.push({ api: 'x', action: 'describe', targetId: media.id, at: ctx.now() });
    return { data: { id: media.id, associated_metadata: { alt_text: { text } } } };
  });

  app.get('/sim/images/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const image: SimImage | undefined = ctx.state.images.get(request.params.id);
    if (!image) return reply.code(404).send({ error: 'No such picture' });
    return reply.header('content-type', image.contentType).send(image.bytes);
  });

  app.get('/sim/accounts/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const account = ctx.state.accounts.get(request.params.id);
    if (!account) return reply.code(404).send({ error: 'No such account' });
    const posts = [...ctx.state.posts.values()].filter((p) => p.accountId === account.id).reverse();
    const items = posts
      .map((post) => {
        const pictures = (post.images ?? [])
          .map(
            (image) =>
              `<figure><img src="/sim/images/${encodeURIComponent(image.id)}" alt="${escapeHtml(image.altText ?? '')}" width="240">` +
              `<figcaption>${image.altText ? `Alt text: ${escapeHtml(image.altText)}` : 'No alt text'}</figcaption></figure>`,
          )
          .join('');
        const video = post.video
          ? `<figure><video controls preload="metadata" src="/sim/videos/${encodeURIComponent(post.video.id)}" width="240"></video>` +
            `<figcaption>${post.video.altText ? `Video description: ${escapeHtml(post.video.altText)}` : 'Video (no description sent)'}</figcaption></figure>`
          : '';
        const state = post.deleted ? '<p><strong>Deleted by the account</strong></p>' : '';
        const link =
          account.platform === 'x' ? '' : `<a href="${escapeHtml(postPermalink(account, post) ?? '')}">permalink</a>`;
        return `<article data-post-id="${escapeHtml(post.id)}"${post.deleted ? ' class="deleted"' : ''}>${state}<p>${escapeHtml(post.text)}</p>${pictures}${video}<p><small>${escapeHtml(post.id)} ${link}</small></p></article>`;
      })
      .join('');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(account.name)} (simulated ${account.platform})</title>` +
          `<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto}article{border:1px solid #ccc;padding:1rem;margin:1rem 0}.deleted{opacity:.5}figure{display:inline-block;margin:.5rem}</style></head>` +
          `<body><h1>${escapeHtml(account.name)}</h1><p>Simulated ${account.platform} account: what Schoolgate published.</p>${items || '<p>No posts yet.</p>'}</body></html>`,
      );
  });
}
