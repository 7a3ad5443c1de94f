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

/** Triggers of one job within this many milliseconds are sent as one (plus one at the end of the window). */
export const TRIGGER_COALESCE_MS = 100;

export interface JobRunnerOptions {
  /** Feed the cron schedules (default true). Every worker may: pg-boss queues each scheduled run once. */
  schedule?: boolean;
  /**
   * Run the jobs in this process (default true). A web-only process (`start --role api`) only queues them: its
   * requests trigger work that a worker process does.
   */
  work?: boolean;
  pollingIntervalSeconds?: number;
}

export async function startJobRunner(
  handle: DatabaseHandle,
  ctx: AppContext,
  jobs: ScheduledJob[],
  options: JobRunnerOptions = {},
): Promise<JobRunner> {
  const work = options.work ?? true;
  const schedule = work && (options.schedule ?? true);
  const boss = new PgBoss({
    db: bossDb(handle),
    schema: 'pgboss',
    schedule,
    // Maintenance (expiring and archiving jobs) is the workers' business.
    supervise: work,
  });
  boss.on('error', (error) => ctx.log.error({ err: safeError(error) }, 'job queue error'));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    if (schedule) await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/London' });
    if (!work) continue;
    const pollingIntervalSeconds = options.pollingIntervalSeconds ?? job.pollingIntervalSeconds ?? 2;
    await boss.work(job.name, { pollingIntervalSeconds }, async () => {
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
  // Lets a request ask for a job now (e.g. process a delivery) without waiting for its schedule. A burst of
  // requests costs one queue write per job and window, not one each: the first is sent at once, the rest of the
  // window's as one more at its end (pg-boss keeps one per second anyway, and a run takes everything pending).
  const windows = new Map<string, { again: boolean; timer: NodeJS.Timeout }>();
  const send = (name: string) => {
    boss
      .send(name, {}, { singletonKey: name, singletonSeconds: 1 })
      .catch((error: unknown) => ctx.log.warn({ job: name, err: safeError(error) }, 'job not queued'));
  };
  const openWindow = (name: string) => {
    const timer = setTimeout(() => {
      const window = windows.get(name);
      windows.delete(name);
      if (window?.again) {
        send(name);
        openWindow(name);
      }
    }, TRIGGER_COALESCE_MS);
    timer.unref();
    windows.set(name, { again: false, timer });
  };
  ctx.jobs = {
    trigger: (name) => {
      const window = windows.get(name);
      if (window) {
        window.again = true;
        return;
      }
      send(name);
      openWindow(name);
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
      for (const window of windows.values()) clearTimeout(window.timer);
      windows.clear();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
