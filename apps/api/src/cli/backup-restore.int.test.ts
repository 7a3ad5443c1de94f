// Backup and restore onto a fresh instance (issue 13), on the embedded database and on PostgreSQL: the restored copy
// signs in with two-factor and its audit log verifies against its checkpoints. And the start check: the same data
// without its key stops at start with a message saying what to restore, instead of failing sign-ins later.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as OTPAuth from 'otpauth';
import pg from 'pg';
import { auditRepository, staffRepository, tenancyRepository, usersRepository } from '@schoolgate/db';
import { buildServer } from '../server/build-server.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';
import { passwordHasher } from '../security/password-hasher.ts';
import { checkAgainstCheckpoints, writeCheckpoints } from '../use-cases/audit/audit-checkpoints.ts';
import { backupCommand } from './backup-command.ts';
import { restoreCommand } from './restore-command.ts';
import { openApp } from './open-app.ts';

const onPostgres = process.env.SCHOOLGATE_TEST_DB === 'postgres';
const adminUrl = process.env.TEST_DATABASE_URL ?? '';
const PASSWORD = 'a long restored passphrase for the head';
const TOTP_SECRET = new OTPAuth.Secret({ size: 20 }).base32;
const EMAIL = `head.${Date.now()}@restore.test`;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-backup-'));
const databases: string[] = [];
const savedEnv = { ...process.env };

async function newDatabaseUrl() {
  const name = `schoolgate_restore_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  databases.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Points the process's configuration at one instance: a data directory, and a database on PostgreSQL. */
function useInstance(dataDir: string, databaseUrl?: string) {
  process.env.SCHOOLGATE_DATA_DIR = dataDir;
  process.env.LOG_LEVEL = 'silent';
  delete process.env.SESSION_SECRET;
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  else delete process.env.DATABASE_URL;
}

const backupFile = path.join(root, 'schoolgate.backup');
let restoredUrl: string | undefined;

beforeAll(async () => {
  process.env.SCHOOLGATE_BACKUP_PASSPHRASE = 'correct horse battery staple';
  useInstance(path.join(root, 'original'), onPostgres ? await newDatabaseUrl() : undefined);
  const app = await openApp({ logLevel: 'silent' });
  try {
    const db = app.ctx.db;
    const trust = await tenancyRepository.createTrust(db, 'Restore Trust');
    const school = await tenancyRepository.createSchool(db, { trustId: trust.id, name: 'Restore Primary' });
    const user = await usersRepository.create(db, {
      email: EMAIL,
      displayName: 'A Head',
      passwordHash: await passwordHasher.hash(PASSWORD),
    });
    await staffRepository.insert(db, {
      trustId: trust.id,
      schoolId: school.id,
      userId: user.id,
      firstName: 'A',
      lastName: 'Head',
      email: EMAIL,
      role: 'head',
    });
    await usersRepository.setTwoFactor(db, user.id, {
      totpSecretEncrypted: app.ctx.totpBox.seal(TOTP_SECRET),
      recoveryCodeHashes: [],
      enabledAt: new Date(),
    });
    await db.transaction((tx) =>
      auditRepository.append(tx, {
        trustId: trust.id,
        schoolId: school.id,
        actorUserId: user.id,
        actorAddress: null,
        action: 'staff.created',
        entityType: 'staff',
        entityId: user.id,
      }),
    );
    await writeCheckpoints(db, app.ctx.auditCheckpoints!, new Date());
  } finally {
    await app.close();
  }
  expect(await backupCommand(['--out', backupFile])).toBe(0);
}, 120_000);

afterAll(async () => {
  process.env = savedEnv;
  fs.rmSync(root, { recursive: true, force: true });
  if (onPostgres && databases.length) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    for (const name of databases) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});

describe('schoolgate backup and restore', () => {
  it('writes an encrypted file that holds no readable secret or name', () => {
    const bytes = fs.readFileSync(backupFile);
    expect(bytes.subarray(0, 19).toString()).toBe('SCHOOLGATE-BACKUP-1');
    const secret = fs.readFileSync(path.join(root, 'original', 'secret.key'), 'utf8').trim();
    expect(bytes.includes(Buffer.from(secret))).toBe(false);
    expect(bytes.includes(Buffer.from(EMAIL))).toBe(false);
  });

  it('refuses a wrong passphrase, and restores nothing', async () => {
    useInstance(path.join(root, 'wrong'), onPostgres ? await newDatabaseUrl() : undefined);
    process.env.SCHOOLGATE_BACKUP_PASSPHRASE = 'not the passphrase at all';
    await expect(restoreCommand(['--in', backupFile])).rejects.toThrow(/passphrase is wrong/);
    expect(fs.existsSync(path.join(root, 'wrong', 'secret.key'))).toBe(false);
    process.env.SCHOOLGATE_BACKUP_PASSPHRASE = 'correct horse battery staple';
  });

  it('restores onto a fresh instance that signs in with two-factor and whose audit log verifies', async () => {
    restoredUrl = onPostgres ? await newDatabaseUrl() : undefined;
    useInstance(path.join(root, 'restored'), restoredUrl);
    expect(await restoreCommand(['--in', backupFile])).toBe(0);

    const app = await openApp({ logLevel: 'silent' });
    const server = await buildServer(app.ctx);
    try {
      const signIn = await server.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: EMAIL, password: PASSWORD },
      });
      expect(signIn.json()).toEqual({ stage: 'two_factor_required' });
      const pending = signIn.cookies.find((c) => c.name === SESSION_COOKIE)!;
      const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(TOTP_SECRET) }).generate();
      const verified = await server.inject({
        method: 'POST',
        url: '/api/auth/two-factor/verify',
        headers: { cookie: `${SESSION_COOKIE}=${pending.value}` },
        payload: { code },
      });
      expect(verified.statusCode).toBe(200);

      const chains = await auditRepository.listChains(app.ctx.db);
      expect(chains.length).toBeGreaterThan(0);
      for (const chain of chains) expect((await auditRepository.verify(app.ctx.db, chain)).firstBroken).toBeNull();
      expect(await checkAgainstCheckpoints(app.ctx.db, app.ctx.auditCheckpoints!)).toEqual([]);
    } finally {
      await server.close();
      await app.close();
    }
  });

  it('will not restore over a data directory or database that is already there', async () => {
    useInstance(path.join(root, 'restored'), restoredUrl);
    await expect(restoreCommand(['--in', backupFile])).rejects.toThrow(/already holds a database|not empty/);
  });

  it('stops at start, saying what to restore, when the data is there without its key', async () => {
    const keyless = path.join(root, 'keyless');
    if (onPostgres) {
      useInstance(keyless, restoredUrl);
    } else {
      fs.mkdirSync(keyless);
      fs.cpSync(path.join(root, 'restored', 'pglite'), path.join(keyless, 'pglite'), { recursive: true });
      useInstance(keyless);
    }
    const refused = await openApp({ logLevel: 'silent' }).then(
      async (app) => {
        await app.close();
        return null;
      },
      (error: Error) => error,
    );
    expect(refused?.name).toBe('DataKeyError');
    expect(refused?.message).toContain('two-factor secrets');
    expect(refused?.message).toContain(path.join(keyless, 'secret.key'));
    expect(refused?.message).toContain('schoolgate restore');
    // The key made on the way in is removed again, so the right one can be put back; the lock is released.
    expect(fs.existsSync(path.join(keyless, 'secret.key'))).toBe(false);
    expect(fs.existsSync(path.join(keyless, 'schoolgate.lock'))).toBe(false);
  });
});
