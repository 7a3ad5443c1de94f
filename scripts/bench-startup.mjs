#!/usr/bin/env node
// Start-up benchmark: seconds from launching `schoolgate start` to the first 200 from /api/health, on a new
// data directory (migrations, demo seed, job queue schema) and on reopening it. Needs the web app built.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const bin = path.resolve(import.meta.dirname, '../bin/schoolgate.mjs');
const runs = Number(process.env.BENCH_RUNS ?? 3);

async function once(dataDir, port) {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'start'], {
    env: { ...process.env, SCHOOLGATE_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
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

const fresh = [];
const reopen = [];
for (let i = 0; i < runs; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-bench-'));
  fresh.push(await once(dir, 3400 + i));
  reopen.push(await once(dir, 3500 + i));
  fs.rmSync(dir, { recursive: true, force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `start-up to healthy, new data directory: median ${median(fresh).toFixed(2)} s (${fresh.map((s) => s.toFixed(2)).join(', ')})`,
);
console.log(
  `start-up to healthy, reopening it:       median ${median(reopen).toFixed(2)} s (${reopen.map((s) => s.toFixed(2)).join(', ')})`,
);
