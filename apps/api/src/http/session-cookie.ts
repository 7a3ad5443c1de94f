// The session cookie: HTTP-only (scripts cannot read it), SameSite=Strict (other sites cannot send it).
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'sg_session';

export function readSessionToken(request: FastifyRequest): string | null {
  const value = request.cookies[SESSION_COOKIE];
  return value && value.length <= 100 ? value : null;
}

export function setSessionCookie(reply: FastifyReply, token: string, options: { secure: boolean; hours: number }) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secure,
    path: '/',
    maxAge: options.hours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
