// Scale benchmark (issue 16): N web processes (`schoolgate start --role api`) and M workers (`--role worker`) on the
// local PostgreSQL, a trust-scale data set (trust-generator.ts), and signed webhook deliveries offered at a fixed rate
// for a fixed time, spread over the web processes in turn (as a round-robin load balancer would). Reports, for each
// N x M: deliveries acknowledged per second, p50 and p99 time to acknowledge, comments processed per second, and how
// long the backlog took to drain once the offered load stopped.
//
//   npm run bench:scale
// BENCH_DATABASE_URL (default the local postgres://postgres@127.0.0.1:5432/postgres; a new database is made and
// dropped), BENCH_CONFIGS ("1x1,2x2": web x workers), BENCH_RATE (offered deliveries/s, 500), BENCH_SECONDS (10),
// BENCH_SCHOOLS (50), BENCH_STAFF (60 per school), BENCH_PUPILS (400 per school), BENCH_DRAIN_SECONDS (600).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { installAuditKey, migrateDatabase, openDatabase } from '@schoolgate/db';
import { signMetaPayload } from '../src/connectors/graph/webhook-signature.ts';
import { deliveryBody, generateTrust } from './trust-generator.ts';

const env = process.env;
const ADMIN_URL = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CONFIGS = (env.BENCH_CONFIGS ?? '1x1,2x2').split(',').map((c) => c.split('x').map(Number) as [number, number]);
const RATE = Number(env.BENCH_RATE ?? 500);
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const SHAPE = {
  schools: Number(env.BENCH_SCHOOLS ?? 50),
  staffPerSchool: Number(env.BENCH_STAFF ?? 60),
  pupilsPerSchool: Number(env.BENCH_PUPILS ?? 400),
};
const DRAIN_SECONDS = Number(env.BENCH_DRAIN_SECONDS ?? 600);
const APP_SECRET = 'bench-scale-app-secret';
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** CPU seconds (user + system) a process has used: steadier than the wall clock when the machine is shared. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}
const cpuOf = (children: Child[], role: 'api' | 'worker') =>
  children
    .filter((c) => (role === 'api') === (c.port !== undefined))
    .reduce((sum, c) => sum + cpuSeconds(c.proc.pid), 0);

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Child {
  proc: ChildProcess;
  port?: number;
}

