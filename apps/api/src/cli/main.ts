// Dispatches `schoolgate <command>`. Each command is imported only when asked for, so `classify`
// starts without loading the server. The commands' shared option parser and error live in cli-options.ts.
import { safeError } from '../logging/safe-error.ts';

const HELP = `Usage: schoolgate <command> [options]

Commands:
  start            Start Schoolgate (web app and API) on PORT (default 3000).
                     --demo: create the demo trust in an empty database (what \`npm start\` does)
                     --demo-simulator: also run the platform simulator and play the demo school's comments
                     Without --demo, an empty database prints a one-time link to the set-up page.
                     --role all|api|worker: the web API and the jobs (default), the web API only, or the
                     jobs only; api and worker need DATABASE_URL and SESSION_SECRET (docs/deployment.md)
  migrate          Apply database migrations and exit.
  create-user      Create a person who can sign in:
                     --email E --first-name F --last-name L --role R (--school NAME|ID | --trust)
                     password from SCHOOLGATE_NEW_PASSWORD or --password
  create-school    Create a school: --name N --urn 123456 [--nation england_wales|scotland|northern_ireland]
                     (--template ID for a new trust of one | --trust NAME|ID to add it to a trust)
                     [--head-email E --head-first-name F --head-last-name L, password from SCHOOLGATE_NEW_PASSWORD]
  import-people    Import an MIS CSV export: --kind staff|pupils --file F --school NAME|ID --as EMAIL
  run-job NAME     Run one scheduled job now (reminders, expiry, email) and wait for it.
  audit-verify     Check every audit chain (or --school NAME|ID); exits 1 if one is broken.
  simulator        Run the platform simulator (Graph API and X API subsets) on its own:
                     --port N, --webhook-url URL, --play, --rate N (see docs/connectors.md)
  backup           Write an encrypted backup of the database, its key and audit checkpoints:
                     --out FILE; passphrase from SCHOOLGATE_BACKUP_PASSPHRASE or --passphrase-file FILE
  restore          Restore a backup onto a fresh data directory or an empty PostgreSQL database: --in FILE
  subject-access   Everything held about one person, as a ZIP: --school NAME|ID --out FILE
                     (--author ID | --pupil ID | --staff ID)
  classify         Classify comments: JSON Lines {"id","text"} on stdin, labels on stdout.
                     --roster FILE (CSV of names), --explain, --school-domain DOMAIN; --help for more

Configuration comes from the environment: PORT, SCHOOLGATE_DATA_DIR, DATABASE_URL, LOG_LEVEL, ...
(see README.md).`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'start':
        return (await import('./start-command.ts')).startCommand(rest);
      case 'migrate':
        return (await import('./migrate-command.ts')).migrateCommand();
      case 'create-user':
        return (await import('./create-user-command.ts')).createUserCommand(rest);
      case 'create-school':
        return (await import('./create-school-command.ts')).createSchoolCommand(rest);
      case 'import-people':
        return (await import('./import-people-command.ts')).importPeopleCommand(rest);
      case 'audit-verify':
        return (await import('./audit-verify-command.ts')).auditVerifyCommand(rest);
      case 'simulator':
        return (await import('./simulator-command.ts')).simulatorCommand(rest);
      case 'run-job':
        return (await import('./run-job-command.ts')).runJobCommand(rest);
      case 'backup':
        return (await import('./backup-command.ts')).backupCommand(rest);
      case 'restore':
        return (await import('./restore-command.ts')).restoreCommand(rest);
      case 'subject-access':
        return (await import('./subject-access-command.ts')).subjectAccessCommand(rest);
      case 'classify': {
        const { runClassifyCommand } = await import('@schoolgate/classifier/cli');
        return runClassifyCommand(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(HELP);
        return command === undefined ? 1 : 0;
      default:
        console.error(`Unknown command "${command}".\n\n${HELP}`);
        return 1;
    }
  } catch (error) {
    console.error(describeFailure(error));
    return 1;
  }
}

/**
 * What a failed command prints (to stderr, which service managers keep as a log). Known start-up problems carry a
 * message written for people; any other error is printed by class, code and frames only, since a database error's
 * message holds its query's parameters (names, emails, reasons).
 */
export function describeFailure(error: unknown): string {
  const e = error as Error;
  if (
    e?.name === 'ConfigError' ||
    e?.name === 'DataDirInUseError' ||
    e?.name === 'CliError' ||
    e?.name === 'AppError' ||
    e?.name === 'DataKeyError'
  )
    return e.message;
  const safe = safeError(error);
  return `Failed: ${[safe.type, safe.code, safe.constraint].filter(Boolean).join(' ')}${safe.at ? `\n${safe.at}` : ''}`;
}
