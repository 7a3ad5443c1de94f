// `schoolgate backup --out FILE`: one encrypted file holding everything a restored copy needs to work: the database
// (the embedded data directory, or a pg_dump of the PostgreSQL database), the deployment's secret (which seals the
// two-factor secrets and account credentials and keys the audit log) and the audit checkpoint file. Encrypted with a
// passphrase the operator gives (security/backup-file.ts). The embedded database is locked while it is copied, so
// Schoolgate must be stopped for the few seconds it takes; a PostgreSQL backup runs while Schoolgate runs.
import fs from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { installAuditKey, lockDataDir, openDatabase } from '@schoolgate/db';
import { loadConfig } from '../config/config.ts';
import { deriveAuditKey, deriveKey, secretFileOf } from '../config/secrets.ts';
import { sealBackup } from '../security/backup-file.ts';
import { dataKeyMessage, sealedWithAnotherKey } from '../security/data-key-check.ts';
import { createSecretBox } from '../security/secret-box.ts';
import { VERSION } from '../version.ts';
import { checkpointFileOf, readPassphrase, runPgTool } from './backup-files.ts';
import { CliError, parseOptions } from './cli-options.ts';

const README = `Schoolgate backup

This archive was decrypted from a file made by \`schoolgate backup\`. It holds:
  database/      the database: pglite.tar.gz (the embedded data directory) or postgres.sql (pg_dump, plain SQL)
  key/secret.key the deployment's secret: it opens the two-factor secrets and account credentials in the database
                 and keys the audit log. Anyone holding it and the database can read those secrets: keep it safe.
  audit/         the signed audit checkpoint file, if there was one
Restore it with \`schoolgate restore --in FILE\` rather than by hand (docs/data-protection.md).
`;

export async function backupCommand(args: string[]): Promise<number> {
  const o = parseOptions(args, { out: { type: 'string' }, 'passphrase-file': { type: 'string' } });
  if (!o.out) throw new CliError('Say where to write the backup: schoolgate backup --out FILE');
  const passphrase = readPassphrase(o['passphrase-file']);
  const config = loadConfig();
  const keyFile = secretFileOf(config.dataDir);
  const secret = config.SESSION_SECRET ?? (fs.existsSync(keyFile) ? fs.readFileSync(keyFile, 'utf8').trim() : null);
  if (!secret) throw new CliError(`There is no key to back up: neither SESSION_SECRET nor ${keyFile} is there.`);
  installAuditKey(deriveAuditKey(secret, 'audit-mac'));
  const boxes = {
    totpBox: createSecretBox(deriveKey(secret, 'totp')),
    credentialsBox: createSecretBox(deriveKey(secret, 'credentials')),
  };

  const files: Record<string, Uint8Array> = {};
  if (config.database.kind === 'pglite') {
    if (!fs.existsSync(config.database.dataDir))
      throw new CliError(`There is no embedded database at ${config.database.dataDir}.`);
    // Refused with a message naming the running Schoolgate if it holds the directory.
    const release = await lockDataDir(config.dataDir);
    try {
      const handle = await openDatabase(config.database);
      try {
        const problems = await sealedWithAnotherKey(handle.db, boxes);
        if (problems.length)
          throw new CliError(
            `No backup made. ${dataKeyMessage(problems, { source: config.SESSION_SECRET ? 'environment' : 'file', file: keyFile })}`,
          );
        files['database/pglite.tar.gz'] = await handle.dumpDataDir!();
      } finally {
        await handle.close();
      }
    } finally {
      await release();
    }
  } else {
    const handle = await openDatabase({ ...config.database, poolSize: 1 });
    try {
      const problems = await sealedWithAnotherKey(handle.db, boxes);
      if (problems.length)
        throw new CliError(
          `No backup made. ${dataKeyMessage(problems, { source: config.SESSION_SECRET ? 'environment' : 'file', file: keyFile })}`,
        );
    } finally {
      await handle.close();
    }
    files['database/postgres.sql'] = runPgTool('pg_dump', [
      '--no-owner',
      '--no-privileges',
      '--format=plain',
      `--dbname=${config.database.url}`,
    ]);
  }
  files['key/secret.key'] = strToU8(`${secret}\n`);
  const checkpoints = checkpointFileOf(config);
  if (fs.existsSync(checkpoints)) files['audit/audit-checkpoints.jsonl'] = fs.readFileSync(checkpoints);
  const createdAt = new Date().toISOString();
  files['manifest.json'] = strToU8(
    `${JSON.stringify(
      {
        format: 'schoolgate.backup.v1',
        createdAt,
        version: VERSION,
        database: config.database.kind,
        keyFrom: config.SESSION_SECRET ? 'SESSION_SECRET' : 'secret.key',
        files: Object.keys(files).sort(),
      },
      null,
      2,
    )}\n`,
  );
  files['README.txt'] = strToU8(README);
  // The database dump is already compressed; the rest is small.
  const archive = zipSync(files, { level: 0 });
  const sealed = sealBackup(archive, passphrase, { createdAt, version: VERSION, database: config.database.kind });
  fs.writeFileSync(o.out, sealed, { mode: 0o600 });
  console.log(
    `Backup written to ${o.out} (${(sealed.length / 1024 / 1024).toFixed(1)} MB, ${config.database.kind} database, ` +
      'with its key and audit checkpoints, encrypted with your passphrase).',
  );
  console.log('Keep copies in two other places, one of them off site; restore with: schoolgate restore --in FILE');
  if (config.FILE_STORE === 's3')
    console.log(
      `Files are kept in object storage (bucket ${config.S3_BUCKET}): this backup holds their names and digests, not their bytes. Back up the bucket too (versioning, replication).`,
    );
  return 0;
}
