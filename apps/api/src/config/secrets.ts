// The deployment's secret key signs nothing on its own but derives the keys that encrypt stored secrets
// (TOTP seeds today, account credentials later). When SESSION_SECRET is not given, one is generated on
// first start and kept in the data directory, readable by the owner only.
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function resolveSecret(given: string | undefined, dataDir: string): string {
  return resolveSecretWithSource(given, dataDir).secret;
}

export const secretFileOf = (dataDir: string) => path.join(dataDir, 'secret.key');

/**
 * The secret and where it came from: the environment, the data directory's key file, or a key file created just now
 * (the start check removes a created one again when the database turns out to hold data sealed with another key).
 */
export function resolveSecretWithSource(
  given: string | undefined,
  dataDir: string,
): { secret: string; source: 'environment' | 'file' | 'created'; file: string } {
  const file = secretFileOf(dataDir);
  if (given) return { secret: given, source: 'environment', file };
  if (fs.existsSync(file)) return { secret: fs.readFileSync(file, 'utf8').trim(), source: 'file', file };
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return { secret, source: 'created', file };
}

/** A 32-byte key for one purpose, so one leaked key does not unlock another kind of secret. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return createHash('sha256').update(`schoolgate:${purpose}:${secret}`).digest();
}

/**
 * A key for the audit log (its entries' MACs, its checkpoints' signatures), by HKDF-SHA-256 from the deployment's
 * secret. It lives only in this process's memory: the database never holds it, so rewriting the database cannot
 * produce entries or checkpoints that verify. Rotating the secret makes earlier MACs fail: keep the secret.
 */
export function deriveAuditKey(secret: string, purpose: 'audit-mac' | 'audit-checkpoint'): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'schoolgate-audit', purpose, 32));
}
