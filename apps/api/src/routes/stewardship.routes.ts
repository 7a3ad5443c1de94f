// Looking after official accounts (issue 10): handover tasks, the sealed sign-in details, likes and follows.
import {
  CloseAccountRequest,
  CredentialsSummary,
  ErrorResponse,
  HandoverTasksResponse,
  IdParams,
  NameRunnerRequest,
  PageDecisionRequest,
  PageLinkItem,
  PageLinkRequest,
  PageLinksResponse,
  RevealCredentialsRequest,
  RevealedCredentials,
  SaveCredentialsRequest,
  STEWARDSHIP_API,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { closeAccountForHandover, listHandovers, nameNewRunner } from '../use-cases/stewardship/handovers.ts';
import { getCredentials, revealCredentials, saveCredentials } from '../use-cases/stewardship/credentials.ts';
import { addPageLink, decidePageLink, listPageLinks } from '../use-cases/stewardship/page-links.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function stewardshipRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;
  const tags = ['accounts'];

  app.get(
    STEWARDSHIP_API.handovers,
    { schema: { tags, response: { 200: HandoverTasksResponse, ...errors } } },
    async (request) => listHandovers(ctx, await actor(request)),
  );
  app.post(
    '/api/accounts/handovers/:id/new-runner',
    {
      schema: { tags, params: IdParams, body: NameRunnerRequest, response: { 200: HandoverTasksResponse, ...errors } },
    },
    async (request) => nameNewRunner(ctx, await actor(request), request.params.id, request.body),
  );
  app.post(
    '/api/accounts/handovers/:id/close-account',
    {
      schema: {
        tags,
        params: IdParams,
        body: CloseAccountRequest,
        response: { 200: HandoverTasksResponse, ...errors },
      },
    },
    async (request) => closeAccountForHandover(ctx, await actor(request), request.params.id, request.body),
  );
  app.get(
    '/api/accounts/:id/credentials',
    { schema: { tags, params: IdParams, response: { 200: CredentialsSummary, ...errors } } },
    async (request) => getCredentials(ctx, await actor(request), request.params.id),
  );
  app.put(
    '/api/accounts/:id/credentials',
    {
      schema: {
        tags,
        params: IdParams,
        body: SaveCredentialsRequest,
        response: { 200: CredentialsSummary, ...errors },
      },
    },
    async (request) => saveCredentials(ctx, await actor(request), request.params.id, request.body),
  );
  app.post(
    '/api/accounts/:id/credentials/reveal',
    {
      schema: {
        tags,
        params: IdParams,
        body: RevealCredentialsRequest,
        response: { 200: RevealedCredentials, ...errors },
      },
    },
    async (request, reply) => {
      // Sign-in details must not linger in a shared computer's cache.
      reply.header('cache-control', 'no-store');
      return revealCredentials(ctx, await actor(request), request.params.id, request.body);
    },
  );
  app.get(
    '/api/accounts/:id/pages',
    { schema: { tags, params: IdParams, response: { 200: PageLinksResponse, ...errors } } },
    async (request) => listPageLinks(ctx, await actor(request), request.params.id),
  );
  app.post(
    '/api/accounts/:id/pages',
    { schema: { tags, params: IdParams, body: PageLinkRequest, response: { 201: PageLinkItem, ...errors } } },
    async (request, reply) =>
      reply.status(201).send(await addPageLink(ctx, await actor(request), request.params.id, request.body)),
  );
  app.post(
    '/api/accounts/pages/:id/decision',
    { schema: { tags, params: IdParams, body: PageDecisionRequest, response: { 200: PageLinkItem, ...errors } } },
    async (request) => decidePageLink(ctx, await actor(request), request.params.id, request.body),
  );
}
