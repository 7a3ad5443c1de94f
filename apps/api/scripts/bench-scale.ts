// Scale benchmark (issue 16): N web processes (`schoolgate start --role api`) and M workers (`--role worker`) on the
// local PostgreSQL, a trust-scale data set (trust-generator.ts), and signed webhook deliveries offered at a fixed rate
// for a fixed time, spread over the web processes in turn (as a round-robin load balancer would). Reports, for each
// N x M: deliveries acknowledged per second, p50 and p99 time to acknowledge, how late the load generator was,
// comments processed per second, how long the backlog took to drain once the offered load stopped, and the CPU each
// kind of process (and PostgreSQL's connections) spent per unit. The generator runs in a process of its own
// (bench-load-generator.ts) with its bodies signed before the clock starts, so its CPU is not the server's.
//
// BENCH_BACKLOG=<n> measures the workers alone: n deliveries are stored first (one transaction), then M workers
// (BENCH_CONFIGS' second number; no web process) are timed until every one is processed: comments processed per
// second with nothing else running, the clean figure for the processing target.
//
//   npm run bench:scale
// BENCH_DATABASE_URL (default the local postgres://postgres@127.0.0.1:5432/postgres; a new database is made and
// dropped), BENCH_CONFIGS ("1x1,2x2": web x workers), BENCH_RATE (offered deliveries/s, 500), BENCH_SECONDS (10),
// BENCH_SCHOOLS (50), BENCH_STAFF (60 per school), BENCH_PUPILS (400 per school), BENCH_DRAIN_SECONDS (600),
// BENCH_BACKLOG (unset: offered load), BENCH_PROFILE_DIR (CPU profiles of the web processes and workers).
import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inboundDeliveriesRepository, installAuditKey, migrateDatabase, openDatabase } from '@schoolgate/db';
import { signMetaPayload } from '../src/connectors/graph/webhook-signature.ts';
import { deliveryBody, generateTrust } from './trust-generator.ts';
import type { LoadPlan, LoadResult } from './bench-load-generator.ts';

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
const BACKLOG = Number(env.BENCH_BACKLOG ?? 0);
const APP_SECRET = 'bench-scale-app-secret';
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const generatorScript = fileURLToPath(new URL('./bench-load-generator.ts', import.meta.url));

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

/** CPU seconds PostgreSQL's server processes for this database have used (connections open now; root can read them). */
async function databaseCpuSeconds(
  db: Awaited<ReturnType<typeof openDatabase>>,
  name: string,
): Promise<Map<number, number>> {
  const { rows } = await db.query<{ pid: number }>(`select pid from pg_stat_activity where datname = $1`, [name]);
  return new Map(rows.map((r) => [r.pid, cpuSeconds(r.pid)]));
}
const cpuSince = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, cpu]) => sum + (Number.isNaN(cpu) ? 0 : cpu - (before.get(pid) ?? 0)), 0);

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Child {
  proc: ChildProcess;
  port?: number;
}

