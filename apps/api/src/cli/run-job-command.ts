// `schoolgate run-job NAME`: runs a scheduled job now, through the same queue as the schedule.
import { startJobRunner } from '../jobs/job-runner.ts';
import { SCHEDULED_JOBS } from '../jobs/scheduled-jobs.ts';
import { CliError } from './cli-options.ts';
import { openApp } from './open-app.ts';

export async function runJobCommand(args: string[]): Promise<number> {
  const [name] = args;
  const names = SCHEDULED_JOBS.map((j) => j.name);
  if (!name || !names.includes(name)) throw new CliError(`Name a job: ${names.join(', ')}.`);
  const app = await openApp({ logLevel: 'warn' });
  const runner = await startJobRunner(app.handle, app.ctx, SCHEDULED_JOBS, {
    schedule: false,
    pollingIntervalSeconds: 0.5,
  });
  try {
    const state = await runner.waitFor(name, await runner.runNow(name), 120_000);
    console.log(`${name}: ${state}`);
    return state === 'completed' ? 0 : 1;
  } finally {
    await runner.stop();
    await app.close();
  }
}
