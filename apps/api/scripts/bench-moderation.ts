// Moderation benchmarks (issue 5): signed webhook deliveries acknowledged per second with p50/p99, comments
// classified and stored per second end to end, on PGlite and on PostgreSQL; and the moderation queue's query
// with 1,000,000 comments across 100 schools on PostgreSQL (p95 target: under 50 ms).
//
//   npx tsx apps/api/scripts/bench-moderation.ts                   PGlite (a temporary directory on disk)
//   BENCH_DATABASE_URL=postgres://... npx tsx apps/api/scripts/bench-moderation.ts   PostgreSQL (a new database)
// BENCH_DELIVERIES (default 2000), BENCH_CONCURRENCY (16), BENCH_QUEUE_COMMENTS (1000000; PostgreSQL only).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import pino from 'pino';
import {
  commentsRepository,
  migrateDatabase,
  installAuditKey,
  openDatabase,
  socialAccountsRepository,
  tenancyRepository,
  type DatabaseHandle,
} from '@schoolgate/db';
import type { AppContext } from '../src/app-context.ts';
import { buildServer } from '../src/server/build-server.ts';
import { createSecretBox } from '../src/security/secret-box.ts';
import { signMetaPayload } from '../src/connectors/graph/webhook-signature.ts';
import { processPendingDeliveries } from '../src/use-cases/moderation/process-delivery.ts';
import { facebookCommentChange, facebookDelivery } from '../src/testing/facebook-payloads.ts';

const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const QUEUE_COMMENTS = Number(process.env.BENCH_QUEUE_COMMENTS ?? 1_000_000);
const SECRET = 'bench-app-secret';
const TEXTS = [
  'What time does the Christmas fair start on Saturday?',
  'Lovely photos from sports day, well done everyone!',
  'Mr Hughes shouted at my son again, not acceptable',
  'Ring me on 07700 900123 about the uniform sale',
  'DM me to earn £500 a day from home!!!',
  'You are all useless idiots at that school',
  'Please can we have the dates for the Year 6 trip',
  'Thank you to all the staff for a wonderful nativity',
];

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function openBenchDatabase(): Promise<{ handle: DatabaseHandle; label: string; cleanup: () => Promise<void> }> {
  installAuditKey(randomBytes(32));
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-bench-'));
    const handle = await openDatabase({ kind: 'pglite', dataDir: dir });
    return { handle, label: 'PGlite (on disk)', cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `schoolgate_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 20 });
  return {
    handle,
    label: 'PostgreSQL 15 (local server)',
    cleanup: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function benchIngest(handle: DatabaseHandle, label: string) {
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
    publicUrl: 'http://localhost',
    platforms: {
      metaAppSecret: SECRET,
      metaVerifyToken: 'bench-verify',
      metaGraphUrl: 'http://127.0.0.1:9',
      xApiUrl: 'http://127.0.0.1:9',
    },
    jobs: null,
  };
  const trust = await tenancyRepository.createTrust(ctx.db, 'Bench Trust');
  const school = await tenancyRepository.createSchool(ctx.db, { trustId: trust.id, name: 'Bench School' });
  await socialAccountsRepository.create(ctx.db, {
    schoolId: school.id,
    platform: 'facebook',
    externalId: 'bench-page',
    handle: 'bench',
    displayName: 'Bench School',
  });
  const app = await buildServer(ctx);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/webhooks/meta`;
  const bodies = Array.from({ length: DELIVERIES }, (_, i) =>
    facebookDelivery('bench-page', [
      facebookCommentChange({
        pageId: 'bench-page',
        commentId: `b_${i}`,
        message: `${TEXTS[i % TEXTS.length]} (${i})`,
      }),
    ]),
  );
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const t0 = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signMetaPayload(body, SECRET) },
          body,
        });
        if (res.status !== 200) throw new Error(`delivery refused: ${res.status}`);
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const ackSeconds = (performance.now() - started) / 1000;
  await app.close();
  latencies.sort((a, b) => a - b);
  const t1 = performance.now();
  const { processed, failed } = await processPendingDeliveries(ctx);
  const processSeconds = (performance.now() - t1) / 1000;
  if (failed > 0 || processed !== DELIVERIES) throw new Error(`processed ${processed}, failed ${failed}`);
  console.log(`\n${label}: ${DELIVERIES} signed webhook deliveries, ${CONCURRENCY} at a time`);
  console.log(
    `  acknowledged: ${(DELIVERIES / ackSeconds).toFixed(0)} deliveries/s; time to acknowledge p50 ${pct(latencies, 50).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms`,
  );
  console.log(
    `  processed end to end (parse, classify, decide, deadline, store, audit): ${(processed / processSeconds).toFixed(0)} comments/s`,
  );
  return school.id;
}

