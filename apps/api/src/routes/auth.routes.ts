import {
  ErrorResponse,
  MeResponse,
  OkResponse,
  SignInRequest,
  SignInResponse,
  SwitchSchoolRequest,
  TwoFactorConfirmRequest,
  TwoFactorConfirmResponse,
  TwoFactorEnrolmentResponse,
  TwoFactorVerifyRequest,
  API,
} from '@schoolgate/contracts';
import type { AppContext } from '../app-context.ts';
import { sessionAnyStage, signedIn } from '../http/request-actor.ts';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../http/session-cookie.ts';
import { getMe } from '../use-cases/auth/get-me.ts';
import { signIn } from '../use-cases/auth/sign-in.ts';
import { signOut } from '../use-cases/auth/sign-out.ts';
import { switchSchool } from '../use-cases/auth/switch-school.ts';
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment, verifyTwoFactor } from '../use-cases/auth/two-factor.ts';
import type { App } from './route-types.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
};
const tags = ['auth'];

export function authRoutes(app: App, ctx: AppContext) {
  const cookie = { secure: ctx.config.COOKIE_SECURE, hours: ctx.config.SESSION_HOURS };

  app.post(
    API.signIn,
    { schema: { tags, body: SignInRequest, response: { 200: SignInResponse, ...errors } } },
    async (request, reply) => {
      const result = await signIn(ctx, request.body, { address: request.ip, previousToken: readSessionToken(request) });
      setSessionCookie(reply, result.token, cookie);
      return { stage: result.stage };
    },
  );

  app.post(API.signOut, { schema: { tags, response: { 200: OkResponse } } }, async (request, reply) => {
    await signOut(ctx, readSessionToken(request));
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  app.get(API.me, { schema: { tags, response: { 200: MeResponse, ...errors } } }, async (request) => {
    return getMe(ctx, await sessionAnyStage(ctx, request));
  });

  app.post(
    API.twoFactorEnrol,
    { schema: { tags, response: { 200: TwoFactorEnrolmentResponse, ...errors } } },
    async (request) => {
      // An account that already has a second factor gets CONFLICT here, so a password alone cannot replace it.
      return startTwoFactorEnrolment(ctx, await sessionAnyStage(ctx, request));
    },
  );

  app.post(
    API.twoFactorConfirm,
    { schema: { tags, body: TwoFactorConfirmRequest, response: { 200: TwoFactorConfirmResponse, ...errors } } },
    async (request, reply) => {
      const session = await sessionAnyStage(ctx, request);
      const result = await confirmTwoFactorEnrolment(ctx, session, request.body.code);
      setSessionCookie(reply, result.token, cookie);
      return { recoveryCodes: result.recoveryCodes };
    },
  );

  app.post(
    API.twoFactorVerify,
    { schema: { tags, body: TwoFactorVerifyRequest, response: { 200: SignInResponse, ...errors } } },
    async (request, reply) => {
      const session = await sessionAnyStage(ctx, request);
      const result = await verifyTwoFactor(ctx, session, request.body.code);
      setSessionCookie(reply, result.token, cookie);
      return { stage: 'signed_in' as const };
    },
  );

  app.post(
    API.switchSchool,
    { schema: { tags, body: SwitchSchoolRequest, response: { 200: OkResponse, ...errors } } },
    async (request) => {
      await switchSchool(ctx, await signedIn(ctx, request), request.body.schoolId);
      return { ok: true as const };
    },
  );
}
