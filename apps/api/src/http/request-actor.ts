// Establishes who is calling, for handlers. `signedIn` demands a finished sign-in (two-factor done);
// `anyStage` lets the sign-in pages through before the second factor.
import type { FastifyRequest } from 'fastify';
import { AppError } from '@schoolgate/domain';
import type { AppContext } from '../app-context.ts';
import { resolveSession, type ResolvedSession } from '../use-cases/auth/resolve-session.ts';
import { readSessionToken } from './session-cookie.ts';

export async function sessionAnyStage(ctx: AppContext, request: FastifyRequest): Promise<ResolvedSession> {
  const token = readSessionToken(request);
  const session = token ? await resolveSession(ctx, token, request.ip) : null;
  if (!session) throw new AppError('NOT_SIGNED_IN', 'Sign in to continue.');
  return session;
}

export async function signedIn(ctx: AppContext, request: FastifyRequest): Promise<ResolvedSession> {
  const session = await sessionAnyStage(ctx, request);
  if (session.stage === 'two_factor_required')
    throw new AppError('TWO_FACTOR_REQUIRED', 'Enter the code from your authenticator app first.');
  if (session.stage === 'two_factor_enrolment_required') {
    throw new AppError('TWO_FACTOR_ENROLMENT_REQUIRED', 'Your role needs two-factor sign-in. Set it up to continue.');
  }
  return session;
}
