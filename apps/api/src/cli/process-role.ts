// `schoolgate start --role`: what one process of a deployment does, and what each role needs to start.
/**
 * What a process does: `all` (one school's server: the web API and the jobs), `api` (the web API only: requests
 * queue work for the workers), `worker` (the jobs only: processing deliveries, polling X, reminders, email).
 */
export type ProcessRole = 'all' | 'api' | 'worker';
export const PROCESS_ROLES: readonly ProcessRole[] = ['all', 'api', 'worker'];

/** Why this role cannot start with this configuration, or null. */
export function roleProblem(
  role: ProcessRole,
  config: { DATABASE_URL?: string | undefined; SESSION_SECRET?: string | undefined },
): string | null {
  if (role === 'all') return null;
  if (!config.DATABASE_URL)
    return `--role ${role} runs beside other Schoolgate processes, so it needs a PostgreSQL server they all share: set DATABASE_URL (postgres://...). The embedded database serves one process; for that, start without --role (or --role all).`;
  if (!config.SESSION_SECRET)
    return `--role ${role} needs SESSION_SECRET, the same in every process: it derives the keys that seal stored secrets and sign the audit log, and a key generated per process would not match the others'.`;
  return null;
}
