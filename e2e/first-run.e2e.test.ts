// A real school's first hour: `schoolgate start` on an empty database, without the demo, prints a one-time set-up
// link; the head opens it, creates the school and their account, and sets up two-factor. This file starts its own
// Schoolgate (the shared one has the demo in it).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './support/browser.ts';
import { useBrowser } from './support/use-browser.ts';
import { freePort, stop, waitForHealth } from './support/global-setup.ts';
import { totpFor } from './support/sign-in.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

describe('first run without the demo', () => {
  let child: ChildProcess;
  let dataDir: string;
  let baseUrl: string;
  let stdout = '';
  const web = useBrowser('first-run');
  let page: Page;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-first-run-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    // What a school runs: no SEED_DEMO, no simulator.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      SCHOOLGATE_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    };
    delete env.SEED_DEMO;
    delete env.SIMULATOR;
    child = spawn(process.execPath, ['bin/schoolgate.mjs', 'start'], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await waitForHealth(baseUrl, child, () => stdout);
    for (let waited = 0; !stdout.includes('/setup#token=') && waited < 20_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    page = await web.newPage({ baseUrl });
  }, 240_000);

  afterAll(async () => {
    if (child) await stop(child);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints no demo sign-ins or password, only a set-up link', () => {
    expect(stdout).not.toContain('schoolgate-demo-password');
    expect(stdout).not.toContain('@primary.schoolgate.test');
  });

  it('sends the sign-in page to set-up, which refuses a wrong token and then creates the school and its head', async () => {
    await page.goto('/sign-in');
    await page.waitForURL('**/setup');
    await page.getByRole('heading', { level: 1, name: 'Set up Schoolgate' }).waitFor();
    await page.getByLabel('Set-up token').fill('a-guess');
    await page.getByLabel('School name').fill('Brookside Primary School');
    await page.getByLabel('URN').fill('12345');
    await page.getByRole('button', { name: 'Set up Schoolgate' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'set-up with errors');
    await saveScreenshot(page, 'first-run-01-setup-errors');

    const link = /http:\/\/localhost:\d+(\/setup#token=\S+)/.exec(stdout)![1]!;
    // Opened fresh, as from the terminal: the page takes the token from the link.
    await page.goto(link);
    await page.reload();
    const token = link.split('#token=')[1]!;
    await expect.poll(() => page.getByLabel('Set-up token').inputValue()).toBe(token);
    await page.getByLabel('School name').fill('Brookside Primary School');
    await page.getByLabel('URN').fill('123456');
    await page.getByLabel('Policy template').selectOption({ label: 'Primary: staff conduct' });
    await page.getByLabel('First name').fill('Hana');
    await page.getByLabel('Last name').fill('Hughes');
    await page.getByLabel('Email address').fill('head@brookside.example');
    await page.getByLabel(/^Password/).fill('a long first password');
    await expectAccessible(page, 'set-up filled in');
    await saveScreenshot(page, 'first-run-02-setup-filled');
    await page.getByRole('button', { name: 'Set up Schoolgate' }).click();

    await page.waitForURL('**/two-factor/setup');
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
    await page.getByLabel('6-digit code from your app').fill(await totpFor(secret));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await page.getByRole('button', { name: /stored them safely/ }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await expect.poll(() => page.getByText('Brookside Primary School').first().isVisible()).toBe(true);
    await expectAccessible(page, 'dashboard of the new school');
    await saveScreenshot(page, 'first-run-03-dashboard');

    // The set-up page is closed for good.
    await page.goto('/setup');
    await page.waitForURL((url) => url.pathname !== '/setup');
  });
});
