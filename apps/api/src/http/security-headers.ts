// Browser-side protections for every response, and a cross-site check for requests that change things.
import type { FastifyInstance } from 'fastify';
import { AppError } from '@schoolgate/domain';

const CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  // A video the person chose is read from a local blob: address to show its length and draw its poster (posts).
  "media-src 'self' blob:",
  // Mantine sets styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function installSecurityHeaders(app: FastifyInstance, options: { https: boolean }) {
  app.addHook('onSend', async (_request, reply, payload) => {
    // Behind HTTPS (COOKIE_SECURE=true), browsers must never fall back to plain HTTP for this host.
    if (options.https) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
    return payload;
  });
  // SameSite=Strict already keeps the cookie off cross-site requests; checking Origin as well covers old
  // browsers and same-site subdomains.
  app.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const origin = request.headers.origin;
    if (origin && hostOf(origin) !== request.headers.host) {
      throw new AppError('FORBIDDEN', 'Requests from another site are refused.');
    }
  });
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" and other opaque origins
  }
}
