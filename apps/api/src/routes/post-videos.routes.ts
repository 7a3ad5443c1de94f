// A post's video (issue 11): uploading it with its poster frame, describing or removing it, the poster and the file
// for the post page, and the signed address Instagram fetches it from (the one endpoint here without a session; the
// sealed token is its only credential, as for images).
import {
  ErrorResponse,
  IdParams,
  PostDetail,
  PostImageUpdate,
  PostVideoParams,
  PostVideoUpload,
  POST_VIDEO_MAX_BYTES,
  POST_VIDEO_POSTER_MAX_BYTES,
} from '@schoolgate/contracts';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { addPostVideo, postVideoFile, updatePostVideo } from '../use-cases/posts/post-videos.ts';
import { PUBLIC_VIDEO_PATH, publicPostVideo } from '../use-cases/posts/public-image-url.ts';
import type { App } from './route-types.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  422: ErrorResponse,
};
const tags = ['posts'];
// The video and its poster in base64 (a third larger), with room for the rest of the body.
const VIDEO_BODY_LIMIT = Math.ceil(((POST_VIDEO_MAX_BYTES + POST_VIDEO_POSTER_MAX_BYTES) * 4) / 3) + 64 * 1024;
const VideoIdParams = z.object({ videoId: z.uuid() });
const TokenQuery = z.object({ token: z.string().regex(/^[A-Za-z0-9._-]{1,4096}$/, 'Not a video address.') });

export function postVideosRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;
  const sendFile = (
    reply: { header: (k: string, v: string) => unknown; send: (b: Buffer) => unknown },
    file: { contentType: string; bytes: Buffer },
  ) => {
    reply.header('content-type', file.contentType);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('cache-control', 'private, no-store');
    return reply.send(file.bytes);
  };

  app.post(
    '/api/posts/:id/video',
    {
      bodyLimit: VIDEO_BODY_LIMIT,
      schema: { tags, params: IdParams, body: PostVideoUpload, response: { 200: PostDetail, ...errors } },
    },
    async (request) => addPostVideo(ctx, await actor(request), request.params.id, request.body),
  );
  app.put(
    '/api/posts/:id/video/:videoId',
    { schema: { tags, params: PostVideoParams, body: PostImageUpdate, response: { 200: PostDetail, ...errors } } },
    async (request) =>
      updatePostVideo(ctx, await actor(request), request.params.id, request.params.videoId, request.body.altText),
  );
  app.delete(
    '/api/posts/:id/video/:videoId',
    { schema: { tags, params: PostVideoParams, response: { 200: PostDetail, ...errors } } },
    async (request) => updatePostVideo(ctx, await actor(request), request.params.id, request.params.videoId, null),
  );
  app.get(
    '/api/posts/:id/video/:videoId/poster',
    { schema: { tags, params: PostVideoParams } },
    async (request, reply) =>
      sendFile(
        reply,
        await postVideoFile(ctx, await actor(request), request.params.id, request.params.videoId, 'poster'),
      ),
  );
  app.get('/api/posts/:id/video/:videoId/file', { schema: { tags, params: PostVideoParams } }, async (request, reply) =>
    sendFile(reply, await postVideoFile(ctx, await actor(request), request.params.id, request.params.videoId, 'file')),
  );
  app.get(
    `${PUBLIC_VIDEO_PATH}/:videoId`,
    { schema: { tags, params: VideoIdParams, querystring: TokenQuery } },
    async (request, reply) => {
      const video = await publicPostVideo(ctx, request.params.videoId, request.query.token);
      return reply
        .header('content-type', video.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('referrer-policy', 'no-referrer')
        .header('x-robots-tag', 'noindex')
        .send(video.bytes);
    },
  );
}
