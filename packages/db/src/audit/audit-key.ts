// The key that MACs every audit entry. It is derived from the deployment's secret (the data directory's secret.key
// or SESSION_SECRET), never stored in the database, so someone who can rewrite the database cannot write an entry
// that verifies (ADR 0008). The process's composition root installs it once (open-app.ts; the test database installs
// a test key); every append and verification uses it.
import { createHmac, timingSafeEqual } from 'node:crypto';

let installed: Buffer | null = null;

export function installAuditKey(key: Buffer): void {
  if (key.length < 32) throw new Error('The audit key must be at least 32 bytes');
  installed = Buffer.from(key);
}

export function hasAuditKey(): boolean {
  return installed !== null;
}

function key(): Buffer {
  if (!installed) throw new Error('No audit key is installed: open the app through openApp (or the test database)');
  return installed;
}

/** HMAC-SHA-256 of an entry's hashed text, hex. */
export function macAuditText(text: string): string {
  return createHmac('sha256', key()).update(text).digest('hex');
}

export function macHolds(text: string, mac: string): boolean {
  const expected = Buffer.from(macAuditText(text), 'hex');
  const given = Buffer.from(mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
