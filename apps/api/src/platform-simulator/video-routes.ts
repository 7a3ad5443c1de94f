// Videos sent with the school's posts (issue 11), as each platform takes them, with the refusals a school meets:
// - Facebook: POST /graph/<v>/{page-id}/videos (multipart `source`, `description`; published at once, one video per
//   post), then GET /{video-id}?fields=status answers `processing` until it is `ready`, or `error`;
// - Instagram Reels: POST /graph/<v>/{ig-id}/media with `media_type=REELS` and `video_url` (fetched here as Meta
//   fetches it), then GET /{container-id}?fields=status_code,status answers IN_PROGRESS, then FINISHED or ERROR, then
//   media_publish (media-routes.ts);
// - X: POST /x/2/media/upload/initialize (JSON: `media_type`, `total_bytes`, `media_category=tweet_video`),
//   POST /x/2/media/upload/{id}/append (multipart `media`, `segment_index`), POST /x/2/media/upload/{id}/finalize,
//   GET /x/2/media/upload?command=STATUS&media_id= (`processing_info.state`: pending, in_progress, succeeded, failed),
//   then POST /2/tweets names the media id (x-routes.ts).
// Processing answers "still processing" once by default, then ready; `state.nextVideoProcessing` changes that for the
// next video (more waits, or a failure with a reason). The lengths each platform takes are checked from the file.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answeredWithFault, bearerToken, type SimulatorContext } from './simulator-context.ts';
import { graphError, params } from './graph-routes.ts';
import type { SimFilePart } from './media-routes.ts';
import { checkProcessing, simVideoDurationMs } from './video-processing.ts';

type GraphRequest = FastifyRequest<{ Params: { version: string; id: string } }>;
type XRequest = FastifyRequest<{ Params: { id: string } }>;

const VIDEO_TYPES = new Set(['video/mp4', 'video/quicktime']);
/** Facebook Page videos, Instagram Reels (3 s to 15 min through the API), X (140 s for tweet_video). */
const LIMITS = { instagram: { min: 3_000, max: 900_000 }, x: { max: 140_000 } };
const X_CHUNK_MAX = 5 * 1024 * 1024;

const isFile = (value: unknown): value is SimFilePart =>
  typeof value === 'object' && value !== null && Buffer.isBuffer((value as SimFilePart).bytes);

async function fetchVideo(url: string): Promise<{ bytes: Buffer; type: string } | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (response.status !== 200) return null;
    return { bytes: Buffer.from(await response.arrayBuffer()), type };
  } catch {
    return null;
  }
}

/** Instagram: a Reels container from `video_url` (called by the /media route for `media_type=REELS`). */
export async function createReelContainer(
  ctx: SimulatorContext,
  reply: FastifyReply,
  accountId: string,
  p: Record<string, string>,
) {
  const url = p['video_url'];
  if (!url) return graphError(reply, 100, '(#100) The parameter video_url is required');
  const fetched = await fetchVideo(url);
  if (!fetched) {
    return graphError(reply, 9004, "Media download has failed. The media URI doesn't meet our requirements.", 2207052);
  }
  const durationMs = simVideoDurationMs(fetched.bytes);
  if (!VIDEO_TYPES.has(fetched.type) || durationMs === null) {
    return graphError(
      reply,
      9004,
      'The video format is not supported. Please check the spec for supported formats.',
      2207026,
    );
  }
  if (durationMs < LIMITS.instagram.min || durationMs > LIMITS.instagram.max) {
    return graphError(
      reply,
      100,
      '(#100) The video duration is out of range: Reels last 3 seconds to 15 minutes.',
      2207082,
    );
  }
  const video = ctx.state.newVideo({
    contentType: fetched.type,
    bytes: fetched.bytes,
    altText: null,
    durationMs,
    fetchedFrom: url,
  });
  const container = ctx.state.addMedia({
    accountId,
    kind: 'instagram_reel',
    image: null,
    video,
    caption: p['caption'] ?? null,
    carouselItem: false,
    children: [],
  });
  ctx.state.actions.push({ api: 'graph', action: 'upload', targetId: container.id, at: ctx.now() });
  return { id: container.id };
}

const problem = (reply: FastifyReply, status: number, title: string, detail: string) =>
  reply.code(status).send({ title, detail, type: 'about:blank', status });

