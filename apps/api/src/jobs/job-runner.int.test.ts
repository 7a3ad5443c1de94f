// pg-boss on the same database as the app: a queued job runs, and its work is visible to the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsRepository } from '@schoolgate/db';
import { createPerson, createSchool, createTestApp, type TestApp } from '../testing/test-app.ts';
import { notify } from '../notifications/notify.ts';
import { startJobRunner, type JobRunner } from './job-runner.ts';
import type { ScheduledJob } from './scheduled-job.ts';

let t: TestApp;
let runner: JobRunner;
let school: { id: string; trustId: string };
const runs: Date[] = [];

const remindHead: ScheduledJob = {
  name: 'test-remind-head',
  cron: '0 7 * * *',
  run: async (ctx, now) => {
    runs.push(now);
    await notify(ctx.db, {
      school,
      roles: ['head'],
      kind: 'test',
      title: 'Reminder',
      body: 'Time to review.',
      dedupeKey: 'test-remind',
      now,
    });
  },
};

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t);
  runner = await startJobRunner(t.handle, t.ctx, [remindHead], { pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

describe('job runner', () => {
  it('runs a queued job whose work the app then sees, once however often it runs', async () => {
    const head = await createPerson(t, school, 'head');
    expect(await runner.waitFor('test-remind-head', await runner.runNow('test-remind-head'))).toBe('completed');
    expect(await runner.waitFor('test-remind-head', await runner.runNow('test-remind-head'))).toBe('completed');
    expect(runs).toHaveLength(2);
    const { items, unread } = await notificationsRepository.listForUser(t.ctx.db, head.userId);
    expect(unread).toBe(1);
    expect(items[0]).toMatchObject({ title: 'Reminder', kind: 'test' });
  });

  it('refuses a job it does not know', async () => {
    await expect(runner.runNow('no-such-job')).rejects.toThrow(/No job called/);
  });
});
