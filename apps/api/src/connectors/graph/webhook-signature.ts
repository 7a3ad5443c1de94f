// Meta signs every webhook POST: `X-Hub-Signature-256: sha256=<hex>`, the HMAC-SHA256 of the raw request body
// with the app secret. It must be checked over the bytes as received: parsing and re-serialising the JSON
// changes them (key order, spacing, the \u escapes Meta uses for non-ASCII text) and the check would fail.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const META_SIGNATURE_HEADER = 'x-hub-signature-256';

export type SignatureCheck =
  { valid: true } | { valid: false; reason: 'missing' | 'malformed' | 'mismatch' | 'no-secret' };

export function signMetaPayload(rawBody: Uint8Array | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

export function verifyMetaSignature(
  rawBody: Uint8Array,
  header: string | readonly string[] | undefined,
  appSecret: string,
): SignatureCheck {
  // An empty secret would make the signature something anyone can compute.
  if (appSecret === '') return { valid: false, reason: 'no-secret' };
  if (header === undefined || header === '') return { valid: false, reason: 'missing' };
  // A repeated header is an attempt to confuse us, not something Meta sends.
  if (typeof header !== 'string') return { valid: false, reason: 'malformed' };
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!match?.[1]) return { valid: false, reason: 'malformed' };
  const given = Buffer.from(match[1].toLowerCase(), 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  // timingSafeEqual throws on different lengths; the regex already fixes the length, and this keeps it so.
  if (given.length !== expected.length) return { valid: false, reason: 'malformed' };
  return timingSafeEqual(given, expected) ? { valid: true } : { valid: false, reason: 'mismatch' };
}
