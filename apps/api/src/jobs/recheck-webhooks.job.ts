import { recheckWebhookSubscriptions } from '../use-cases/accounts/connect/recheck-webhooks.ts';
import type { ScheduledJob } from './scheduled-job.ts';

/** Every hour, at twenty past: each connected Page is still subscribed to the webhooks, or is subscribed again. */
export const recheckWebhooksJob: ScheduledJob = {
  name: 'recheck-webhooks',
  cron: '20 * * * *',
  run: async (ctx) => {
    await recheckWebhookSubscriptions(ctx);
  },
};
