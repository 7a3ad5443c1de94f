// Connecting official accounts to their platforms (issue 10): start (the sign-in page to go to), the platforms'
// callbacks (which send the browser on to the web app's connect page), and the choice of Page or account.
import {
  ChooseConnection,
  CONNECT_API,
  ConnectionStarted,
  ConnectionView,
  ErrorResponse,
  IdParams,
  OAuthCallbackQuery,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { chooseConnection } from '../use-cases/accounts/connect/choose-connection.ts';
import { finishCallback } from '../use-cases/accounts/connect/finish-callback.ts';
import { getConnection } from '../use-cases/accounts/connect/get-connection.ts';
import type { OAuthProvider } from '../use-cases/accounts/connect/oauth-apps.ts';
import { startConnection } from '../use-cases/accounts/connect/start-connection.ts';
import type { App } from './route-types.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

/** Where the web app shows the outcome of a callback. */
export const CONNECT_PAGE = '/accounts/connect';

export function accountConnectionsRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;
  const tags = ['accounts'];

  app.post(
    '/api/accounts/:id/connect',
    { schema: { tags, params: IdParams, response: { 200: ConnectionStarted, ...errors } } },
    async (request) => startConnection(ctx, await actor(request), request.params.id),
  );
  app.get(
    '/api/accounts/connections/:id',
    { schema: { tags, params: IdParams, response: { 200: ConnectionView, ...errors } } },
    async (request) => getConnection(ctx, await actor(request), request.params.id),
  );
  app.post(
    '/api/accounts/connections/:id/choice',
    { schema: { tags, params: IdParams, body: ChooseConnection, response: { 200: ConnectionView, ...errors } } },
    async (request) => chooseConnection(ctx, await actor(request), request.params.id, request.body),
  );

  // The browser comes back from Meta or X without the session cookie (it is SameSite=Strict): the state is the
  // credential here, and the web app's page (same site, so signed in again) shows the choice or the refusal.
  const callback = (provider: OAuthProvider, path: string) =>
    app.get(
      path,
      { schema: { tags, querystring: OAuthCallbackQuery, response: { 400: ErrorResponse } } },
      async (request, reply) => {
        const outcome = await finishCallback(ctx, provider, request.query, request.ip ?? null);
        const target = outcome.ok
          ? `${CONNECT_PAGE}?connection=${encodeURIComponent(outcome.connectionId)}`
          : `${CONNECT_PAGE}?problem=${outcome.problem}`;
        return reply.redirect(target, 303);
      },
    );
  callback('meta', CONNECT_API.metaCallback);
  callback('x', CONNECT_API.xCallback);
}
