import {
  API,
  AuthorDetail,
  AuthorPressRequest,
  AuthorStepRequest,
  BulkActionRequest,
  BulkActionResponse,
  CommentActionRequest,
  CommentActionResponse,
  CommentDetail,
  ComplianceQuery,
  ComplianceResponse,
  ErrorResponse,
  IdParams,
  QueueQuery,
  QueueResponse,
} from '@schoolgate/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { actOnComment } from '../use-cases/moderation/act-on-comment.ts';
import { getAuthor, recordAuthorStep, setAuthorPress } from '../use-cases/moderation/authors.ts';
import { bulkAct } from '../use-cases/moderation/bulk-act.ts';
import { getCompliance } from '../use-cases/moderation/compliance.ts';
import { authorEvidencePack, commentEvidencePack, type EvidencePack } from '../use-cases/moderation/evidence-pack.ts';
import { getComment } from '../use-cases/moderation/get-comment.ts';
import { getQueue } from '../use-cases/moderation/get-queue.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['moderation'];

const sendZip = (reply: FastifyReply, pack: EvidencePack) =>
  reply
    .header('content-type', 'application/zip')
    .header('content-disposition', `attachment; filename="${pack.fileName}"`)
    // "false" when kept evidence no longer matches the digests its audit entries recorded (the README says what).
    .header('x-evidence-verified', String(pack.verified))
    .send(Buffer.from(pack.zip));

export function moderationRoutes(app: App, ctx: AppContext) {
  const actor = async (request: FastifyRequest) => (await signedIn(ctx, request)).actor;

  app.get(
    API.moderationQueue,
    { schema: { tags, querystring: QueueQuery, response: { 200: QueueResponse, ...errors } } },
    async (request) => getQueue(ctx, await actor(request), request.query),
  );
  app.get(
    '/api/moderation/comments/:id',
    { schema: { tags, params: IdParams, response: { 200: CommentDetail, ...errors } } },
    async (request) => getComment(ctx, await actor(request), request.params.id),
  );
  app.post(
    '/api/moderation/comments/:id/actions',
    {
      schema: {
        tags,
        params: IdParams,
        body: CommentActionRequest,
        response: { 200: CommentActionResponse, ...errors, 422: ErrorResponse },
      },
    },
    async (request) => actOnComment(ctx, await actor(request), request.params.id, request.body),
  );
  app.get('/api/moderation/comments/:id/evidence.zip', { schema: { tags, params: IdParams } }, async (request, reply) =>
    sendZip(reply, await commentEvidencePack(ctx, await actor(request), request.params.id)),
  );
  app.post(
    API.moderationBulk,
    { schema: { tags, body: BulkActionRequest, response: { 200: BulkActionResponse, ...errors } } },
    async (request) => bulkAct(ctx, await actor(request), request.body),
  );
  app.get(
    '/api/moderation/authors/:id',
    { schema: { tags, params: IdParams, response: { 200: AuthorDetail, ...errors } } },
    async (request) => getAuthor(ctx, await actor(request), request.params.id),
  );
  app.post(
    '/api/moderation/authors/:id/steps',
    { schema: { tags, params: IdParams, body: AuthorStepRequest, response: { 200: AuthorDetail, ...errors } } },
    async (request) => recordAuthorStep(ctx, await actor(request), request.params.id, request.body),
  );
  app.post(
    '/api/moderation/authors/:id/press',
    { schema: { tags, params: IdParams, body: AuthorPressRequest, response: { 200: AuthorDetail, ...errors } } },
    async (request) => setAuthorPress(ctx, await actor(request), request.params.id, request.body.isPress),
  );
  app.get('/api/moderation/authors/:id/evidence.zip', { schema: { tags, params: IdParams } }, async (request, reply) =>
    sendZip(reply, await authorEvidencePack(ctx, await actor(request), request.params.id)),
  );
  app.get(
    API.moderationCompliance,
    { schema: { tags, querystring: ComplianceQuery, response: { 200: ComplianceResponse, ...errors } } },
    async (request) => getCompliance(ctx, await actor(request), request.query.weeks),
  );
}
