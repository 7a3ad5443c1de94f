// What one comment costs the worker, measured in-process so the machine's load does not change the answer much:
// SQL statements sent per comment (every statement the driver sends, BEGIN and COMMIT included, counted by wrapping
// pg's Client.query) and the worker's own CPU time per comment (process.cpuUsage; PostgreSQL's CPU is not in it).
// Also the acknowledging path (receiveDelivery: what a web process does after the signature check) per delivery.
//
//   npm run bench:ingestion
// BENCH_DATABASE_URL (default the local postgres://postgres@127.0.0.1:5432/postgres; a new database is made and
// dropped), BENCH_COMMENTS (2000), BENCH_SCHOOLS (50), BENCH_STAFF (60), BENCH_PUPILS (400), BENCH_BATCH (deliveries
// per transaction; default the worker's), BENCH_PROFILE (a CPU profile of the processing).
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { installAuditKey, migrateDatabase, openDatabase } from '@schoolgate/db';
import type { AppContext } from '../src/app-context.ts';
import { createSecretBox } from '../src/security/secret-box.ts';
import { DELIVERY_BATCH, processPendingDeliveries } from '../src/use-cases/moderation/process-delivery.ts';
import { receiveDelivery } from '../src/use-cases/moderation/receive-delivery.ts';
import { deliveryBody, generateTrust } from './trust-generator.ts';

const env = process.env;
const ADMIN_URL = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const COMMENTS = Number(env.BENCH_COMMENTS ?? 2000);
const BATCH = Number(env.BENCH_BATCH ?? 0);
const SHAPE = {
  schools: Number(env.BENCH_SCHOOLS ?? 50),
  staffPerSchool: Number(env.BENCH_STAFF ?? 60),
  pupilsPerSchool: Number(env.BENCH_PUPILS ?? 400),
};

// Every statement the pg driver sends, from the pool or a transaction's client.
let statements = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function main() {
  installAuditKey(randomBytes(32));
  const name = `schoolgate_ingest_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  try {
    await migrateDatabase(handle);
    const trust = await generateTrust(handle.db, SHAPE, 'ingest');
    const ctx: AppContext = {
      db: handle.db,
      dbKind: handle.kind,
      config: { SESSION_HOURS: 12, SESSION_IDLE_MINUTES: 30, COOKIE_SECURE: false },
      totpBox: createSecretBox(randomBytes(32)),
      credentialsBox: createSecretBox(randomBytes(32)),
      now: () => new Date(),
      log: pino({ level: 'silent' }),
      version: 'bench',
      mailer: null,
      publicUrl: 'http://schoolgate.test',
      platforms: {
        metaAppSecret: 'x',
        metaVerifyToken: 'x',
        metaGraphUrl: 'http://127.0.0.1:9',
        xApiUrl: 'http://127.0.0.1:9',
      },
      jobs: null,
    };
    const receive = (body: string) => receiveDelivery(ctx, { platform: 'facebook', rawBody: Buffer.from(body) });

    // Warm-up, not counted: every school's set-up built once and the code compiled.
    for (let i = 0; i < SHAPE.schools * 4; i++) await receive(deliveryBody(trust, 'warm', i));
    await processPendingDeliveries(ctx);

    // Acknowledging: one request at a time (each its own insert), then 64 at once, as a busy web process has them
    // (gathered by the write batcher into a few inserts). Both sets are processed below.
    const bodies = Array.from({ length: COMMENTS }, (_, i) => deliveryBody(trust, 'run', i));
    const half = Math.floor(COMMENTS / 2);
    let s0 = statements;
    let c0 = cpuMs();
    let t0 = performance.now();
    for (const body of bodies.slice(0, half)) await receive(body);
    const ack = { statements: statements - s0, cpu: cpuMs() - c0, wall: performance.now() - t0, n: half };
    s0 = statements;
    c0 = cpuMs();
    t0 = performance.now();
    const together = bodies.slice(half);
    for (let i = 0; i < together.length; i += 64) await Promise.all(together.slice(i, i + 64).map(receive));
    const ackTogether = {
      statements: statements - s0,
      cpu: cpuMs() - c0,
      wall: performance.now() - t0,
      n: together.length,
    };

    // BENCH_PROFILE=<file>: a CPU profile of the processing alone, for Chrome's DevTools.
    const profiler = env.BENCH_PROFILE ? new Session() : null;
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    s0 = statements;
    c0 = cpuMs();
    t0 = performance.now();
    const result = await processPendingDeliveries(ctx, BATCH ? { batchSize: BATCH } : {});
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      fs.writeFileSync(env.BENCH_PROFILE!, JSON.stringify(profile));
    }
    const work = { statements: statements - s0, cpu: cpuMs() - c0, wall: performance.now() - t0 };
    const { rows } = await handle.query<{ n: number }>(`select count(*)::int as n from comments`);

    const per = (x: number, n = COMMENTS) => (x / n).toFixed(2);
    console.log(
      `\n${COMMENTS} deliveries of one new comment each over ${SHAPE.schools} schools (${rows[0]!.n} comments stored in all, ${result.processed} deliveries processed, ${result.failed} failed); load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} cores\n`,
    );
    console.log('| path | statements per comment | CPU per comment (this process) | wall clock, per second |');
    console.log('| --- | --- | --- | --- |');
    console.log(
      `| acknowledge (store the delivery), one at a time | ${per(ack.statements, ack.n)} | ${per(ack.cpu, ack.n)} ms | ${((ack.n * 1000) / ack.wall).toFixed(0)}/s |`,
    );
    console.log(
      `| acknowledge (store the delivery), 64 at once | ${per(ackTogether.statements, ackTogether.n)} | ${per(ackTogether.cpu, ackTogether.n)} ms | ${((ackTogether.n * 1000) / ackTogether.wall).toFixed(0)}/s |`,
    );
    console.log(
      `| process (parse, classify, store, audit), ${BATCH || DELIVERY_BATCH} per transaction | ${per(work.statements)} | ${per(work.cpu)} ms | ${((COMMENTS * 1000) / work.wall).toFixed(0)}/s, one worker |`,
    );
  } finally {
    await handle.close();
    const cleanup = new pg.Client({ connectionString: ADMIN_URL });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  }
}

await main();
