// Processes stored webhook deliveries. Triggered as soon as a delivery is stored, and swept every minute so a
// delivery left pending by a crash or a restart is picked up without anyone noticing.
import type { ScheduledJob } from './scheduled-job.ts';
import { processPendingDeliveries } from '../use-cases/moderation/process-delivery.ts';

export const PROCESS_DELIVERIES_JOB = 'process-deliveries';

export const processDeliveriesJob: ScheduledJob = {
  name: PROCESS_DELIVERIES_JOB,
  cron: '* * * * *',
  // A worker process does not hear a web process's trigger: it asks often, so a comment waits at most half a second.
  pollingIntervalSeconds: 0.5,
  run: async (ctx) => {
    await processPendingDeliveries(ctx);
  },
};
