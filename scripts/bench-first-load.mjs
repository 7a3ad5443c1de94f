#!/usr/bin/env node
// First-load benchmark: the script bytes a browser downloads over the wire (after compression, before decoding)
// for the sign-in page and for the dashboard just after signing in, each with an empty cache, and what a second
// visit downloads once the cache is warm. Starts `schoolgate start` on a throwaway data directory with the built
// web app (run `npm run build` first) and drives Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const bin = path.resolve(import.meta.dirname, '../bin/schoolgate.mjs');
const port = Number(process.env.BENCH_PORT ?? 3461);
const baseURL = `http://127.0.0.1:${port}`;
const email = 'staff@primary.schoolgate.test'; // a staff member needs no two-factor step
const password = 'schoolgate-demo-password';

/** Counts the script responses a page receives, by encoded (wire) body size. */
function countScripts(page) {
  const seen = { bytes: 0, files: 0, encodings: new Set(), pending: [] };
  const onFinished = (request) => {
    if (request.resourceType() !== 'script') return;
    seen.pending.push(
      (async () => {
        const sizes = await request.sizes();
        const response = await request.response();
        // A script taken from the cache has no response headers on the wire: it costs nothing.
        if (sizes.responseHeadersSize <= 0) return;
        seen.files += 1;
        seen.bytes += Math.max(0, sizes.responseBodySize);
        seen.encodings.add(response?.headers()['content-encoding'] ?? 'identity');
      })(),
    );
  };
  page.on('requestfinished', onFinished);
  seen.stop = async () => {
    page.off('requestfinished', onFinished);
    await Promise.all(seen.pending);
  };
  return seen;
}

async function signIn(page) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
  await page.waitForLoadState('networkidle');
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-bench-load-'));
const server = spawn(process.execPath, [bin, 'start'], {
  env: { ...process.env, SCHOOLGATE_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
  stdio: 'ignore',
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});
try {
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (tries > 600) throw new Error('no healthy server within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const rows = [];
  const report = async (label, seen) => {
    await seen.stop();
    rows.push({
      load: label,
      'script responses': seen.files,
      'script KB over the wire': (seen.bytes / 1024).toFixed(1),
      encoding: [...seen.encodings].join(' '),
    });
  };

  // The sign-in page, empty cache.
  const first = await browser.newContext({ baseURL });
  const signInPage = await first.newPage();
  const signInScripts = countScripts(signInPage);
  await signInPage.goto('/sign-in', { waitUntil: 'networkidle' });
  await report('sign-in page, empty cache', signInScripts);
  // Signing in from there: what the dashboard adds to what the sign-in page already loaded.
  const afterSignIn = countScripts(signInPage);
  await signIn(signInPage);
  await report('dashboard after signing in (adds)', afterSignIn);
  // The dashboard opened directly by a signed-in person with an empty cache (a new tab after a browser restart).
  const state = await first.storageState();
  const fresh = await browser.newContext({ baseURL, storageState: state });
  const dashboard = await fresh.newPage();
  const dashboardScripts = countScripts(dashboard);
  await dashboard.goto('/', { waitUntil: 'networkidle' });
  await dashboard.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
  await report('dashboard, empty cache', dashboardScripts);
  // The same tab reloaded: what a warm cache still downloads.
  const warm = countScripts(dashboard);
  await dashboard.reload({ waitUntil: 'networkidle' });
  await report('dashboard, reloaded (warm cache)', warm);
  console.table(rows);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
