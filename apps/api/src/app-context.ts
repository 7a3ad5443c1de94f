// What every use case may be handed: the database, the clock, the secret box and the logger.
// A use case takes the context and the signed-in actor; it never sees the HTTP request.
import type { Db, DatabaseKind } from '@schoolgate/db';
import { AppError, type Role } from '@schoolgate/domain';
import type { Logger } from 'pino';
import type { Config } from './config/config.ts';
import type { SecretBox } from './security/secret-box.ts';
import type { Mailer } from './notifications/mailer.ts';
import type { FileStore } from './files/file-store.ts';

export interface AppContext {
  db: Db;
  dbKind: DatabaseKind;
  config: Pick<Config, 'SESSION_HOURS' | 'SESSION_IDLE_MINUTES' | 'COOKIE_SECURE'>;
  totpBox: SecretBox;
  /** Seals platform access tokens and other account credentials (004: stored securely). */
  credentialsBox: SecretBox;
  now: () => Date;
  log: Logger;
  version: string;
  /** Sends email when SMTP is configured; null means notifications stay in the app. */
  mailer: Mailer | null;
  /** Where people reach Schoolgate, for links in emails. */
  publicUrl: string;
  /** Platform settings; a missing secret means that platform's webhooks are refused. */
  platforms: {
    metaAppSecret: string;
    metaVerifyToken: string;
    metaGraphUrl: string;
    xApiUrl: string;
    /** Per platform call (CONNECTOR_TIMEOUT_MS); unset: the connectors' default, 10 s. */
    connectorTimeoutMs?: number;
    /** Connecting accounts by OAuth (issue 10); a platform without its app id cannot be connected. */
    oauth?: PlatformOAuthSettings;
  };
  /** Asks the job runner to run a job soon (null when jobs do not run in this process: a sweep catches up). */
  jobs: { trigger(name: string): void } | null;
  /** The signed audit checkpoint file and its key (outside the database); unset: no checkpoints are written. */
  auditCheckpoints?: { file: string; key: Buffer };
  /** Where new files' bytes go (FILE_STORE); unset: in the database, as the default. */
  files?: FileStore;
  /** The fetch openid-client uses to reach identity providers; tests replace it to tamper with answers. */
  oidcFetch?: (url: string, init: RequestInit) => Promise<Response>;
}

export interface PlatformOAuthSettings {
  metaAppId?: string;
  /** Meta's sign-in dialog (or the simulator's). */
  metaDialogUrl: string;
  xClientId?: string;
  xClientSecret?: string;
  /** X's authorise page (or the simulator's). */
  xAuthorizeUrl: string;
}

/** The person making a request, as established from their session (never from the request body). */
export interface Actor {
  userId: string;
  sessionId: string;
  displayName: string;
  trustId: string;
  /** The school they act in; every school-scoped query uses this. Null only before a trust user picks one. */
  schoolId: string | null;
  role: Role;
  address: string | null;
}

/** The actor, for code that needs a school: throws when none is chosen. */
export function schoolOf(actor: Actor): string {
  // A trust administrator whose trust has no school yet: a clear refusal, never a 500.
  if (!actor.schoolId)
    throw new AppError('CONFLICT', 'No school is selected: add a school to the trust first, then choose it.');
  return actor.schoolId;
}