async function benchQueue(handle: DatabaseHandle) {
  console.log(`\nQueue query: seeding ${QUEUE_COMMENTS.toLocaleString('en-GB')} comments across 100 schools...`);
  const t0 = performance.now();
  // Set-based seeding in the database itself: the figure under test is the query, not the loading.
  await handle.exec(`
    insert into trusts (id, name) values ('00000000-0000-4000-8000-000000000001', 'Queue Bench Trust') on conflict do nothing;
    insert into schools (id, trust_id, name)
      select ('00000000-0000-4000-8001-' || lpad(i::text, 12, '0'))::uuid, '00000000-0000-4000-8000-000000000001', 'Queue School ' || i
      from generate_series(1, 100) i;
    insert into social_accounts (id, school_id, platform, external_id, handle, display_name)
      select ('00000000-0000-4000-8002-' || lpad(i::text, 12, '0'))::uuid, ('00000000-0000-4000-8001-' || lpad(i::text, 12, '0'))::uuid, 'facebook', 'qpage' || i, 'q' || i, 'Queue School ' || i
      from generate_series(1, 100) i;
    insert into social_authors (id, school_id, platform, external_id, name)
      select ('00000000-0000-4000-8003-' || lpad(i::text, 12, '0'))::uuid, ('00000000-0000-4000-8001-' || lpad(((i % 100) + 1)::text, 12, '0'))::uuid, 'facebook', 'qa' || i, 'Author ' || i
      from generate_series(1, 20000) i;
    insert into comments (school_id, account_id, author_id, external_id, text, posted_at, received_at, labels, severity, decision, review_state, needs_response, response_due_at, responded_at)
      select ('00000000-0000-4000-8001-' || lpad(((i % 100) + 1)::text, 12, '0'))::uuid,
             ('00000000-0000-4000-8002-' || lpad(((i % 100) + 1)::text, 12, '0'))::uuid,
             ('00000000-0000-4000-8003-' || lpad(((i % 20000) + 1)::text, 12, '0'))::uuid,
             'qc' || i, 'Comment number ' || i, now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval,
             case when i % 7 = 0 then '[{"category":"abuse","score":0.8,"evidence":"bench"}]'::jsonb else '[]'::jsonb end,
             case when i % 7 = 0 then 0.68 else (i % 10) / 20.0 end,
             case when i % 7 = 0 then 'queue' else 'leave' end,
             case when i % 10 < 2 then 'to_review' else 'reviewed' end,
             i % 3 = 0, now() + ((i % 96) - 48 || ' hours')::interval, case when i % 6 = 0 then now() else null end
      from generate_series(1, ${QUEUE_COMMENTS}) i;
    analyze;`);
  console.log(`  seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const views = ['to_review', 'awaiting_response', 'all'] as const;
  for (const view of views) {
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const school = `00000000-0000-4000-8001-${String((i % 100) + 1).padStart(12, '0')}`;
      const t = performance.now();
      await commentsRepository.queue(handle.db, school, { view, page: 1 + (i % 3), pageSize: 50 });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      `  queue view ${view.padEnd(17)}: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms (200 queries, page size 50)`,
    );
  }
}

const { handle, label, cleanup } = await openBenchDatabase();
try {
  await migrateDatabase(handle);
  await benchIngest(handle, label);
  if (handle.kind === 'postgres') await benchQueue(handle);
  else
    console.log(
      '\nQueue query at 1,000,000 comments: run with BENCH_DATABASE_URL (PostgreSQL), as the target is stated for a server.',
    );
} finally {
  await handle.close();
  await cleanup();
}
