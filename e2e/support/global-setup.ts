// Starts one real Schoolgate (API and built web app) on a free port with a throwaway data directory, for every
// e2e file. It builds nothing: `npm run test:e2e` runs `npm run build` first.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the server writes the emails it sends (MAIL_OUTBOX_DIR): invitation links are read from here. */
    mailOutbox: string;
  }
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Generous: on a shared two-core machine a first start with the demo seed has taken over a minute.
const START_TIMEOUT_MS = 180_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Schoolgate exited with code ${child.exitCode} before it was ready.\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Schoolgate did not answer GET /api/health within ${START_TIMEOUT_MS / 1000} s.\n${output()}`);
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let stdout = '';
  let stderr = '';
  const child = spawn(process.execPath, ['bin/schoolgate.mjs', 'start'], {
    cwd: repoRoot,
    // The demo as `npm start` runs it: the platform simulator plays the demo school's comments, quickly here.
    env: {
      ...process.env,
      PORT: String(port),
      // The address the browser uses: platforms send it back here after sign-in (the OAuth redirect address).
      PUBLIC_URL: baseUrl,
      SCHOOLGATE_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      SIMULATOR: 'true',
      SIMULATOR_INTERVAL_MS: '300',
      // Emails as files (issue 13: the invitation test opens the link from one).
      MAIL_OUTBOX_DIR: path.join(dataDir, 'outbox'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const output = () => `--- stderr ---\n${stderr || '(empty)'}\n--- stdout ---\n${stdout || '(empty)'}`;

  const teardown = async () => {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, output);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('mailOutbox', path.join(dataDir, 'outbox'));
  return teardown;
}
