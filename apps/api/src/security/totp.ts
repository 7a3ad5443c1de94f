// Time-based one-time passwords (RFC 6238) for two-factor sign-in, and single-use recovery codes.
import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

const ISSUER = 'Schoolgate';

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function otpauthUrl(secretBase32: string, accountName: string): string {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label: accountName,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  }).toString();
}

export async function qrCodeDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
}

/**
 * The 30-second step a code belongs to, accepting the current step or either neighbour (clock drift); null when
 * the code is wrong. The caller refuses a step already used, so a code seen over someone's shoulder is spent.
 */
export function totpStep(secretBase32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secretBase32) });
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 30_000) + delta;
}

export function verifyTotp(secretBase32: string, code: string, now: Date): boolean {
  return totpStep(secretBase32, code, now) !== null;
}

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const raw = randomBytes(6).toString('hex'); // 12 hex digits, 48 bits
    return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase()).digest('hex');
}
