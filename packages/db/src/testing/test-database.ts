// A fresh, migrated database for one integration test file: PGlite in memory, or a new database on the
// PostgreSQL server named by TEST_DATABASE_URL (created now, dropped by `close`). Which one is chosen by
// SCHOOLGATE_TEST_DB, set per Vitest project (vitest.config.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../client.ts';
import { migrateDatabase } from '../migrate.ts';
import { hasAuditKey, installAuditKey } from '../audit/audit-key.ts';

/** The audit key of test processes: fixed, so a test can tell a keyed entry from one an attacker rewrote. */
export const TEST_AUDIT_KEY = Buffer.alloc(32, 0x5a);

/** A test database; `url` is set on PostgreSQL, for tests that start other processes on the same database. */
export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  if (!hasAuditKey()) installAuditKey(TEST_AUDIT_KEY);
  const kind = process.env.SCHOOLGATE_TEST_DB ?? 'pglite';
  if (kind === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite' });
    await migrateDatabase(handle);
    return handle;
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('SCHOOLGATE_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `schoolgate_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  await migrateDatabase(handle);
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export * from './audit-tampering.ts';
