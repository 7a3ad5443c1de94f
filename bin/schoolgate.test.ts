// The `schoolgate` command as an administrator uses it: start on an embedded database, refuse a second
// start on the same data, then the maintenance commands against what the first start wrote.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, 'schoolgate.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-cli-'));
// With the demo trust, as `npm start` runs it (a plain start on an empty database opens the set-up page instead).
const env = {
  ...process.env,
  SCHOOLGATE_DATA_DIR: dataDir,
  PORT: '0',
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
  SEED_DEMO: 'true',
};
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 60_000 });

let server: ReturnType<typeof spawn>;
let baseUrl = '';
let banner = '';

beforeAll(async () => {
  server = spawn(process.execPath, [bin, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${banner}`)), 60_000);
    const onData = (chunk: Buffer) => {
      banner += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(banner);
      if (match && banner.includes('Password for all of them')) {
        clearTimeout(timer);
        baseUrl = match[1]!;
        resolve();
      }
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${banner}`)));
  });
}, 90_000);

afterAll(() => {
  server?.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('schoolgate start', () => {
  it('answers health with the embedded database and tells how to sign in as each demo role', async () => {
    const health = await (await fetch(`${baseUrl}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
    // The compiled server (built by this start if it was missing or stale), not the TypeScript.
    expect(banner).toMatch(/database: pglite, compiled, ready in/);
    expect(banner).toContain('head@primary.schoolgate.test');
    expect(banner).toContain('dsl@secondary.schoolgate.test');
    expect(banner).toContain('admin@trust.schoolgate.test');
  });

  it('refuses a second start on the same data directory, saying why', () => {
    const second = run('start');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already in use by another Schoolgate process');
  });
});

describe('maintenance commands', () => {
  beforeAll(async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }, 30_000);

  it('migrate: applies nothing new and says so', () => {
    const result = run('migrate');
    expect(result.stdout).toContain('Migrations applied (pglite)');
    expect(result.status).toBe(0);
  });

  it('import-people: imports good rows and lists the bad one by line', () => {
    const file = path.join(dataDir, 'pupils.csv');
    fs.writeFileSync(
      file,
      'UPN,Forename,Surname,Year\nZ900000000001,Ola,Nowak,Year 2\nZ900000000002,Sam,Lee,Year 99\n',
    );
    const result = run(
      'import-people',
      '--kind',
      'pupils',
      '--file',
      file,
      '--school',
      'Meadowbank Primary School',
      '--as',
      'head@primary.schoolgate.test',
    );
    expect(result.stdout).toContain('1 created, 0 updated, 0 unchanged, 1 rows rejected.');
    expect(result.stdout).toMatch(/line 3 .*Year 99/);
    expect(result.status).toBe(2);
  });

  it('create-user: makes a sign-in, and refuses a short password', () => {
    const short = spawnSync(
      process.execPath,
      [
        bin,
        'create-user',
        '--email',
        'x@y.example',
        '--first-name',
        'X',
        '--last-name',
        'Y',
        '--role',
        'head',
        '--school',
        'Hollins Park Academy',
      ],
      {
        env: { ...env, SCHOOLGATE_NEW_PASSWORD: 'short' },
        encoding: 'utf8',
      },
    );
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('at least 12 characters');
    const ok = spawnSync(
      process.execPath,
      [
        bin,
        'create-user',
        '--email',
        'New.Head@Hollins.example',
        '--first-name',
        'Nia',
        '--last-name',
        'Okafor',
        '--role',
        'head',
        '--school',
        'Hollins Park Academy',
      ],
      {
        env: { ...env, SCHOOLGATE_NEW_PASSWORD: 'a long first password' },
        encoding: 'utf8',
      },
    );
    expect(ok.stdout).toContain('Created new.head@hollins.example as head at Hollins Park Academy.');
  });

  it('audit-verify: finds every chain intact after all of the above', () => {
    const result = run('audit-verify');
    expect(result.stdout).toMatch(/All \d+ chains are intact\./);
    expect(result.status).toBe(0);
  });

  it('rejects bad configuration, listing every problem', () => {
    const result = spawnSync(process.execPath, [bin, 'migrate'], {
      env: { ...env, PORT: 'abc', DATABASE_URL: 'mysql://nope' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('DATABASE_URL');
  });
});
