// `schoolgate restore --in FILE`: puts a backup made by `schoolgate backup` onto a fresh instance: the embedded data
// directory (SCHOOLGATE_DATA_DIR, which must not hold a database yet) or an empty PostgreSQL database (DATABASE_URL),
// with the key file and the audit checkpoint file beside it, so the restored copy signs in with two-factor and its
// audit log verifies. It never overwrites a database, a key or a checkpoint file that is already there.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { lockDataDir, restorePgliteDataDir } from '@schoolgate/db';
import { loadConfig } from '../config/config.ts';
import { secretFileOf } from '../config/secrets.ts';
import { openBackup } from '../security/backup-file.ts';
import { checkpointFileOf, readPassphrase, runPgTool } from './backup-files.ts';
import { CliError, parseOptions } from './cli-options.ts';

const isEmptyDir = (dir: string) => !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;

export async function restoreCommand(args: string[]): Promise<number> {
  const o = parseOptions(args, { in: { type: 'string' }, 'passphrase-file': { type: 'string' } });
  if (!o.in) throw new CliError('Say which backup to restore: schoolgate restore --in FILE');
  if (!fs.existsSync(o.in)) throw new CliError(`There is no file at ${o.in}.`);
  const passphrase = readPassphrase(o['passphrase-file']);
  const { header, archive } = openBackup(fs.readFileSync(o.in), passphrase);
  const files = unzipSync(new Uint8Array(archive));
  const secretBytes = files['key/secret.key'];
  if (!secretBytes) throw new CliError('The backup holds no key file, so a restored copy could not open its data.');
  const secret = strFromU8(secretBytes).trim();
  const config = loadConfig();

  // The key first: a restore must not leave a database behind that its key cannot open.
  if (config.SESSION_SECRET && config.SESSION_SECRET !== secret)
    throw new CliError(
      'SESSION_SECRET is set to a different secret from the one in this backup. Unset it (the restored key file is ' +
        'then used) or set it to the backed-up secret, then run the restore again. Nothing was restored.',
    );
  const keyFile = secretFileOf(config.dataDir);
  if (fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf8').trim() !== secret)
    throw new CliError(
      `A different key file is already at ${keyFile}: restore onto a fresh data directory. Nothing was restored.`,
    );

  if (header.database === 'pglite') {
    const tarball = files['database/pglite.tar.gz'];
    if (!tarball) throw new CliError('The backup is incomplete: it holds no database.');
    if (config.database.kind !== 'pglite')
      throw new CliError(
        'This backup holds an embedded database: unset DATABASE_URL to restore it into SCHOOLGATE_DATA_DIR.',
      );
    if (!isEmptyDir(config.database.dataDir))
      throw new CliError(
        `${config.database.dataDir} already holds a database. Restore onto a fresh data directory (set ` +
          'SCHOOLGATE_DATA_DIR to a new folder, or move the old one aside). Nothing was restored.',
      );
    fs.mkdirSync(config.dataDir, { recursive: true });
    const release = await lockDataDir(config.dataDir);
    try {
      await restorePgliteDataDir(config.database.dataDir, tarball);
    } finally {
      await release();
    }
  } else {
    const dump = files['database/postgres.sql'];
    if (!dump) throw new CliError('The backup is incomplete: it holds no database.');
    if (config.database.kind !== 'postgres')
      throw new CliError('This backup holds a PostgreSQL database: set DATABASE_URL to an empty database.');
    const url = config.database.url;
    const tables = runPgTool('psql', [
      '-Atc',
      "select count(*) from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')",
      url,
    ]);
    if (Number(tables.toString('utf8').trim()) > 0)
      throw new CliError('DATABASE_URL names a database that is not empty: restore into a new, empty database.');
    runPgTool('psql', ['-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-f', '-', url], Buffer.from(dump));
  }

  fs.mkdirSync(config.dataDir, { recursive: true });
  if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  const checkpoints = files['audit/audit-checkpoints.jsonl'];
  const checkpointFile = checkpointFileOf(config);
  let checkpointNote = 'The backup held no audit checkpoints.';
  if (checkpoints) {
    if (fs.existsSync(checkpointFile)) {
      const beside = `${checkpointFile}.restored-${header.createdAt.replace(/[:.]/g, '-')}`;
      fs.writeFileSync(beside, checkpoints, { mode: 0o600 });
      checkpointNote = `A checkpoint file was already at ${checkpointFile}; the backup's is at ${beside}.`;
    } else {
      fs.mkdirSync(path.dirname(checkpointFile), { recursive: true });
      fs.writeFileSync(checkpointFile, checkpoints, { mode: 0o600 });
      checkpointNote = `Audit checkpoints restored to ${checkpointFile}.`;
    }
  }
  console.log(
    `Restored the ${header.database === 'pglite' ? 'embedded' : 'PostgreSQL'} database backed up at ${header.createdAt}, ` +
      `with its key (${keyFile}${config.SESSION_SECRET ? ', and SESSION_SECRET matches it' : ''}).`,
  );
  console.log(checkpointNote);
  console.log('Start Schoolgate as usual; `schoolgate audit-verify` checks the audit log against its checkpoints.');
  return 0;
}
