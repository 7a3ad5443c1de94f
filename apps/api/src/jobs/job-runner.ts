// Runs the scheduled jobs with pg-boss on the same database as everything else: PGlite or PostgreSQL.
// Several app processes on one PostgreSQL share the queue, and each scheduled run happens once.
import PgBoss from 'pg-boss';
import type { DatabaseHandle } from '@schoolgate/db';
import type { AppContext } from '../app-context.ts';
import type { ScheduledJob } from './scheduled-job.ts';
import { safeError, type SafeError } from '../logging/safe-error.ts';

/** What pg-boss records of a failed job: which job, and the error's class and code, never its message. */
export class JobFailed extends Error {
  override name = 'JobFailed';
  readonly code?: string;
  constructor(job: string, cause: SafeError) {
    super(`${job} failed: ${[cause.type, cause.code, cause.constraint].filter(Boolean).join(' ')}`);
    this.code = cause.code;
    this.stack = `${this.name}: ${this.message}\n${cause.at ?? ''}`;
  }
}

export interface JobRunner {
  /** Queues a job to run now (the same queue the schedule feeds); resolves with the job id. */
  runNow(name: string): Promise<string>;
  /** Waits until the job has finished, for tests and the command line. */
  waitFor(name: string, id: string, timeoutMs?: number): Promise<'completed' | 'failed'>;
  stop(): Promise<void>;
}

/** pg-boss's database adapter. PGlite's prepared statements take one command, so parameterless SQL goes to exec. */
function bossDb(handle: DatabaseHandle): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      if (handle.kind === 'pglite' && (!values || values.length === 0)) return handle.exec(text);
      return handle.query(text, values);
    },
  };
}

export async function startJobRunner(
  handle: DatabaseHandle,
  ctx: AppContext,
  jobs: ScheduledJob[],
  options: { schedule?: boolean; pollingIntervalSeconds?: number } = {},
): Promise<JobRunner> {
  const boss = new PgBoss({
    db: bossDb(handle),
    schema: 'pgboss',
    schedule: options.schedule ?? true,
    supervise: true,
  });
  boss.on('error', (error) => ctx.log.error({ err: safeError(error) }, 'job queue error'));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    if (options.schedule ?? true) await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/London' });
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      const started = Date.now();
      try {
        await job.run(ctx, ctx.now());
      } catch (error) {
        // pg-boss keeps a failed job's error (message and stack) in its table and would log it as it is: a
        // database error's message holds the query's parameters. Hand it only the error's class and code.
        const safe = safeError(error);
        ctx.log.warn({ job: job.name, err: safe }, 'job failed');
        throw new JobFailed(job.name, safe);
      }
      ctx.log.info({ job: job.name, ms: Date.now() - started }, 'job finished');
    });
  }
  // Lets a request ask for a job now (e.g. process a delivery) without waiting for its schedule.
  ctx.jobs = {
    trigger: (name) => {
      boss
        .send(name, {}, { singletonKey: name, singletonSeconds: 1 })
        .catch((error: unknown) => ctx.log.warn({ job: name, err: safeError(error) }, 'job not queued'));
    },
  };
  return {
    runNow: async (name) => {
      if (!jobs.some((j) => j.name === name)) throw new Error(`No job called ${name}`);
      const id = await boss.send(name, {});
      if (!id) throw new Error(`Job ${name} was not queued`);
      return id;
    },
    waitFor: async (name, id, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const job = await boss.getJobById(name, id, { includeArchive: true });
        if (job?.state === 'completed') return 'completed';
        if (job?.state === 'failed') return 'failed';
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`Job ${name} did not finish within ${timeoutMs} ms`);
    },
    stop: async () => {
      ctx.jobs = null;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
