// Posts with guardrails (issue 11): drafts with images and tagged pupils, the checks, approval, publishing, the
// head's pause switch, take-down tasks and the archive export. Handlers parse, call one use case and present.
import { Readable } from 'node:stream';
import {
  ApprovePostRequest,
  ErrorResponse,
  IdParams,
  PausePublishingRequest,
  PostDetail,
  PostImageParams,
  PostImageUpdate,
  PostImageUpload,
  PostListQuery,
  PostListResponse,
  PostPupilOptions,
  PostPupilQuery,
  POSTS_API,
  PublishPostRequest,
  PublishingPauseResponse,
  SavePostRequest,
  TakedownDoneRequest,
  TakedownList,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import {
  completeTakedown,
  exportArchive,
  getPublishingPause,
  listTakedowns,
  setPublishingPause,
} from '../use-cases/posts/post-record.ts';
import {
  addPostImage,
  approvePost,
  getPost,
  listPosts,
  postImageFile,
  postPupilOptions,
  savePost,
  schedulePost,
  updatePostImage,
} from '../use-cases/posts/posts.ts';
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
// Four images of 10 MB, sent one at a time, grow by a third in base64.
const IMAGE_BODY_LIMIT = 14 * 1024 * 1024;
// The same search as the list (contract text: no NUL characters or lone surrogates).
const ArchiveQuery = PostListQuery.pick({ search: true });

export function postsRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;

  app.get(
    POSTS_API.posts,
    { schema: { tags, querystring: PostListQuery, response: { 200: PostListResponse, ...errors } } },
    async (request) => listPosts(ctx, await actor(request), request.query),
  );
  app.post(
    POSTS_API.posts,
    { schema: { tags, body: SavePostRequest, response: { 201: PostDetail, ...errors } } },
    async (request, reply) => reply.status(201).send(await savePost(ctx, await actor(request), request.body)),
  );
  app.get(
    POSTS_API.pupils,
    { schema: { tags, querystring: PostPupilQuery, response: { 200: PostPupilOptions, ...errors } } },
    async (request) => postPupilOptions(ctx, await actor(request), request.query.search),
  );
  app.get(
    POSTS_API.pause,
    { schema: { tags, response: { 200: PublishingPauseResponse, ...errors } } },
    async (request) => getPublishingPause(ctx, await actor(request)),
  );
  app.put(
    POSTS_API.pause,
    { schema: { tags, body: PausePublishingRequest, response: { 200: PublishingPauseResponse, ...errors } } },
    async (request) => setPublishingPause(ctx, await actor(request), request.body),
  );
  app.get(POSTS_API.takedowns, { schema: { tags, response: { 200: TakedownList, ...errors } } }, async (request) =>
    listTakedowns(ctx, await actor(request)),
  );
  app.post(
    '/api/posts/takedowns/:id/done',
    { schema: { tags, params: IdParams, body: TakedownDoneRequest, response: { 200: TakedownList, ...errors } } },
    async (request) => completeTakedown(ctx, await actor(request), request.params.id, request.body.note),
  );
  app.get(POSTS_API.archive, { schema: { tags, querystring: ArchiveQuery } }, async (request, reply) => {
    const archive = await exportArchive(ctx, await actor(request), request.query.search);
    return reply
      .type('application/json; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', 'attachment; filename="posts-archive.json"')
      .send(Readable.from(archive.json));
  });
  app.get(
    '/api/posts/:id',
    { schema: { tags, params: IdParams, response: { 200: PostDetail, ...errors } } },
    async (request) => getPost(ctx, await actor(request), request.params.id),
  );
  app.put(
    '/api/posts/:id',
    { schema: { tags, params: IdParams, body: SavePostRequest, response: { 200: PostDetail, ...errors } } },
    async (request) => savePost(ctx, await actor(request), request.body, request.params.id),
  );
  app.post(
    '/api/posts/:id/images',
    {
      bodyLimit: IMAGE_BODY_LIMIT,
      schema: { tags, params: IdParams, body: PostImageUpload, response: { 200: PostDetail, ...errors } },
    },
    async (request) => addPostImage(ctx, await actor(request), request.params.id, request.body),
  );
  app.put(
    '/api/posts/:id/images/:imageId',
    { schema: { tags, params: PostImageParams, body: PostImageUpdate, response: { 200: PostDetail, ...errors } } },
    async (request) =>
      updatePostImage(ctx, await actor(request), request.params.id, request.params.imageId, request.body.altText),
  );
  app.delete(
    '/api/posts/:id/images/:imageId',
    { schema: { tags, params: PostImageParams, response: { 200: PostDetail, ...errors } } },
    async (request) => updatePostImage(ctx, await actor(request), request.params.id, request.params.imageId, null),
  );
  app.get(
    '/api/posts/:id/images/:imageId/thumbnail',
    { schema: { tags, params: PostImageParams } },
    async (request, reply) => {
      const file = await postImageFile(
        ctx,
        await actor(request),
        request.params.id,
        request.params.imageId,
        'thumbnail',
      );
      return reply
        .header('content-type', file.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );
  app.post(
    '/api/posts/:id/approve',
    { schema: { tags, params: IdParams, body: ApprovePostRequest, response: { 200: PostDetail, ...errors } } },
    async (request) => approvePost(ctx, await actor(request), request.params.id, request.body.override),
  );
  app.post(
    '/api/posts/:id/publish',
    { schema: { tags, params: IdParams, body: PublishPostRequest, response: { 200: PostDetail, ...errors } } },
    async (request) => schedulePost(ctx, await actor(request), request.params.id, request.body.at),
  );
}
