// Concerns (issue 12): raising one, the team's list and record, the raiser's status view, the parents' public form.
import {
  AddConcernEntryRequest,
  API,
  CloseConcernRequest,
  ConcernDetail,
  ConcernFileParams,
  ConcernFromCommentRequest,
  ConcernListQuery,
  ConcernListResponse,
  ErrorResponse,
  IdParams,
  MyConcernsResponse,
  PublicConcernFormResponse,
  PublicConcernLinkResponse,
  PublicConcernRequest,
  PublicConcernResponse,
  PublicTokenParams,
  RaiseConcernRequest,
  RaisedConcernResponse,
  RosterSearchQuery,
  RosterSearchResponse,
  SecondFactorCheckRequest,
  SecondFactorCheckResponse,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { schoolOf } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { authorise } from '../use-cases/authorise.ts';
import { addConcernEntry } from '../use-cases/concerns/add-concern-entry.ts';
import { checkSecondFactor } from '../use-cases/concerns/check-second-factor.ts';
import { closeConcern } from '../use-cases/concerns/close-concern.ts';
import { concernFromComment } from '../use-cases/concerns/concern-from-comment.ts';
import { downloadConcernFile } from '../use-cases/concerns/download-concern-file.ts';
import { exportConcern } from '../use-cases/concerns/export-concern.ts';
import { getConcern } from '../use-cases/concerns/get-concern.ts';
import { listConcerns } from '../use-cases/concerns/list-concerns.ts';
import { myConcerns } from '../use-cases/concerns/my-concerns.ts';
import { publicConcernForm, publicConcernPath, submitPublicConcern } from '../use-cases/concerns/public-concern.ts';
import { raiseConcern } from '../use-cases/concerns/raise-concern.ts';
import { searchRoster } from '../use-cases/concerns/search-roster.ts';
import type { App } from './route-types.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
};
const tags = ['concerns'];
// Five files of 10 MB, at most 20 MB together, grow by a third in base64.
const UPLOAD_BODY_LIMIT = 28 * 1024 * 1024;
// The public form holds text only.
const PUBLIC_BODY_LIMIT = 64 * 1024;

const attachment = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
const PRIVATE = { 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' };

export function concernsRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;

  app.post(
    API.concerns,
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags, body: RaiseConcernRequest, response: { 201: RaisedConcernResponse, ...errors } },
    },
    async (request, reply) => {
      const who = await actor(request);
      authorise(who, 'create', 'concern');
      return reply.status(201).send(await raiseConcern(ctx, who, request.body));
    },
  );
  app.get(
    API.concerns,
    { schema: { tags, querystring: ConcernListQuery, response: { 200: ConcernListResponse, ...errors } } },
    async (request) => listConcerns(ctx, await actor(request), request.query),
  );
  app.get(API.concernsMine, { schema: { tags, response: { 200: MyConcernsResponse, ...errors } } }, async (request) =>
    myConcerns(ctx, await actor(request)),
  );
  app.get(
    API.concernsRoster,
    { schema: { tags, querystring: RosterSearchQuery, response: { 200: RosterSearchResponse, ...errors } } },
    async (request) => {
      const who = await actor(request);
      authorise(who, 'create', 'concern');
      return searchRoster(ctx, who, request.query.q);
    },
  );
  app.get(
    API.concernsPublicLink,
    { schema: { tags, response: { 200: PublicConcernLinkResponse, ...errors } } },
    async (request) => {
      const who = await actor(request);
      authorise(who, 'create', 'concern');
      return { path: await publicConcernPath(ctx, schoolOf(who)) };
    },
  );
  app.post(
    API.concernsSecondFactor,
    { schema: { tags, body: SecondFactorCheckRequest, response: { 200: SecondFactorCheckResponse, ...errors } } },
    async (request) => checkSecondFactor(ctx, await actor(request), request.body.code),
  );
  app.post(
    API.concernsFromComment,
    { schema: { tags, body: ConcernFromCommentRequest, response: { 201: RaisedConcernResponse, ...errors } } },
    async (request, reply) => reply.status(201).send(await concernFromComment(ctx, await actor(request), request.body)),
  );
  app.get(
    '/api/concerns/:id',
    { schema: { tags, params: IdParams, response: { 200: ConcernDetail, ...errors } } },
    async (request) => getConcern(ctx, await actor(request), request.params.id),
  );
  app.post(
    '/api/concerns/:id/entries',
    { schema: { tags, params: IdParams, body: AddConcernEntryRequest, response: { 200: ConcernDetail, ...errors } } },
    async (request) => addConcernEntry(ctx, await actor(request), request.params.id, request.body),
  );
  app.post(
    '/api/concerns/:id/close',
    { schema: { tags, params: IdParams, body: CloseConcernRequest, response: { 200: ConcernDetail, ...errors } } },
    async (request) => closeConcern(ctx, await actor(request), request.params.id, request.body),
  );
  app.get(
    '/api/concerns/:id/files/:fileId',
    { schema: { tags, params: ConcernFileParams } },
    async (request, reply) => {
      const file = await downloadConcernFile(ctx, await actor(request), request.params.id, request.params.fileId);
      return reply
        .headers(PRIVATE)
        .header('content-type', file.contentType)
        .header('content-disposition', attachment(file.fileName))
        .send(file.content);
    },
  );
  app.get('/api/concerns/:id/export.zip', { schema: { tags, params: IdParams } }, async (request, reply) => {
    const pack = await exportConcern(ctx, await actor(request), request.params.id);
    return reply
      .headers(PRIVATE)
      .header('content-type', 'application/zip')
      .header('content-disposition', attachment(pack.fileName))
      .send(pack.zip);
  });

  // The parents' route: no sign-in.
  app.get(
    '/api/public/concerns/:token',
    { schema: { tags, params: PublicTokenParams, response: { 200: PublicConcernFormResponse, ...errors } } },
    async (request) => publicConcernForm(ctx, request.params.token),
  );
  app.post(
    '/api/public/concerns/:token',
    {
      bodyLimit: PUBLIC_BODY_LIMIT,
      schema: {
        tags,
        params: PublicTokenParams,
        body: PublicConcernRequest,
        response: { 201: PublicConcernResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitPublicConcern(ctx, request.params.token, request.ip, request.body)),
  );
}
