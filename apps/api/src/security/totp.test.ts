import { describe, expect, it } from 'vitest';
import * as OTPAuth from 'otpauth';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, otpauthUrl, verifyTotp } from './totp.ts';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const codeAt = (t: Date) =>
    new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: t.getTime() });
  const now = new Date('2026-11-21T10:00:00Z');

  it('accepts the code an authenticator app shows now', () => {
    expect(verifyTotp(secret, codeAt(now), now)).toBe(true);
  });
  it('accepts a code from the previous 30 seconds (clock drift) but not from two minutes ago', () => {
    expect(verifyTotp(secret, codeAt(new Date(now.getTime() - 30_000)), now)).toBe(true);
    expect(verifyTotp(secret, codeAt(new Date(now.getTime() - 120_000)), now)).toBe(false);
  });
  it('refuses codes that are not six digits', () => {
    expect(verifyTotp(secret, 'abcdef', now)).toBe(false);
  });
  it('names the issuer and account in the QR code URL', () => {
    expect(otpauthUrl(secret, 'head@school.test')).toMatch(
      /^otpauth:\/\/totp\/Schoolgate:head%40school\.test\?.*issuer=Schoolgate/,
    );
  });
  it('makes distinct recovery codes whose digest ignores case and spaces', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(hashRecoveryCode(` ${codes[0]!.toUpperCase()} `)).toBe(hashRecoveryCode(codes[0]!));
  });
});
