// Signing in with the school's identity provider, its settings, and staff invitations (issue 13, docs/sign-in.md).
import {
  AcceptInvitationRequest,
  AcceptInvitationResponse,
  DeleteSignInProviderQuery,
  ErrorResponse,
  IdParams,
  InvitationResponse,
  InvitationTokenParams,
  InviteEveryoneResponse,
  InviteStaffResponse,
  OfferedProvidersQuery,
  OfferedProvidersResponse,
  OidcCallbackQuery,
  OidcStartQuery,
  ProviderParams,
  SaveSignInProviderRequest,
  SignInSettingsResponse,
  SIGN_IN_API,
} from '@schoolgate/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { signedIn } from '../http/request-actor.ts';
import { readSessionToken, setSessionCookie } from '../http/session-cookie.ts';
import { finishOidcSignIn, offeredProviders, startOidcSignIn } from '../use-cases/sign-in/oidc-sign-in.ts';
import { getSignInSettings, removeSignInProvider, saveSignInProvider } from '../use-cases/sign-in/provider-settings.ts';
import { acceptInvitation, inviteEveryone, inviteStaff, viewInvitation } from '../use-cases/sign-in/invitations.ts';
import type { App } from './route-types.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
};
const Redirect = z.null().describe('A redirect (302): to the provider, or back to the web app.');
/** Carries the state to the callback; Lax, because the provider sends the browser back with a top-level GET. */
export const OIDC_STATE_COOKIE = 'sg_oidc_state';
const STATE_COOKIE_PATH = '/api/auth/oidc';

export function signInRoutes(app: App, ctx: AppContext) {
  const actor = async (request: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, request)).actor;
  const cookie = { secure: ctx.config.COOKIE_SECURE, hours: ctx.config.SESSION_HOURS };
  const backToSignIn = (reply: FastifyReply, problem: string) =>
    reply.redirect(`/sign-in?problem=${encodeURIComponent(problem)}`, 302);

  app.get(
    SIGN_IN_API.offeredProviders,
    { schema: { tags: ['sign-in'], querystring: OfferedProvidersQuery, response: { 200: OfferedProvidersResponse } } },
    async (request) => offeredProviders(ctx, request.query.school),
  );

  app.get(
    SIGN_IN_API.oidcStart(':provider'),
    { schema: { tags: ['sign-in'], params: ProviderParams, querystring: OidcStartQuery, response: { 302: Redirect } } },
    async (request, reply) => {
      const started = await startOidcSignIn(ctx, request.params.provider, request.query.school);
      if (!started.ok) return backToSignIn(reply, started.problem);
      reply.setCookie(OIDC_STATE_COOKIE, started.state, {
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.COOKIE_SECURE,
        path: STATE_COOKIE_PATH,
        maxAge: 600,
      });
      return reply.redirect(started.url, 302);
    },
  );

  app.get(
    SIGN_IN_API.oidcCallback(':provider'),
    {
      schema: {
        tags: ['sign-in'],
        params: ProviderParams,
        querystring: OidcCallbackQuery,
        response: { 302: Redirect },
      },
    },
    async (request, reply) => {
      const stateCookie = request.cookies[OIDC_STATE_COOKIE] ?? null;
      reply.clearCookie(OIDC_STATE_COOKIE, { path: STATE_COOKIE_PATH });
      const result = await finishOidcSignIn(ctx, request.params.provider, request.query, {
        stateCookie: stateCookie && stateCookie.length <= 200 ? stateCookie : null,
        address: request.ip,
        previousToken: readSessionToken(request),
      });
      if (!result.ok) return backToSignIn(reply, result.problem);
      setSessionCookie(reply, result.token, cookie);
      return reply.redirect('/', 302);
    },
  );

  app.get(
    SIGN_IN_API.settings,
    { schema: { tags: ['sign-in'], response: { 200: SignInSettingsResponse, ...errors } } },
    async (request) => getSignInSettings(ctx, await actor(request)),
  );
  app.put(
    SIGN_IN_API.settingsProvider(':provider'),
    {
      schema: {
        tags: ['sign-in'],
        params: ProviderParams,
        body: SaveSignInProviderRequest,
        response: { 200: SignInSettingsResponse, ...errors },
      },
    },
    async (request) => saveSignInProvider(ctx, await actor(request), request.params.provider, request.body),
  );
  app.delete(
    SIGN_IN_API.settingsProvider(':provider'),
    {
      schema: {
        tags: ['sign-in'],
        params: ProviderParams,
        querystring: DeleteSignInProviderQuery,
        response: { 200: SignInSettingsResponse, ...errors },
      },
    },
    async (request) => removeSignInProvider(ctx, await actor(request), request.params.provider, request.query.scope),
  );

  app.post(
    SIGN_IN_API.staffInvitation(':id'),
    { schema: { tags: ['staff'], params: IdParams, response: { 200: InviteStaffResponse, ...errors } } },
    async (request) => ({ invitation: await inviteStaff(ctx, await actor(request), request.params.id) }),
  );
  app.post(
    SIGN_IN_API.inviteEveryone,
    { schema: { tags: ['staff'], response: { 200: InviteEveryoneResponse, ...errors } } },
    async (request) => inviteEveryone(ctx, await actor(request)),
  );

  app.get(
    SIGN_IN_API.invitation(':token'),
    { schema: { tags: ['sign-in'], params: InvitationTokenParams, response: { 200: InvitationResponse, ...errors } } },
    async (request) => viewInvitation(ctx, request.params.token),
  );
  app.post(
    SIGN_IN_API.invitationAccept(':token'),
    {
      schema: {
        tags: ['sign-in'],
        params: InvitationTokenParams,
        body: AcceptInvitationRequest,
        response: { 200: AcceptInvitationResponse, ...errors },
      },
    },
    async (request, reply) => {
      const result = await acceptInvitation(ctx, request.params.token, request.body.password, {
        address: request.ip,
        previousToken: readSessionToken(request),
      });
      setSessionCookie(reply, result.token, cookie);
      return { stage: result.stage };
    },
  );
}
