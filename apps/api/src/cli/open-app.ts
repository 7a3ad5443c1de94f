// What every command that touches the database needs: config, the data-directory lock (embedded
// database only), the database migrated, and the context use cases run in.
import path from 'node:path';
import { installAuditKey, lockDataDir, migrateDatabase, openDatabase, type DatabaseHandle } from '@schoolgate/db';
import type { AppContext } from '../app-context.ts';
import { loadConfig, type Config } from '../config/config.ts';
import { createS3FileStore, databaseFileStore } from '../files/file-store.ts';
import { deriveAuditKey, deriveKey, resolveSecretWithSource } from '../config/secrets.ts';
import fs from 'node:fs';
import { DataKeyError, dataKeyMessage, sealedWithAnotherKey } from '../security/data-key-check.ts';
import { createLogger } from '../logger.ts';
import { createSecretBox } from '../security/secret-box.ts';
import { VERSION } from '../version.ts';
import { createFileMailer, createSmtpMailer } from '../notifications/mailer.ts';
import { configureModerationSetupCache } from '../use-cases/moderation/school-moderation-setup.ts';

export interface OpenApp {
  config: Config;
  ctx: AppContext;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

export async function openApp(options: { logLevel?: string } = {}): Promise<OpenApp> {
  const config = loadConfig();
  const log = createLogger(options.logLevel ?? config.LOG_LEVEL);
  const release = config.database.kind === 'pglite' ? await lockDataDir(config.dataDir) : null;
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(config.database);
    await migrateDatabase(handle);
  } catch (error) {
    await release?.();
    throw error;
  }
  configureModerationSetupCache({ max: config.MODERATION_CACHE_SCHOOLS });
  const key = resolveSecretWithSource(config.SESSION_SECRET, config.dataDir);
  const secret = key.secret;
  installAuditKey(deriveAuditKey(secret, 'audit-mac'));
  const boxes = {
    totpBox: createSecretBox(deriveKey(secret, 'totp')),
    credentialsBox: createSecretBox(deriveKey(secret, 'credentials')),
  };
  // The start check: data sealed with a key that is not here stops the start, instead of failing sign-ins later.
  const problems = await sealedWithAnotherKey(handle.db, boxes).catch(async (error: unknown) => {
    await handle.close();
    await release?.();
    throw error;
  });
  if (problems.length > 0) {
    // A key file made just now belongs to nothing: remove it, so the right one can be put back.
    if (key.source === 'created') fs.rmSync(key.file, { force: true });
    await handle.close();
    await release?.();
    throw new DataKeyError(dataKeyMessage(problems, key));
  }
  const ctx: AppContext = {
    db: handle.db,
    dbKind: handle.kind,
    config,
    ...boxes,
    now: () => new Date(),
    log,
    version: VERSION,
    files:
      config.FILE_STORE === 's3'
        ? createS3FileStore({
            endpoint: config.S3_ENDPOINT,
            region: config.S3_REGION,
            bucket: config.S3_BUCKET!,
            accessKeyId: config.S3_ACCESS_KEY_ID!,
            secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
            forcePathStyle: config.S3_FORCE_PATH_STYLE,
          })
        : databaseFileStore,
    mailer: config.SMTP_URL
      ? createSmtpMailer(config.SMTP_URL, config.SMTP_FROM)
      : config.MAIL_OUTBOX_DIR
        ? createFileMailer(path.resolve(config.MAIL_OUTBOX_DIR), config.SMTP_FROM)
        : null,
    platforms: {
      metaAppSecret: config.META_APP_SECRET ?? '',
      metaVerifyToken: config.META_VERIFY_TOKEN ?? '',
      metaGraphUrl: config.META_GRAPH_URL,
      xApiUrl: config.X_API_URL,
      connectorTimeoutMs: config.CONNECTOR_TIMEOUT_MS,
      oauth: {
        ...(config.META_APP_ID ? { metaAppId: config.META_APP_ID } : {}),
        metaDialogUrl: config.META_OAUTH_DIALOG_URL,
        ...(config.X_CLIENT_ID ? { xClientId: config.X_CLIENT_ID } : {}),
        ...(config.X_CLIENT_SECRET ? { xClientSecret: config.X_CLIENT_SECRET } : {}),
        xAuthorizeUrl: config.X_AUTHORIZE_URL,
      },
    },
    jobs: null,
    auditCheckpoints: {
      file: path.resolve(config.AUDIT_CHECKPOINT_FILE ?? path.join(config.dataDir, 'audit-checkpoints.jsonl')),
      key: deriveAuditKey(secret, 'audit-checkpoint'),
    },
    publicUrl: (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ''),
  };
  return {
    config,
    ctx,
    handle,
    close: async () => {
      await handle.close();
      await release?.();
    },
  };
}
