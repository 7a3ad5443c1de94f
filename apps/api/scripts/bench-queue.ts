// The moderation queue at 1,000,000 comments (issue 16): a new database on the local PostgreSQL, filled in the
// database itself (generate_series) with a trust's comments spread as a real trust's are (a few busy schools and many
// quiet ones, most comments long reviewed, a small share waiting or unanswered, a few hidden or deleted), then the
// queries the API runs for the queue page (each view with its total, the filters, pages 1 to 3), the dashboard's
// overdue list, the escalation job's sweep, and the report's count of a term's comments (one school, and all 50 as
// the trust dashboard does), each timed through the repository the API uses. Reports p50, p95, p99.
//
//   npm run bench:queue
// BENCH_DATABASE_URL (default the local postgres://postgres@127.0.0.1:5432/postgres; a new database is made and
// dropped), BENCH_QUEUE_COMMENTS (1000000), BENCH_QUEUE_SCHOOLS (50), BENCH_QUEUE_RUNS (100 per query),
// BENCH_EXPLAIN=1 prints each query's plan once.
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { COMMENT_CATEGORIES } from '@schoolgate/domain';
import {
  commentsRepository,
  installAuditKey,
  migrateDatabase,
  openDatabase,
  reportsRepository,
  socialAccountsRepository,
} from '@schoolgate/db';

const env = process.env;
const ADMIN_URL = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const COMMENTS = Number(env.BENCH_QUEUE_COMMENTS ?? 1_000_000);
const SCHOOLS = Number(env.BENCH_QUEUE_SCHOOLS ?? 50);
const RUNS = Number(env.BENCH_QUEUE_RUNS ?? 100);

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const id = (kind: number, i: number | string) => `'00000000-0000-4000-800${kind}-' || lpad((${i})::text, 12, '0')`;

/**
 * The data, all in SQL. School k (1-based) gets a share of comments proportional to 1/k (a busy secondary school
 * and many small primaries), each school has a Facebook Page, an Instagram account and an X account (60%, 30%, 10%
 * of its comments), and the comments of the last two years have:
 * - a label in about 12% (abuse, spam, personal data, complaint), severity from it;
 * - review state 'to_review' for 2% (mostly recent), 'reviewed' otherwise;
 * - a response needed for 25%, answered for 95% of those, the rest due within ±3 days of now;
 * - platform state visible 93%, hidden 4%, deleted 2%, removed by the author 1%.
 */
function seedSql(): string {
  const weights = `(select k, (1.0 / k) / sum(1.0 / k) over () as w from generate_series(1, ${SCHOOLS}) k)`;
  return `
    insert into trusts (id, name) values ('00000000-0000-4000-8000-000000000001', 'Queue Bench Trust');
    insert into schools (id, trust_id, name)
      select (${id(1, 'k')})::uuid, '00000000-0000-4000-8000-000000000001', 'Queue School ' || k
      from generate_series(1, ${SCHOOLS}) k;
    insert into social_accounts (id, school_id, platform, external_id, handle, display_name)
      select (${id(2, 'k * 10 + p')})::uuid, (${id(1, 'k')})::uuid,
             (array['facebook', 'instagram', 'x'])[p + 1], 'qacct' || k || '_' || p, 'q' || k || '_' || p,
             'Queue School ' || k
      from generate_series(1, ${SCHOOLS}) k, generate_series(0, 2) p;
    insert into social_authors (id, school_id, platform, external_id, name)
      select (${id(3, 'a')})::uuid, (${id(1, `((a - 1) % ${SCHOOLS}) + 1`)})::uuid, 'facebook', 'qa' || a,
             'Author ' || a
      from generate_series(1, 40000) a;
    create temporary table bench_bounds as
      select k, floor(${COMMENTS} * coalesce(sum(w) over (order by k rows between unbounded preceding and 1 preceding), 0))::int as lo
      from ${weights} s;
    insert into comments (school_id, account_id, author_id, external_id, text, posted_at, received_at, labels,
                          severity, decision, review_state, needs_response, response_due_at, responded_at,
                          platform_state, escalated_at)
      select (${id(1, 'b.k')})::uuid,
             (${id(2, 'b.k * 10 + case when i % 10 < 6 then 0 when i % 10 < 9 then 1 else 2 end')})::uuid,
             (${id(3, `((i::bigint * 7919) % (40000 / ${SCHOOLS})) * ${SCHOOLS} + b.k`)})::uuid,
             'qc' || i, 'Comment number ' || i, at, at,
             case when i % 100 < 4 then '[{"category":"abuse","score":0.8,"evidence":"bench"}]'::jsonb
                  when i % 100 < 8 then '[{"category":"spam","score":0.7,"evidence":"bench"}]'::jsonb
                  when i % 100 < 10 then '[{"category":"personal_data","score":0.9,"evidence":"bench"}]'::jsonb
                  when i % 100 < 12 then '[{"category":"complaint","score":0.6,"evidence":"bench"}]'::jsonb
                  else '[]'::jsonb end,
             case when i % 100 < 12 then 0.6 + (i % 4) / 10.0 else (i % 10) / 40.0 end,
             case when i % 100 < 12 then 'queue' else 'leave' end,
             case when i % 100 < 2 or (i % 100 < 12 and at > now() - interval '3 days') then 'to_review' else 'reviewed' end,
             needs,
             case when needs then at + interval '48 hours' end,
             case when needs and (i % 20 <> 1 or at < now() - interval '3 days') then at + interval '20 hours' end,
             case when i % 100 < 93 then 'visible' when i % 100 < 97 then 'hidden' when i % 100 < 99 then 'deleted'
                  else 'removed_by_author' end,
             case when needs and i % 20 = 1 and at < now() - interval '2 days' then at + interval '49 hours' end
      from (
        select i, now() - ((${COMMENTS} - i)::float / ${COMMENTS}) * interval '730 days' as at, i % 4 = 1 as needs
        from generate_series(1, ${COMMENTS}) i
      ) c
      join lateral (select k from bench_bounds where lo < i order by k desc limit 1) b on true;`;
}