function startProcess(role: 'api' | 'worker', processEnv: Record<string, string>): Promise<Child> {
  const proc = spawn(process.execPath, ['bin/schoolgate.mjs', 'start', '--role', role], {
    cwd: repoRoot,
    env: { ...process.env, ...processEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const api = /is running at http:\/\/localhost:(\d+)/.exec(output);
      if (api || /worker is running/.test(output)) resolve({ proc, ...(api ? { port: Number(api[1]) } : {}) });
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    proc.once('exit', (code) => reject(new Error(`${role} exited with ${code}:\n${output}`)));
  });
}

async function stopProcess(child: Child) {
  if (child.proc.exitCode !== null) return;
  const exited = new Promise((resolve) => child.proc.once('exit', resolve));
  child.proc.kill('SIGTERM');
  await Promise.race([exited, sleep(20_000)]);
  if (child.proc.exitCode === null) child.proc.kill('SIGKILL');
}

function post(agent: http.Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/webhooks/meta',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-hub-signature-256': signMetaPayload(body, APP_SECRET),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function main() {
  installAuditKey(randomBytes(32));
  const name = `schoolgate_scale_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-scale-'));
  const rows: string[] = [];
  try {
    await migrateDatabase(db);
    const generating = Date.now();
    const trust = await generateTrust(db.db, SHAPE, 'scale');
    console.log(
      `Trust generated in ${((Date.now() - generating) / 1000).toFixed(1)} s: ${SHAPE.schools} schools, ${SHAPE.staffPerSchool} staff and ${SHAPE.pupilsPerSchool} pupils each, one Facebook Page each`,
    );
    const processEnv = {
      DATABASE_URL: url.toString(),
      SESSION_SECRET: 'bench-scale-session-secret-0123456789abcdef',
      SCHOOLGATE_DATA_DIR: dataDir,
      META_APP_SECRET: APP_SECRET,
      META_VERIFY_TOKEN: 'bench-scale-verify',
      X_POLL_SECONDS: '3600',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
    };
    for (const [web, workers] of CONFIGS) {
      const children: Child[] = [];
      try {
        for (let i = 0; i < web; i++) children.push(await startProcess('api', processEnv));
        for (let i = 0; i < workers; i++) children.push(await startProcess('worker', processEnv));
        rows.push(await runLoad(db, trust, web, workers, children));
      } finally {
        await Promise.all(children.map(stopProcess));
      }
    }
  } finally {
    await db.close();
    const cleanup = new pg.Client({ connectionString: ADMIN_URL });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(
    `\nOffered ${RATE} deliveries/s for ${SECONDS} s (one comment each) over ${SHAPE.schools} schools; load average now ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores\n`,
  );
  console.log(
    '| web x workers | acknowledged/s | acknowledge p50 / p99 | processed/s (while offered) | processed/s (overall) | backlog at end of offer | drain time | web CPU per delivery | worker CPU per comment |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

async function runLoad(
  db: Awaited<ReturnType<typeof openDatabase>>,
  trust: Awaited<ReturnType<typeof generateTrust>>,
  web: number,
  workers: number,
  children: Child[],
): Promise<string> {
  const ports = children.flatMap((c) => (c.port ? [c.port] : []));
  const run = `${web}x${workers}_${Date.now().toString(36)}`;
  const total = RATE * SECONDS;
  const bodies = Array.from({ length: total }, (_, i) => deliveryBody(trust, run, i));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  // Warm-up, not counted: a few deliveries through each web process, processed, so JIT compilation and each worker's
  // first classifier loads are not in the figures.
  for (let i = 0; i < 10 * ports.length; i++) {
    await post(agent, ports[i % ports.length]!, deliveryBody(trust, `${run}_warm`, i));
  }
  for (const until = performance.now() + 120_000; performance.now() < until; await sleep(250)) {
    const { n } = (
      await db.query<{ n: number }>(`select count(*)::int as n from inbound_deliveries where status <> 'processed'`)
    ).rows[0]!;
    if (n === 0) break;
  }
  const [{ maxId }] = (
    await db.query<{ maxId: number }>(`select coalesce(max(id), 0)::int as "maxId" from inbound_deliveries`)
  ).rows as [{ maxId: number }];
  const processedSoFar = async () =>
    (
      await db.query<{ n: number }>(
        `select count(*)::int as n from inbound_deliveries where id > $1 and status = 'processed'`,
        [maxId],
      )
    ).rows[0]!.n;

  const latencies: number[] = [];
  let refused = 0;
  let sent = 0;
  let lastAck = 0;
  const inFlight = new Set<Promise<void>>();
  const cpuBefore = { api: cpuOf(children, 'api'), worker: cpuOf(children, 'worker') };
  const started = performance.now();
  // Open loop: the offered rate does not slow down when the server does (up to 4,000 requests waiting).
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE));
    while (sent < due && inFlight.size < 4000) {
      const body = bodies[sent]!;
      const port = ports[sent % ports.length]!;
      sent += 1;
      const t0 = performance.now();
      const request = post(agent, port, body)
        .then((status) => {
          if (status === 200) {
            latencies.push(performance.now() - t0);
            lastAck = performance.now();
          } else refused += 1;
        })
        .catch(() => {
          refused += 1;
        })
        .finally(() => inFlight.delete(request));
      inFlight.add(request);
    }
    await sleep(2);
  }
  await Promise.all(inFlight);
  const offerEnded = performance.now();
  const processedAtOfferEnd = await processedSoFar();
  agent.destroy();
  let drained = NaN;
  let processed = processedAtOfferEnd;
  while ((performance.now() - offerEnded) / 1000 < DRAIN_SECONDS) {
    processed = await processedSoFar();
    if (processed >= latencies.length) {
      drained = performance.now();
      break;
    }
    await sleep(250);
  }
  const cpuApi = cpuOf(children, 'api') - cpuBefore.api;
  const cpuWorker = cpuOf(children, 'worker') - cpuBefore.worker;
  latencies.sort((a, b) => a - b);
  const offerSeconds = (offerEnded - started) / 1000;
  const ackSeconds = (lastAck - started) / 1000;
  const overall = Number.isNaN(drained) ? NaN : processed / ((drained - started) / 1000);
  const row = `| ${web} x ${workers} | ${(latencies.length / ackSeconds).toFixed(0)} (${latencies.length} of ${total}${refused ? `, ${refused} refused` : ''}) | ${pct(latencies, 50).toFixed(1)} / ${pct(latencies, 99).toFixed(1)} ms | ${(processedAtOfferEnd / offerSeconds).toFixed(0)} | ${Number.isNaN(overall) ? 'not drained' : overall.toFixed(0)} | ${latencies.length - processedAtOfferEnd} | ${Number.isNaN(drained) ? `over ${DRAIN_SECONDS} s (${latencies.length - processed} left)` : `${((drained - offerEnded) / 1000).toFixed(1)} s`} | ${((cpuApi * 1000) / latencies.length).toFixed(2)} ms | ${((cpuWorker * 1000) / processed).toFixed(2)} ms |`;
  console.log(row);
  return row;
}

await main();
