// Configuration, parsed once at start (STYLE.md rule 7). A bad value stops start-up with every problem listed.
import path from 'node:path';
import { z } from 'zod';

const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const X_POLL_CHOICES = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60].map((minutes) => minutes * 60);

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  SCHOOLGATE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** A session unused for this long ends, however long it had left (SESSION_HOURS is the absolute length). */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  COOKIE_SECURE: boolish.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: boolish.default(false),
  /** Outgoing mail for notifications, e.g. smtp://user:password@mail.example.org:587. Unset: in-app only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  SMTP_FROM: z.string().min(3).default('Schoolgate <schoolgate@localhost>'),
  /**
   * Without SMTP: write each outgoing email as a file in this folder instead (trying Schoolgate out, and the browser
   * tests, which read invitation links from it). Never for real use: the files hold one-time sign-in links.
   */
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  /** The address people reach Schoolgate at, for links in emails. Default: http://localhost:PORT. */
  PUBLIC_URL: z.url().optional(),
  /** Meta (Facebook and Instagram) webhooks: the app secret that signs deliveries, and the verify token of the subscription. */
  META_APP_SECRET: z.string().min(8, 'must be at least 8 characters').optional(),
  META_VERIFY_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  /** Where the Graph API and X API are; point them at the platform simulator for the demo and tests. */
  META_GRAPH_URL: z.url().default('https://graph.facebook.com/v21.0'),
  X_API_URL: z.url().default('https://api.x.com'),
  /** Connecting Facebook Pages and Instagram: the school's Meta app id (digits) and where Meta's sign-in dialog is. */
  META_APP_ID: z
    .string()
    .regex(/^\d{5,20}$/, 'must be the Meta app id: digits only')
    .optional(),
  META_OAUTH_DIALOG_URL: z.url().default('https://www.facebook.com/v21.0/dialog/oauth'),
  /** Connecting X: the X app's OAuth 2.0 client id and (for a confidential client) secret, and X's authorise page. */
  X_CLIENT_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,100}$/, 'must be the OAuth 2.0 client id from the X app')
    .optional(),
  X_CLIENT_SECRET: z.string().min(8, 'must be at least 8 characters').optional(),
  X_AUTHORIZE_URL: z.url().default('https://x.com/i/oauth2/authorize'),
  /**
   * How often each connected X account is polled (X sends no webhooks). The poll job runs on a cron schedule, so
   * whole minutes that divide an hour; keep it well inside the account's X API tier's limit for mentions.
   */
  X_POLL_SECONDS: z.coerce
    .number()
    .int()
    .refine(
      (seconds) => seconds >= 60 && seconds <= 3600 && seconds % 60 === 0 && 60 % (seconds / 60) === 0,
      `must be whole minutes that divide an hour: ${X_POLL_CHOICES.join(', ')}`,
    )
    .default(120),
  /** How long a connector waits for each platform call (hide, delete, reply, a poll's page) before giving up. */
  CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(10_000),
  /** Start the platform simulator in-process and connect the demo school's accounts to it. */
  SIMULATOR: boolish.default(false),
  /** With the simulator: the average time between the demo's comments. */
  SIMULATOR_INTERVAL_MS: z.coerce.number().int().min(0).max(600_000).default(4000),
  /** How many schools' moderation set-ups (classifier with roster, calendar) a process keeps; each for a minute. */
  MODERATION_CACHE_SCHOOLS: z.coerce.number().int().min(1).max(100_000).default(500),
  /** Run scheduled jobs (reminders, expiry, email) in this process. */
  JOBS: boolish.default(true),
  /** Where the signed audit checkpoints are appended (default: <data dir>/audit-checkpoints.jsonl). Back it up. */
  AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  /** Where uploaded files' bytes are kept: in the database (default) or in S3-compatible object storage. */
  FILE_STORE: z.enum(['database', 's3']).default('database'),
  /** With FILE_STORE=s3: the service's address (unset: AWS S3 itself), e.g. https://s3.eu-west-2.amazonaws.com. */
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('eu-west-2'),
  S3_BUCKET: z.string().min(3, 'must be at least 3 characters').optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Address the bucket as <endpoint>/<bucket> rather than <bucket>.<endpoint> (most self-hosted servers need it). */
  S3_FORCE_PATH_STYLE: boolish.default(false),
  /** Behind a reverse proxy, trust its X-Forwarded-For for the client's address. */
  // Trusting every X-Forwarded-For would let any client choose its own address (and so slip the per-address sign-in
  // limit and forge the address in audit entries): name the number of proxies in front, or their addresses.
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .refine((v) => v !== 'true', 'give the number of proxies in front (e.g. 1) or their addresses, not "true"')
    .transform((v): false | number | string => (v === 'false' || v === '0' ? false : /^\d+$/.test(v) ? Number(v) : v)),
});

export type RawConfig = z.infer<typeof ConfigSchema>;
export interface Config extends RawConfig {
  dataDir: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `Schoolgate cannot start: the configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // Empty strings count as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const raw = parsed.data;
  // The app id and its secret work together: the secret signs webhooks and is needed to exchange a sign-in code.
  if (raw.META_APP_ID && !raw.META_APP_SECRET) {
    throw new ConfigError(['META_APP_SECRET: must be set when META_APP_ID is (connecting Pages needs both)']);
  }
  if (raw.X_CLIENT_SECRET && !raw.X_CLIENT_ID) {
    throw new ConfigError(['X_CLIENT_ID: must be set when X_CLIENT_SECRET is']);
  }
  if (raw.FILE_STORE === 's3') {
    const missing = (['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((k) => !raw[k]);
    if (missing.length > 0) throw new ConfigError(missing.map((k) => `${k}: is required when FILE_STORE=s3`));
  }
  const dataDir = path.resolve(cwd, raw.SCHOOLGATE_DATA_DIR);
  return {
    ...raw,
    dataDir,
    database: raw.DATABASE_URL
      ? { kind: 'postgres', url: raw.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
  };
}
