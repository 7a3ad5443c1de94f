// The data-directory lock against real processes: one killed with SIGKILL leaves its lock behind, and the
// next start takes it over at once; a live holder still refuses a second start with a clear message.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir, processStartIdentity } from './data-dir-lock.ts';

const lockModule = path.resolve(import.meta.dirname, 'data-dir-lock.ts');
const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-lock-'));
  dirs.push(dir);
  return dir;
}

/** A real process that takes the lock, says so, then waits to be killed. */
async function holderOf(dataDir: string): Promise<ChildProcess> {
  const code =
    `const { lockDataDir } = await import(${JSON.stringify(lockModule)});` +
    `await lockDataDir(${JSON.stringify(dataDir)}); console.log('locked'); setInterval(() => {}, 60000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.once('exit', (status) => reject(new Error(`lock holder exited early (${status})`)));
  });
  return child;
}

async function killHard(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('refuses a second holder while the first process lives, naming that process', async () => {
    const dir = tempDir();
    const holder = await holderOf(dir);
    const attempt = lockDataDir(dir);
    await expect(attempt).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(attempt).rejects.toThrow(`already in use by another Schoolgate process (process ${holder.pid}`);
  });

  it('takes over at once the lock of a process killed with SIGKILL', async () => {
    const dir = tempDir();
    const holder = await holderOf(dir);
    await killHard(holder);
    expect(fs.existsSync(path.join(dir, 'schoolgate.lock'))).toBe(true); // the dead process left it behind

    const release = await lockDataDir(dir);
    // And now this process is the live holder: another start is refused.
    await expect(holderOf(dir)).rejects.toThrow('exited early');
    await release();
    expect(fs.existsSync(path.join(dir, 'schoolgate.lock'))).toBe(false);
  });

  it('treats a lock whose pid now belongs to a later process as stale', async () => {
    const dir = tempDir();
    // Our own pid, but a start identity that is not ours: what a pid reused after a restart looks like.
    fs.writeFileSync(
      path.join(dir, 'schoolgate.lock'),
      JSON.stringify({ host: os.hostname(), pid: process.pid, start: 'another-boot:1', nonce: 'old' }),
    );
    const release = await lockDataDir(dir);
    await release();
  });

  it('takes over the empty lock file an older version left behind', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'schoolgate.lock'), '');
    const release = await lockDataDir(dir);
    await release();
  });

  it('knows when this process started', () => {
    expect(processStartIdentity(process.pid)).toMatch(/^[0-9a-f-]+:\d+$/);
  });
});
