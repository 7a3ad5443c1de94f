import type { ScheduledJob } from './scheduled-job.ts';
import { refreshExpiringTokens } from '../use-cases/accounts/connect/refresh-tokens.ts';

/** Every ten minutes: X access tokens that run out within twenty minutes are refreshed. */
export const refreshTokensJob: ScheduledJob = {
  name: 'refresh-tokens',
  cron: '*/10 * * * *',
  run: async (ctx) => {
    await refreshExpiringTokens(ctx);
  },
};