type Handle = Awaited<ReturnType<typeof openDatabase>>;

async function main() {
  installAuditKey(randomBytes(32));
  const name = `schoolgate_queue_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  try {
    await migrateDatabase(handle);
    const t0 = performance.now();
    await handle.exec(seedSql());
    // As autovacuum leaves a table in use: statistics, and the visibility map that lets counts read the index alone.
    await handle.exec('vacuum analyze');
    const counts = (
      await handle.query<{ school: number; n: number }>(
        `select row_number() over (order by count(*) desc)::int as school, count(*)::int as n
           from comments group by school_id order by n desc`,
      )
    ).rows;
    console.log(
      `Seeded ${COMMENTS.toLocaleString('en-GB')} comments over ${SCHOOLS} schools in ${((performance.now() - t0) / 1000).toFixed(0)} s: busiest school ${counts[0]!.n.toLocaleString('en-GB')}, median ${counts[Math.floor(counts.length / 2)]!.n.toLocaleString('en-GB')}, quietest ${counts[counts.length - 1]!.n.toLocaleString('en-GB')}`,
    );
    await run(handle);
  } finally {
    await handle.close();
    const cleanup = new pg.Client({ connectionString: ADMIN_URL });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  }
}

async function run(handle: Handle) {
  const school = (k: number) => `00000000-0000-4000-8001-${String(k).padStart(12, '0')}`;
  const account = (k: number, p: number) => `00000000-0000-4000-8002-${String(k * 10 + p).padStart(12, '0')}`;
  // Half the runs on the busiest school (the worst case), half spread over the others.
  const schoolFor = (i: number) => (i % 2 === 0 ? 1 : 2 + (i % (SCHOOLS - 1)));
  const now = new Date();
  const termStart = new Date(now.getTime() - 13 * 7 * 24 * 3600 * 1000);
  const queries: Array<[string, (i: number) => Promise<unknown>]> = [
    ...(['to_review', 'awaiting_response', 'all'] as const).map(
      (view) =>
        [
          `queue "${view}" (page 1 to 3, with its total)`,
          (i: number) =>
            commentsRepository.queue(handle.db, school(schoolFor(i)), { view, page: 1 + (i % 3), pageSize: 50 }),
        ] as [string, (i: number) => Promise<unknown>],
    ),
    [
      'queue "all", one account',
      (i) =>
        commentsRepository.queue(handle.db, school(schoolFor(i)), {
          view: 'all',
          accountId: account(schoolFor(i), i % 3),
          page: 1,
          pageSize: 50,
        }),
    ],
    [
      'queue "all", category abuse',
      (i) =>
        commentsRepository.queue(handle.db, school(schoolFor(i)), {
          view: 'all',
          category: 'abuse',
          page: 1 + (i % 3),
          pageSize: 50,
        }),
    ],
    [
      'queue "all", hidden on the platform',
      (i) =>
        commentsRepository.queue(handle.db, school(schoolFor(i)), {
          view: 'all',
          platformState: 'hidden',
          page: 1 + (i % 3),
          pageSize: 50,
        }),
    ],
    [
      'queue "all", removed by the author (1%)',
      (i) =>
        commentsRepository.queue(handle.db, school(schoolFor(i)), {
          view: 'all',
          platformState: 'removed_by_author',
          page: 1,
          pageSize: 50,
        }),
    ],
    [
      'queue "to review", category spam, one account',
      (i) =>
        commentsRepository.queue(handle.db, school(schoolFor(i)), {
          view: 'to_review',
          category: 'spam',
          accountId: account(schoolFor(i), 0),
          page: 1,
          pageSize: 50,
        }),
    ],
    // The same totals counted exactly, as the queue did before the cap, for a comparison taken in the same run.
    [
      'before the cap: exact total of "all"',
      (i) => handle.query('select count(*) from comments where school_id = $1', [school(schoolFor(i))]),
    ],
    [
      'before the cap: exact total of "all", one account',
      (i) =>
        handle.query('select count(*) from comments where school_id = $1 and account_id = $2', [
          school(schoolFor(i)),
          account(schoolFor(i), i % 3),
        ]),
    ],
    [
      'before the cap: exact total of "all", category abuse',
      (i) =>
        handle.query(`select count(*) from comments where school_id = $1 and labels @> '[{"category":"abuse"}]'`, [
          school(schoolFor(i)),
        ]),
    ],
    [
      "the school's accounts (queue filter list)",
      (i) => socialAccountsRepository.listForSchool(handle.db, school(schoolFor(i))),
    ],
    [
      'dashboard: overdue comments, with the count',
      (i) => reportsRepository.overdueComments(handle.db, school(schoolFor(i)), now, 10),
    ],
    [
      'escalation job: overdue, not escalated (all schools)',
      () => commentsRepository.overdueNotEscalated(handle.db, now),
    ],
    // The governors' report and the trust dashboard count a term's comments per school (13 weeks here).
    [
      "report: a term's comments by category and decision, counted in the database",
      (i) =>
        reportsRepository.receivedCommentTallies(handle.db, school(schoolFor(i)), termStart, now, COMMENT_CATEGORIES),
    ],
    [
      "report: a term's comments as rows to count in the process (how it was before)",
      (i) =>
        handle.query(
          'select labels, decision from comments where school_id = $1 and received_at >= $2 and received_at < $3',
          [school(schoolFor(i)), termStart, now],
        ),
    ],
    [
      "trust dashboard: a term's comments counted for all 50 schools, one after another",
      async () => {
        for (let k = 1; k <= SCHOOLS; k++)
          await reportsRepository.receivedCommentTallies(handle.db, school(k), termStart, now, COMMENT_CATEGORIES);
      },
    ],
  ];

  if (env.BENCH_EXPLAIN) await explainAll(handle, queries);

  const rows: string[] = [];
  for (const [label, query] of queries) {
    for (let i = 0; i < 5; i++) await query(i); // warm the cache
    const times: number[] = [];
    // The trust-wide sweep is 50 queries a run: fewer runs of it.
    const runs = label.startsWith('trust dashboard') ? Math.max(10, Math.floor(RUNS / 5)) : RUNS;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await query(i);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const row = `| ${label} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${pct(times, 99).toFixed(1)} |`;
    console.log(row);
    rows.push(row);
  }
  console.log(
    `\n${RUNS} runs each, half on the busiest school; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores\n`,
  );
  console.log('| query | p50 ms | p95 ms | p99 ms |\n| --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

/** Each query's plan on the busiest school, from PostgreSQL's log of the statements the repository sends. */
async function explainAll(handle: Handle, queries: Array<[string, (i: number) => Promise<unknown>]>) {
  const client = (handle as unknown as { db: { $client: pg.Pool } }).db.$client;
  for (const [label, query] of queries) {
    const sent: Array<{ text: string; values: unknown[] }> = [];
    const original = client.query.bind(client);
    (client as unknown as { query: unknown }).query = (config: unknown, values?: unknown) => {
      const c = config as { text?: string; values?: unknown[] };
      if (typeof config === 'object' && c.text)
        sent.push({ text: c.text, values: (values as unknown[]) ?? c.values ?? [] });
      return (original as (a: unknown, b?: unknown) => unknown)(config, values);
    };
    await query(0);
    (client as unknown as { query: unknown }).query = original;
    for (const s of sent) {
      const plan = await client.query(`explain (analyze, buffers) ${s.text}`, s.values as unknown[]);
      console.log(`\n--- ${label}\n${plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`);
    }
  }
}

await main();