export function registerVideoRoutes(app: FastifyInstance, ctx: SimulatorContext): void {
  app.post('/graph/:version/:id/videos', async (request: GraphRequest, reply) => {
    if (!ctx.tokens.isValid('graph', bearerToken(request.headers.authorization))) {
      return graphError(reply, 190, 'Error validating access token: The session is invalid.');
    }
    if (await answeredWithFault(ctx, reply, 'graph', 'upload')) return reply;
    const account = ctx.state.accounts.get(request.params.id);
    if (!account || account.platform !== 'facebook') return graphError(reply, 100, 'Object does not exist', 33);
    const p = { ...params(request), ...((request.body ?? {}) as Record<string, unknown>) };
    const source = p['source'];
    if (!isFile(source))
      return graphError(reply, 390, 'There was a problem uploading your video file. Please try again.');
    const durationMs = simVideoDurationMs(source.bytes);
    if (!VIDEO_TYPES.has(source.type) || durationMs === null) {
      return graphError(reply, 352, 'Sorry, the video file you selected is in a format that we don’t support.');
    }
    const video = ctx.state.newVideo({
      contentType: source.type,
      bytes: source.bytes,
      altText: null,
      durationMs,
      fetchedFrom: null,
    });
    const description = typeof p['description'] === 'string' ? p['description'] : '';
    const post = ctx.state.addPost(account.id, description, ctx.now());
    post.video = video;
    ctx.state.actions.push({ api: 'graph', action: 'upload', targetId: post.id, at: ctx.now() });
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
  const xUpload = (id: string) => {
    const media = ctx.state.media.get(id);
    return media?.kind === 'x_video' && media.upload ? media : null;
  };

  app.post('/x/2/media/upload/initialize', async (request, reply) => {
    if (!(await xGuard(request, reply))) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const type = body['media_type'];
    const total = Number(body['total_bytes']);
    if (typeof type !== 'string' || !VIDEO_TYPES.has(type)) {
      return problem(reply, 400, 'Invalid Request', 'media_type must be video/mp4 or video/quicktime');
    }
    if (body['media_category'] !== 'tweet_video') {
      return problem(reply, 400, 'Invalid Request', 'media_category must be tweet_video for a video');
    }
    if (!Number.isInteger(total) || total <= 0 || total > 512 * 1024 * 1024) {
      return problem(reply, 400, 'Invalid Request', 'total_bytes must be between 1 byte and 512 MB');
    }
    const media = ctx.state.addMedia({
      accountId: ctx.state.account('x').id,
      kind: 'x_video',
      image: null,
      caption: null,
      carouselItem: false,
      children: [],
      upload: { mediaType: type, totalBytes: total, parts: new Map(), finalized: false },
    });
    ctx.state.actions.push({ api: 'x', action: 'upload', targetId: media.id, at: ctx.now() });
    return { data: { id: media.id, media_key: `7_${media.id}`, expires_after_secs: 86_400 } };
  });

  app.post('/x/2/media/upload/:id/append', async (request: XRequest, reply) => {
    if (!(await xGuard(request, reply))) return reply;
    const media = xUpload(request.params.id);
    if (!media || media.upload!.finalized) return problem(reply, 400, 'Invalid Request', 'Unknown or finished upload');
    const body = (request.body ?? {}) as Record<string, unknown>;
    const index = Number(body['segment_index']);
    const part = body['media'];
    if (!isFile(part) || !Number.isInteger(index) || index < 0 || index > 999) {
      return problem(reply, 400, 'Invalid Request', 'media (multipart) and segment_index 0-999 are required');
    }
    if (part.bytes.length > X_CHUNK_MAX) return problem(reply, 400, 'Invalid Request', 'A segment is 5 MB at most');
    media.upload!.parts.set(index, part.bytes);
    return { data: { expires_at: Math.floor(ctx.now().getTime() / 1000) + 86_400 } };
  });

  app.post('/x/2/media/upload/:id/finalize', async (request: XRequest, reply) => {
    if (!(await xGuard(request, reply))) return reply;
    const media = xUpload(request.params.id);
    if (!media || media.upload!.finalized) return problem(reply, 400, 'Invalid Request', 'Unknown or finished upload');
    const upload = media.upload!;
    const order = [...upload.parts.keys()].sort((a, b) => a - b);
    const bytes = Buffer.concat(order.map((n) => upload.parts.get(n)!));
    if (bytes.length !== upload.totalBytes || order.some((n, i) => n !== i)) {
      return problem(reply, 400, 'Invalid Request', 'The segments do not add up to total_bytes');
    }
    upload.finalized = true;
    const durationMs = simVideoDurationMs(bytes);
    const video = ctx.state.newVideo({
      contentType: upload.mediaType,
      bytes,
      altText: null,
      durationMs,
      fetchedFrom: null,
    });
    // X checks the file while processing: what it cannot use fails there, with the reason.
    if (durationMs === null) video.processing.failure ??= 'The media could not be processed (unsupported format).';
    else if (durationMs > LIMITS.x.max) video.processing.failure ??= 'The video is longer than 140 seconds.';
    media.video = video;
    return {
      data: {
        id: media.id,
        media_key: `7_${media.id}`,
        size: bytes.length,
        expires_after_secs: 86_400,
        processing_info: { state: 'pending', check_after_secs: 1 },
      },
    };
  });

  app.get('/x/2/media/upload', async (request, reply) => {
    if (!ctx.tokens.isValid('x', bearerToken(request.headers.authorization))) {
      return problem(reply, 401, 'Unauthorized', 'Unauthorized');
    }
    if (await answeredWithFault(ctx, reply, 'x', 'read')) return reply;
    const query = (request.query ?? {}) as Record<string, string>;
    const media = query['media_id'] ? xUpload(query['media_id']) : null;
    if (query['command'] !== 'STATUS' || !media?.video) {
      return problem(reply, 400, 'Invalid Request', 'command=STATUS and a finalized media_id are required');
    }
    ctx.state.actions.push({ api: 'x', action: 'status', targetId: media.id, at: ctx.now() });
    const state = checkProcessing(media.video);
    return {
      data: {
        id: media.id,
        media_key: `7_${media.id}`,
        processing_info:
          state === 'in_progress'
            ? { state: 'in_progress', check_after_secs: 1, progress_percent: 50 }
            : state === 'failed'
              ? { state: 'failed', error: { code: 1, name: 'InvalidMedia', message: media.video.processing.failure } }
              : { state: 'succeeded', progress_percent: 100 },
      },
    };
  });

  app.get('/sim/videos/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const video = ctx.state.videos.get(request.params.id);
    if (!video) return reply.code(404).send({ error: 'No such video' });
    return reply.header('content-type', video.contentType).send(video.bytes);
  });
}
