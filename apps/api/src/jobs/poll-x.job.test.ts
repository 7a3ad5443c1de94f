import { describe, expect, it } from 'vitest';
import { pollXJob } from './poll-x.job.ts';
import { SCHEDULED_JOBS, scheduledJobs } from './scheduled-jobs.ts';

describe('the X poll schedule', () => {
  it.each([
    [60, '* * * * *'],
    [120, '*/2 * * * *'],
    [900, '*/15 * * * *'],
    [3600, '0 * * * *'],
  ])('polls every %i seconds with cron "%s"', (seconds, cron) => {
    const poll = scheduledJobs({ X_POLL_SECONDS: seconds }).find((job) => job.name === 'poll-x');
    expect(poll?.cron).toBe(cron);
  });

  it('changes only the poll, and keeps every other job as listed', () => {
    const configured = scheduledJobs({ X_POLL_SECONDS: 300 });
    expect(configured.map((job) => job.name)).toEqual(SCHEDULED_JOBS.map((job) => job.name));
    expect(configured.filter((job) => job.name !== 'poll-x')).toEqual(SCHEDULED_JOBS.filter((j) => j !== pollXJob));
  });
});
