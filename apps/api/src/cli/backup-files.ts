// What `schoolgate backup` and `schoolgate restore` share: the passphrase, where the key and checkpoint files live,
// and running the PostgreSQL client tools.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config.ts';
import { CliError } from './cli-options.ts';

export const PASSPHRASE_ENV = 'SCHOOLGATE_BACKUP_PASSPHRASE';

/** From a file (first line) or the environment; never from the command line, where `ps` would show it. */
export function readPassphrase(file: string | undefined): string {
  const given = file ? (fs.readFileSync(file, 'utf8').split(/\r?\n/)[0] ?? '') : process.env[PASSPHRASE_ENV];
  if (!given)
    throw new CliError(
      `Give the backup's passphrase in ${PASSPHRASE_ENV} or with --passphrase-file FILE (never on the command line).`,
    );
  return given;
}

export const checkpointFileOf = (config: Config) =>
  path.resolve(config.AUDIT_CHECKPOINT_FILE ?? path.join(config.dataDir, 'audit-checkpoints.jsonl'));

/** Runs a PostgreSQL client tool; a missing tool is named with what to do instead. */
export function runPgTool(tool: 'pg_dump' | 'psql', args: string[], input?: Buffer): Buffer {
  const result = spawnSync(tool, args, { input, maxBuffer: 4 * 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new CliError(
      `${tool} is not installed. Install the PostgreSQL client tools (the server's major version or newer), or back ` +
        'up the server with your provider’s own tools and keep the key file with it (docs/data-protection.md).',
    );
  if (result.status !== 0) {
    // The tool's own message names the problem (connection, version); it holds no row data.
    const said = result.stderr.toString('utf8').trim().split('\n').slice(0, 5).join('\n');
    throw new CliError(`${tool} failed (exit ${result.status}):\n${said}`);
  }
  return result.stdout;
}
