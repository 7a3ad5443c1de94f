import type { AppContext } from '../app-context.ts';

/**
 * A job that runs on a schedule (cron, Europe/London). `run` takes the clock as an argument so tests can
 * call it for any day; it must be safe to run twice (use notification dedupe keys).
 */
export interface ScheduledJob {
  name: string;
  cron: string;
  run(ctx: AppContext, now: Date): Promise<void>;
  /** How often an idle worker asks the queue for this job (default 2 s; pg-boss's least is 0.5 s). */
  pollingIntervalSeconds?: number;
}
