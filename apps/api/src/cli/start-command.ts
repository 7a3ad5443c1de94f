// `schoolgate start`: the one command a school runs. Builds the web app if it is missing, opens (and
// locks) the database, migrates, serves, and says how to begin: on an empty database, the set-up page and its
// one-time token; with `--demo` (what `npm start` passes), the demo trust and its sign-ins instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../server/build-server.ts';
import { seedDemoIfEmpty } from '../seed/seed-demo.ts';
import { DEMO_PASSWORD, demoSignIns } from '../seed/demo-data.ts';
import { ROLE_LABELS } from '@schoolgate/domain';
import { openApp } from './open-app.ts';
import { startJobRunner } from '../jobs/job-runner.ts';
import { scheduledJobs } from '../jobs/scheduled-jobs.ts';
import { startDemoSimulator } from '../demo/demo-simulator.ts';
import { CliError, parseOptions } from './cli-options.ts';
import { PROCESS_ROLES, roleProblem, type ProcessRole } from './process-role.ts';
import { loadConfig } from '../config/config.ts';
import { issueSetupTokenIfNeeded } from '../use-cases/setup/setup-token.ts';

const webDir = fileURLToPath(new URL('../../../web/dist', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Which code this process runs: bin/schoolgate.mjs says when it loaded the compiled build. */
const codeRun = () => (process.env.SCHOOLGATE_CODE === 'compiled' ? 'compiled' : 'TypeScript through tsx');

export async function startCommand(args: string[]): Promise<number> {
  const options = parseOptions(args, {
    'build-web-if-missing': { type: 'boolean' },
    demo: { type: 'boolean' },
    'demo-simulator': { type: 'boolean' },
    role: { type: 'string' },
  });
  const role = (options.role ?? 'all') as ProcessRole;
  if (!PROCESS_ROLES.includes(role))
    throw new CliError(`--role must be one of ${PROCESS_ROLES.join(', ')} (not "${options.role}").`);
  const problem = roleProblem(role, loadConfig());
  if (problem) throw new CliError(problem);
  if (role === 'worker') return startWorker();
  if (options['build-web-if-missing'] && !fs.existsSync(`${webDir}/index.html`)) {
    console.log('Building the web app (first start only)...');
    const built = spawnSync('npm', ['run', 'build', '-w', '@schoolgate/web'], { cwd: repoRoot, stdio: 'inherit' });
    if (built.status !== 0) return built.status ?? 1;
  }
  const started = Date.now();
  const app = await openApp();
  const { config, ctx } = app;
  // The simulator plays the demo school's accounts, so it brings the demo with it.
  const withDemo = Boolean(options.demo || options['demo-simulator'] || config.SIMULATOR || config.SEED_DEMO);
  const seeded = withDemo ? await seedDemoIfEmpty(ctx.db, ctx.now()) : false;
  const setupToken = await issueSetupTokenIfNeeded(ctx, { keepOthers: role === 'api' });
  const server = await buildServer(ctx, { webDir, trustProxy: config.TRUST_PROXY });
  await server.listen({ port: config.PORT, host: config.HOST });
  // A web-only process still queues jobs (a delivery to process), for the workers to run.
  const jobs =
    role === 'api'
      ? await startJobRunner(app.handle, ctx, scheduledJobs(config), { work: false })
      : config.JOBS
        ? await startJobRunner(app.handle, ctx, scheduledJobs(config))
        : null;
  const address0 = server.server.address();
  const listeningPort = typeof address0 === 'object' && address0 ? address0.port : config.PORT;
  const demo =
    options['demo-simulator'] || config.SIMULATOR
      ? await startDemoSimulator(ctx, listeningPort, { intervalMs: config.SIMULATOR_INTERVAL_MS })
      : null;
  const port = listeningPort;

  const lines = [
    '',
    `Schoolgate ${ctx.version} is running at http://localhost:${port}  (database: ${app.handle.kind}${role === 'api' ? ', web API only: jobs run in worker processes' : ''}, ${codeRun()}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  ];
  if (!fs.existsSync(`${webDir}/index.html`))
    lines.push('The web app is not built: run `npm run build` (the API is up).');
  if (setupToken) {
    lines.push('No school is set up yet. To set up your school or trust, open:');
    lines.push(`  http://localhost:${port}/setup#token=${setupToken}`);
    lines.push('  (the token works once, and only until the next start; keep it to yourself)');
  } else if (withDemo) {
    lines.push(seeded ? 'A demo trust was created. Sign in as:' : 'Demo sign-ins (if the demo trust is still there):');
    for (const s of demoSignIns()) lines.push(`  ${ROLE_LABELS[s.role].padEnd(30)} ${s.email.padEnd(36)} ${s.school}`);
    lines.push(`  Password for all of them: ${DEMO_PASSWORD}`);
    lines.push('  Heads, DSLs, account administrators and the trust team set up two-factor sign-in at first sign-in.');
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await demo?.stop();
    await server.close();
    await jobs?.stop();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // The server keeps the process alive; this promise never settles.
  return new Promise<number>(() => {});
}

/** `start --role worker`: the jobs and nothing else; no port is opened. Stops cleanly on SIGINT or SIGTERM. */
async function startWorker(): Promise<number> {
  const started = Date.now();
  const app = await openApp();
  const jobs = await startJobRunner(app.handle, app.ctx, scheduledJobs(app.config));
  console.log(
    `Schoolgate ${app.ctx.version} worker is running (database: ${app.handle.kind}, ${codeRun()}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await jobs.stop();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise<number>(() => {});
}
