// The GET handshake Meta makes when a webhook subscription is set up: it sends hub.mode=subscribe, the verify
// token we gave it, and a challenge we must echo. Pure, so the route only turns the answer into a reply.
import { timingSafeEqual } from 'node:crypto';

export type HandshakeAnswer = { status: 200; body: string } | { status: 403; body: 'Forbidden' };

export function answerVerificationHandshake(
  query: Record<string, unknown>,
  configuredVerifyToken: string,
): HandshakeAnswer {
  const mode = query['hub.mode'];
  const token = query['hub.verify_token'];
  const challenge = query['hub.challenge'];
  const forbidden = { status: 403, body: 'Forbidden' } as const;
  if (configuredVerifyToken === '') return forbidden;
  if (mode !== 'subscribe' || typeof token !== 'string' || typeof challenge !== 'string' || challenge === '') {
    return forbidden;
  }
  if (!sameText(token, configuredVerifyToken)) return forbidden;
  // The challenge is echoed as plain text; the route must send it with Content-Type text/plain so it cannot be
  // read as HTML if someone sends a crafted one.
  return { status: 200, body: challenge };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
