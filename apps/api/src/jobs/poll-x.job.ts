import type { ScheduledJob } from './scheduled-job.ts';
import { pollXAccounts } from '../use-cases/moderation/poll-x-accounts.ts';

/** The poll's schedule for X_POLL_SECONDS (whole minutes that divide an hour, checked in config.ts). */
export function pollXCron(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes <= 1) return '* * * * *';
  return minutes >= 60 ? '0 * * * *' : `*/${minutes} * * * *`;
}

/** Every `seconds` (X_POLL_SECONDS); the default is two minutes. */
export function pollXJobEvery(seconds: number): ScheduledJob {
  return {
    name: 'poll-x',
    cron: pollXCron(seconds),
    run: async (ctx) => {
      await pollXAccounts(ctx);
    },
  };
}

export const pollXJob: ScheduledJob = pollXJobEvery(120);
