// Every night, what each school's retention schedule says is due is deleted or anonymised (issue 13); each school's
// run is recorded in its audit chain with counts only. Safe to run twice: a second run finds nothing due.
import type { ScheduledJob } from './scheduled-job.ts';
import { applyRetention } from '../use-cases/data-protection/apply-retention.ts';

export const retentionJob: ScheduledJob = {
  name: 'retention',
  cron: '15 2 * * *',
  run: async (ctx, now) => {
    const run = await applyRetention(ctx, now);
    ctx.log.info(
      {
        schools: run.schools.length,
        comments: run.schools.reduce((n, s) => n + s.comments, 0),
        concerns: run.schools.reduce((n, s) => n + s.concerns, 0),
        sessions: run.sessions,
      },
      'retention applied',
    );
  },
};
