// PGlite does not stop two processes opening one data directory, and two writers corrupt it.
// We hold a lock file beside the database for as long as the process runs. The file names its owner
// (host, pid and that process's start identity), so a lock left by a process that died (kill -9, power
// cut) is taken over at once instead of after a timeout, while a live owner still refuses a second start.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataDirInUseError extends Error {
  constructor(
    public readonly dataDir: string,
    owner?: LockOwner,
  ) {
    super(
      `The data directory ${dataDir} is already in use by another Schoolgate process` +
        (owner ? ` (process ${owner.pid} on ${owner.host})` : '') +
        '. Stop that process first, or set SCHOOLGATE_DATA_DIR to another directory.',
    );
    this.name = 'DataDirInUseError';
  }
}

export interface LockOwner {
  host: string;
  pid: number;
  /** When the owning process started, as the kernel tells it (Linux: boot id and start tick); null elsewhere. */
  start: string | null;
  /** Unique to this acquisition, so release and take-over never remove someone else's lock. */
  nonce: string;
}

const LOCK_FILE = 'schoolgate.lock';

/** The kernel's identity of a running process's start, or null when it is not running or cannot be told. */
export function processStartIdentity(pid: number): string | null {
  try {
    const bootId = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime) counts from after the command name, which may itself hold spaces and brackets.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return `${bootId}:${fields[19]}`;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the recorded owner is still the process it was: same host, pid alive, same start identity. */
export function ownerIsAlive(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true; // cannot tell for another host: assume it runs
  if (!isAlive(owner.pid)) return false;
  if (owner.start === null) return true;
  const now = processStartIdentity(owner.pid);
  // A pid reused by a later process (common after a container restart) has another start identity.
  return now === null || now === owner.start;
}

function readOwner(file: string): LockOwner | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string' || typeof parsed.nonce !== 'string')
      return null;
    return { host: parsed.host, pid: parsed.pid, start: parsed.start ?? null, nonce: parsed.nonce };
  } catch {
    return null; // missing, empty (an older version's lock file) or torn: no live owner recorded
  }
}

/** Locks `dataDir` (creating it) and returns the function that releases the lock. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const target = path.join(dataDir, LOCK_FILE);
  const me: LockOwner = {
    host: os.hostname(),
    pid: process.pid,
    start: processStartIdentity(process.pid),
    nonce: randomUUID(),
  };
  // Written whole to a private file, then linked into place: the link either appears complete or fails.
  const draft = `${target}.${me.nonce}`;
  fs.writeFileSync(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        fs.linkSync(draft, target);
        return async () => {
          if (readOwner(target)?.nonce === me.nonce) fs.rmSync(target, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readOwner(target);
      if (owner && ownerIsAlive(owner)) throw new DataDirInUseError(dataDir, owner);
      takeOverStale(target, owner);
    }
    throw new DataDirInUseError(dataDir);
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

/** Moves a dead owner's lock aside. Two starts racing for it: only one rename succeeds, and a lock that
 * turns out to be a live one (replaced between our read and our rename) is put back. */
function takeOverStale(target: string, judged: LockOwner | null) {
  const aside = `${target}.stale-${randomUUID()}`;
  try {
    fs.renameSync(target, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  if (moved && moved.nonce !== judged?.nonce && ownerIsAlive(moved)) {
    try {
      fs.linkSync(aside, target);
    } catch {
      // someone else locked meanwhile; they hold it now
    }
  }
  fs.rmSync(aside, { force: true });
}
