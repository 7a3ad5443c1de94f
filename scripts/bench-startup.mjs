#!/usr/bin/env node
// Start-up benchmark: seconds from launching `schoolgate start` to the first 200 from /api/health, on a new
// data directory (migrations, demo seed, job queue schema) and on reopening it, for the compiled server (as
// `schoolgate start` runs it) and for the TypeScript through tsx (SCHOOLGATE_TS=1, as before ADR 0009).
// Needs the web app built; builds the server first.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const bin = path.resolve(import.meta.dirname, '../bin/schoolgate.mjs');
const runs = Number(process.env.BENCH_RUNS ?? 3);

async function once(dataDir, port, code) {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'start'], {
    env: {
      ...process.env,
      SCHOOLGATE_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      SCHOOLGATE_TS: code === 'tsx' ? '1' : '',
    },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return (performance.now() - started) / 1000;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 60_000) throw new Error('no healthy server within 60 s');
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const { buildServer } = await import('./build-server.mjs');
await buildServer();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const list = (xs) => xs.map((s) => s.toFixed(2)).join(', ');
const results = { compiled: { fresh: [], reopen: [] }, tsx: { fresh: [], reopen: [] } };
// Alternated, so a change in the machine's load falls on both.
for (let i = 0; i < runs; i++) {
  for (const code of ['compiled', 'tsx']) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-bench-'));
    results[code].fresh.push(await once(dir, 3400 + i, code));
    results[code].reopen.push(await once(dir, 3500 + i, code));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
for (const [code, { fresh, reopen }] of Object.entries(results)) {
  console.log(`${code.padEnd(8)} new data directory: median ${median(fresh).toFixed(2)} s (${list(fresh)})`);
  console.log(`${code.padEnd(8)} reopening it:       median ${median(reopen).toFixed(2)} s (${list(reopen)})`);
}
