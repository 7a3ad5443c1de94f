// PGlite does not stop two processes opening one data directory, and two writers corrupt it.
// We hold a lock file beside the database for as long as the process runs.
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export class DataDirInUseError extends Error {
  constructor(public readonly dataDir: string) {
    super(
      `The data directory ${dataDir} is already in use by another Schoolgate process. ` +
        'Stop that process first, or set SCHOOLGATE_DATA_DIR to another directory.',
    );
    this.name = 'DataDirInUseError';
  }
}

/** Locks `dataDir` (creating it) and returns the function that releases the lock. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const target = path.join(dataDir, 'schoolgate.lock');
  fs.closeSync(fs.openSync(target, 'a'));
  try {
    // The lock is refreshed every few seconds; one left by a killed process goes stale and is taken over.
    return await lockfile.lock(target, { stale: 15_000, update: 5_000, retries: 0, realpath: false });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') throw new DataDirInUseError(dataDir);
    throw error;
  }
}
