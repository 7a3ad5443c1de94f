import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signMetaPayload, verifyMetaSignature } from './webhook-signature.ts';

const SECRET = 'test-app-secret-1234';
// As Meta sends it: "/" escaped and non-ASCII as \u escapes, so parsing and re-serialising changes the bytes.
const RAW = Buffer.from(
  '{"object":"page","entry":[{"id":"1","time":1718000000,"changes":[{"field":"feed","value":{"message":"Caf\\u00e9 at 3\\/4 past","item":"comment"}}]}]}',
);
const sign = (body: Buffer | string, secret = SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('verifyMetaSignature', () => {
  it('accepts the HMAC-SHA256 of the raw body with the app secret', () => {
    expect(verifyMetaSignature(RAW, sign(RAW), SECRET)).toEqual({ valid: true });
  });

  it('accepts upper-case hex and agrees with signMetaPayload', () => {
    expect(verifyMetaSignature(RAW, sign(RAW).toUpperCase().replace('SHA256=', 'sha256='), SECRET).valid).toBe(true);
    expect(signMetaPayload(RAW, SECRET)).toBe(sign(RAW));
  });

  it.each([
    ['missing', undefined, 'missing'],
    ['empty', '', 'missing'],
    ['without the sha256= prefix', sign(RAW).slice(7), 'malformed'],
    ['the old SHA-1 header format', `sha1=${'a'.repeat(40)}`, 'malformed'],
    ['too short', sign(RAW).slice(0, -2), 'malformed'],
    ['too long', `${sign(RAW)}00`, 'malformed'],
    ['not hex', `sha256=${'z'.repeat(64)}`, 'malformed'],
    ['signed with another secret', sign(RAW, 'another-secret'), 'mismatch'],
    ['all zeros', `sha256=${'0'.repeat(64)}`, 'mismatch'],
  ] as const)('refuses a signature that is %s', (_label, header, reason) => {
    expect(verifyMetaSignature(RAW, header, SECRET)).toEqual({ valid: false, reason });
  });

  it('refuses a repeated header', () => {
    expect(verifyMetaSignature(RAW, [sign(RAW), sign(RAW)], SECRET)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('refuses a tampered body', () => {
    const tampered = Buffer.from(RAW.toString().replace('1718000000', '1718000001'));
    expect(verifyMetaSignature(tampered, sign(RAW), SECRET)).toEqual({ valid: false, reason: 'mismatch' });
  });

  it('refuses the signature of the parsed and re-serialised JSON: only the raw bytes count', () => {
    const restringified = Buffer.from(JSON.stringify(JSON.parse(RAW.toString())));
    expect(restringified.equals(RAW)).toBe(false);
    expect(verifyMetaSignature(RAW, sign(restringified), SECRET).valid).toBe(false);
  });

  it('refuses everything when no app secret is configured', () => {
    expect(verifyMetaSignature(RAW, sign(RAW, ''), '')).toEqual({ valid: false, reason: 'no-secret' });
  });
});
