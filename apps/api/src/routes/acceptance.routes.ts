import {
  AcceptanceCoverageResponse,
  AcceptanceRemindResponse,
  API,
  ErrorResponse,
  MyAcceptanceResponse,
  SignAcceptanceRequest,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { getAcceptanceCoverage } from '../use-cases/acceptance/acceptance-coverage.ts';
import { getMyAcceptance } from '../use-cases/acceptance/get-my-acceptance.ts';
import { remindAcceptance } from '../use-cases/acceptance/remind-acceptance.ts';
import { signAcceptance } from '../use-cases/acceptance/sign-acceptance.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function acceptanceRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;

  app.get(
    API.acceptanceMine,
    { schema: { tags: ['acceptance'], response: { 200: MyAcceptanceResponse, ...errors } } },
    async (request) => getMyAcceptance(ctx, await actor(request)),
  );
  app.post(
    API.acceptanceSign,
    {
      schema: { tags: ['acceptance'], body: SignAcceptanceRequest, response: { 201: MyAcceptanceResponse, ...errors } },
    },
    async (request, reply) => reply.status(201).send(await signAcceptance(ctx, await actor(request), request.body)),
  );
  app.get(
    API.acceptanceCoverage,
    { schema: { tags: ['acceptance'], response: { 200: AcceptanceCoverageResponse, ...errors } } },
    async (request) => getAcceptanceCoverage(ctx, await actor(request)),
  );
  app.post(
    API.acceptanceRemind,
    { schema: { tags: ['acceptance'], response: { 200: AcceptanceRemindResponse, ...errors } } },
    async (request) => remindAcceptance(ctx, await actor(request)),
  );
}