function startProcess(role: 'api' | 'worker', processEnv: Record<string, string>): Promise<Child> {
  // BENCH_PROFILE_DIR: each web process and worker writes a CPU profile there when it stops (`node --cpu-prof`).
  const profile = env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', '--cpu-prof-dir', env.BENCH_PROFILE_DIR, '--cpu-prof-name', `${role}-${Date.now()}.cpuprofile`]
    : [];
  const proc = spawn(process.execPath, [...profile, 'bin/schoolgate.mjs', 'start', '--role', role], {
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
  const loads: string[] = [];
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
        const load0 = os.loadavg()[0]!;
        if (BACKLOG > 0) {
          for (let i = 0; i < workers; i++) children.push(await startProcess('worker', processEnv));
          rows.push(await runBacklog(db, name, trust, workers, children));
        } else {
          for (let i = 0; i < web; i++) children.push(await startProcess('api', processEnv));
          for (let i = 0; i < workers; i++) children.push(await startProcess('worker', processEnv));
          rows.push(await runLoad(db, name, trust, web, workers, children));
        }
        loads.push(
          `${BACKLOG > 0 ? `${workers} workers` : `${web} x ${workers}`}: ${load0.toFixed(1)} to ${os.loadavg()[0]!.toFixed(1)}`,
        );
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
    BACKLOG > 0
      ? `\nA backlog of ${BACKLOG} stored deliveries (one comment each) over ${SHAPE.schools} schools, processed by workers alone`
      : `\nOffered ${RATE} deliveries/s for ${SECONDS} s (one comment each) over ${SHAPE.schools} schools`,
  );
  console.log(`Load average (1 min) during each run, on ${os.cpus().length} cores: ${loads.join('; ')}\n`);
  console.log(BACKLOG > 0 ? BACKLOG_HEADER : LOAD_HEADER);
  console.log(`|${' --- |'.repeat((BACKLOG > 0 ? BACKLOG_HEADER : LOAD_HEADER).split('|').length - 2)}`);
  for (const row of rows) console.log(row);
}

const LOAD_HEADER =
  '| web x workers | acknowledged/s | acknowledge p50 / p99 | generator late p99 / max | processed/s (while offered) | processed/s (overall) | backlog at end of offer | drain time | web CPU per delivery | worker CPU per comment | database CPU per comment | generator CPU per delivery |';
const BACKLOG_HEADER =
  '| workers | backlog | processing time | comments processed/s | worker CPU per comment | database CPU per comment |';

type Db = Awaited<ReturnType<typeof openDatabase>>;
type Trust = Awaited<ReturnType<typeof generateTrust>>;

/** Deliveries processed since `afterId` (those with a greater id). */
const processedSince = async (db: Db, afterId: number) =>
  (
    await db.query<{ n: number }>(
      `select count(*)::int as n from inbound_deliveries where id > $1 and status = 'processed'`,
      [afterId],
    )
  ).rows[0]!.n;

async function waitUntilNothingPending(db: Db) {
  for (const until = performance.now() + 120_000; performance.now() < until; await sleep(250)) {
    const { n } = (
      await db.query<{ n: number }>(`select count(*)::int as n from inbound_deliveries where status <> 'processed'`)
    ).rows[0]!;
    if (n === 0) return;
  }
}

const lastDeliveryId = async (db: Db) =>
  (await db.query<{ maxId: number }>(`select coalesce(max(id), 0)::int as "maxId" from inbound_deliveries`)).rows[0]!
    .maxId;

/** The workers alone on a stored backlog: the processing figure with no web process or generator competing. */
async function runBacklog(db: Db, name: string, trust: Trust, workers: number, children: Child[]): Promise<string> {
  const run = `backlog${workers}_${Date.now().toString(36)}`;
  const stored = (bodies: string[]) =>
    db.db.transaction(async (tx) => {
      for (let i = 0; i < bodies.length; i += 1000) {
        await inboundDeliveriesRepository.insertMany(
          tx,
          bodies.slice(i, i + 1000).map((body) => ({
            platform: 'facebook',
            body,
            bodySha256: createHash('sha256').update(body).digest('hex'),
            receivedAt: new Date(),
          })),
        );
      }
    });
  // Warm-up, not counted: a comment for every school, so each worker has compiled its code and built the schools'
  // moderation set-ups it will need.
  await stored(
    Array.from({ length: trust.schools.length * 2 * workers }, (_, i) => deliveryBody(trust, `${run}_warm`, i)),
  );
  await waitUntilNothingPending(db);
  const afterId = await lastDeliveryId(db);
  const bodies = Array.from({ length: BACKLOG }, (_, i) => deliveryBody(trust, run, i));
  const cpuBefore = cpuOf(children, 'worker');
  const dbBefore = await databaseCpuSeconds(db, name);
  await stored(bodies);
  const started = performance.now();
  let processed = 0;
  let ended = NaN;
  while ((performance.now() - started) / 1000 < DRAIN_SECONDS) {
    processed = await processedSince(db, afterId);
    if (processed >= BACKLOG) {
      ended = performance.now();
      break;
    }
    await sleep(100);
  }
  const cpuWorker = cpuOf(children, 'worker') - cpuBefore;
  const cpuDb = cpuSince(dbBefore, await databaseCpuSeconds(db, name));
  const seconds = (ended - started) / 1000;
  const row = `| ${workers} | ${BACKLOG} | ${Number.isNaN(ended) ? `over ${DRAIN_SECONDS} s (${BACKLOG - processed} left)` : `${seconds.toFixed(1)} s`} | ${Number.isNaN(ended) ? '' : (BACKLOG / seconds).toFixed(0)} | ${((cpuWorker * 1000) / processed).toFixed(2)} ms | ${((cpuDb * 1000) / processed).toFixed(2)} ms |`;
  console.log(row);
  return row;
}

/** Runs the load generator in its own process; resolves with its figures and the CPU it used. */
async function generate(plan: LoadPlan): Promise<{ result: LoadResult; cpu: number }> {
  const child = fork(generatorScript, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages: unknown[] = [];
  let wake: (() => void) | null = null;
  child.on('message', (message) => {
    messages.push(message);
    wake?.();
  });
  const next = async () => {
    while (messages.length === 0) {
      if (child.exitCode !== null) throw new Error(`The load generator exited with ${child.exitCode}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 1000);
      });
    }
    return messages.shift();
  };
  child.send(plan);
  if ((await next()) !== 'ready') throw new Error('The load generator did not get ready');
  const cpuBefore = cpuSeconds(child.pid);
  child.send('go');
  const result = (await next()) as LoadResult;
  const cpu = cpuSeconds(child.pid) - cpuBefore;
  await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  return { result, cpu };
}

async function runLoad(
  db: Db,
  name: string,
  trust: Trust,
  web: number,
  workers: number,
  children: Child[],
): Promise<string> {
  const ports = children.flatMap((c) => (c.port ? [c.port] : []));
  const run = `${web}x${workers}_${Date.now().toString(36)}`;
  const total = RATE * SECONDS;
  // Signed before the clock starts: the generator only sends.
  const requests = Array.from({ length: total }, (_, i) => {
    const body = deliveryBody(trust, run, i);
    return { body, signature: signMetaPayload(body, APP_SECRET) };
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  // Warm-up, not counted: deliveries through each web process, processed, so JIT compilation and each worker's
  // first classifier loads are not in the figures.
  for (let i = 0; i < Math.max(10 * ports.length, trust.schools.length); i++) {
    await post(agent, ports[i % ports.length]!, deliveryBody(trust, `${run}_warm`, i));
  }
  agent.destroy();
  await waitUntilNothingPending(db);
  const maxId = await lastDeliveryId(db);

  const cpuBefore = { api: cpuOf(children, 'api'), worker: cpuOf(children, 'worker') };
  const dbBefore = await databaseCpuSeconds(db, name);
  const offerStarted = performance.now();
  const { result, cpu: cpuGenerator } = await generate({ ports, rate: RATE, requests });
  const offerEnded = performance.now();
  const processedAtOfferEnd = await processedSince(db, maxId);
  const { latencies, lags, refused } = result;
  let drained = NaN;
  let processed = processedAtOfferEnd;
  while ((performance.now() - offerEnded) / 1000 < DRAIN_SECONDS) {
    processed = await processedSince(db, maxId);
    if (processed >= latencies.length) {
      drained = performance.now();
      break;
    }
    await sleep(250);
  }
  const cpuApi = cpuOf(children, 'api') - cpuBefore.api;
  const cpuWorker = cpuOf(children, 'worker') - cpuBefore.worker;
  const cpuDb = cpuSince(dbBefore, await databaseCpuSeconds(db, name));
  latencies.sort((a, b) => a - b);
  lags.sort((a, b) => a - b);
  const offerSeconds = result.offeredMs / 1000;
  const ackSeconds = result.lastAckMs / 1000;
  const overall = Number.isNaN(drained) ? NaN : processed / ((drained - offerStarted) / 1000);
  const ms = (x: number) => `${((x * 1000) / latencies.length).toFixed(2)} ms`;
  const row = `| ${web} x ${workers} | ${(latencies.length / ackSeconds).toFixed(0)} (${latencies.length} of ${total}${refused ? `, ${refused} refused` : ''}) | ${pct(latencies, 50).toFixed(1)} / ${pct(latencies, 99).toFixed(1)} ms | ${pct(lags, 99).toFixed(1)} / ${lags[lags.length - 1]!.toFixed(1)} ms | ${(processedAtOfferEnd / offerSeconds).toFixed(0)} | ${Number.isNaN(overall) ? 'not drained' : overall.toFixed(0)} | ${latencies.length - processedAtOfferEnd} | ${Number.isNaN(drained) ? `over ${DRAIN_SECONDS} s (${latencies.length - processed} left)` : `${((drained - offerEnded) / 1000).toFixed(1)} s`} | ${ms(cpuApi)} | ${((cpuWorker * 1000) / processed).toFixed(2)} ms | ${((cpuDb * 1000) / processed).toFixed(2)} ms | ${ms(cpuGenerator)} |`;
  console.log(row);
  return row;
}

await main();
