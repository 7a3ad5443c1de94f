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

/** CPU seconds (user + system) the process has used so far: steadier than the wall clock on a shared machine. */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

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
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok)
          return { wall: (performance.now() - started) / 1000, cpu: cpuSeconds(child.pid) };
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 300_000) throw new Error('no healthy server within 300 s');
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
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores`,
);
for (const [code, { fresh, reopen }] of Object.entries(results)) {
  for (const [what, xs] of [
    ['new data directory', fresh],
    ['reopening it', reopen],
  ]) {
    const wall = xs.map((x) => x.wall);
    const cpu = xs.map((x) => x.cpu);
    console.log(
      `${code.padEnd(8)} ${what.padEnd(18)} wall median ${median(wall).toFixed(2)} s (${list(wall)}); CPU median ${median(cpu).toFixed(2)} s (${list(cpu)})`,
    );
  }
}
