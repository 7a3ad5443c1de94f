import {
  ErrorResponse,
  NewSchool,
  SchoolSummary,
  SchoolsResponse,
  SETUP_API,
  SetupRequest,
  SetupResponse,
  SetupStatusResponse,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { addSchool, listSchools } from '../use-cases/setup/add-school.ts';
import { completeSetup, isSetupNeeded } from '../use-cases/setup/complete-setup.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function setupRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;

  app.get(SETUP_API.setup, { schema: { tags: ['setup'], response: { 200: SetupStatusResponse } } }, async () => ({
    needed: await isSetupNeeded(ctx),
  }));
  app.post(
    SETUP_API.setup,
    { schema: { tags: ['setup'], body: SetupRequest, response: { 201: SetupResponse, ...errors } } },
    async (request, reply) =>
      reply.status(201).send(await completeSetup(ctx, request.body, { address: request.ip ?? null })),
  );
  app.get(
    SETUP_API.schools,
    { schema: { tags: ['setup'], response: { 200: SchoolsResponse, ...errors } } },
    async (request) => listSchools(ctx, await actor(request)),
  );
  app.post(
    SETUP_API.schools,
    { schema: { tags: ['setup'], body: NewSchool, response: { 201: SchoolSummary, ...errors } } },
    async (request, reply) => reply.status(201).send(await addSchool(ctx, await actor(request), request.body)),
  );
}
