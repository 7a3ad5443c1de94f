// Data protection (issue 13): the retention schedule, legal holds, subject access and erasure, for the head and the
// trust team.
import {
  DATA_PROTECTION_API,
  DataSubjectRequest,
  ErasureResponse,
  ErrorResponse,
  IdParams,
  LegalHold,
  LegalHoldListResponse,
  PlaceLegalHoldRequest,
  RetentionResponse,
  SubjectSearchQuery,
  SubjectSearchResponse,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { schoolOf } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { authorise } from '../use-cases/authorise.ts';
import { eraseSubject } from '../use-cases/data-protection/erasure.ts';
import { liftHold, listHolds, placeHold } from '../use-cases/data-protection/legal-holds.ts';
import { getRetention } from '../use-cases/data-protection/retention-view.ts';
import { searchSubjects } from '../use-cases/data-protection/search-subjects.ts';
import { buildSubjectAccess } from '../use-cases/data-protection/subject-access.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['data-protection'];

export function dataProtectionRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;

  app.get(
    DATA_PROTECTION_API.retention,
    { schema: { tags, response: { 200: RetentionResponse, ...errors } } },
    async (request) => getRetention(ctx, await actor(request)),
  );
  app.get(
    DATA_PROTECTION_API.holds,
    { schema: { tags, response: { 200: LegalHoldListResponse, ...errors } } },
    async (request) => listHolds(ctx, await actor(request)),
  );
  app.post(
    DATA_PROTECTION_API.holds,
    { schema: { tags, body: PlaceLegalHoldRequest, response: { 201: LegalHold, ...errors } } },
    async (request, reply) => reply.status(201).send(await placeHold(ctx, await actor(request), request.body)),
  );
  app.post(
    '/api/data-protection/holds/:id/lift',
    { schema: { tags, params: IdParams, response: { 200: LegalHold, ...errors } } },
    async (request) => liftHold(ctx, await actor(request), request.params.id),
  );
  app.get(
    DATA_PROTECTION_API.subjects,
    { schema: { tags, querystring: SubjectSearchQuery, response: { 200: SubjectSearchResponse, ...errors } } },
    async (request) => searchSubjects(ctx, await actor(request), request.query),
  );
  app.post(
    DATA_PROTECTION_API.subjectAccess,
    {
      schema: { tags, body: DataSubjectRequest },
    },
    async (request, reply) => {
      const who = await actor(request);
      authorise(who, 'read', 'personal_data');
      const made = await buildSubjectAccess(ctx, { id: schoolOf(who), trustId: who.trustId }, request.body, {
        trustId: who.trustId,
        userId: who.userId,
        address: who.address,
      });
      return reply
        .headers({ 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' })
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${made.fileName}"`)
        .send(made.zip);
    },
  );
  app.post(
    DATA_PROTECTION_API.erasure,
    { schema: { tags, body: DataSubjectRequest, response: { 200: ErasureResponse, ...errors } } },
    async (request) => eraseSubject(ctx, await actor(request), request.body),
  );
}
