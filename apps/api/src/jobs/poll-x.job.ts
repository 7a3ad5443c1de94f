import type { ScheduledJob } from './scheduled-job.ts';
import { pollXAccounts } from '../use-cases/moderation/poll-x-accounts.ts';

export const pollXJob: ScheduledJob = {
  name: 'poll-x',
  cron: '*/2 * * * *',
  run: async (ctx) => {
    await pollXAccounts(ctx);
  },
};
