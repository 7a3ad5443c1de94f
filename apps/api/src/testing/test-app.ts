// An API server over a fresh test database, with factories for trusts, schools and signed-in people.
// Sessions are written directly (already past two-factor) so the permission matrix does not spend
// seconds in argon2; the sign-in tests go through the real thing.
import { randomBytes } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { createTestDatabase } from '@schoolgate/db/testing';
import {
  sessionsRepository,
  staffRepository,
  tenancyRepository,
  usersRepository,
  type DatabaseHandle,
} from '@schoolgate/db';
import type { Role } from '@schoolgate/domain';
import type { AppContext } from '../app-context.ts';
import { buildServer } from '../server/build-server.ts';
import { createSecretBox } from '../security/secret-box.ts';
import { newSessionToken, sessionIdOf } from '../security/session-token.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';
import type { App } from '../routes/route-types.ts';

export const TEST_META_APP_SECRET = 'test-app-secret-for-webhooks';
export const TEST_META_VERIFY_TOKEN = 'test-verify-token';

export interface TestApp {
  app: App;
  ctx: AppContext;
  handle: DatabaseHandle & { url?: string };
  close(): Promise<void>;
}

export async function createTestApp(
  options: { now?: () => Date; log?: Logger; config?: Partial<AppContext['config']> } = {},
): Promise<TestApp> {
  const handle = await createTestDatabase();
  const ctx: AppContext = {
    db: handle.db,
    dbKind: handle.kind,
    config: { SESSION_HOURS: 12, SESSION_IDLE_MINUTES: 30, COOKIE_SECURE: false, ...options.config },
    totpBox: createSecretBox(randomBytes(32)),
    credentialsBox: createSecretBox(randomBytes(32)),
    now: options.now ?? (() => new Date()),
    log: options.log ?? pino({ level: 'silent' }),
    version: 'test',
    mailer: null,
    publicUrl: 'http://schoolgate.test',
    platforms: {
      metaAppSecret: TEST_META_APP_SECRET,
      metaVerifyToken: TEST_META_VERIFY_TOKEN,
      metaGraphUrl: 'http://127.0.0.1:9',
      xApiUrl: 'http://127.0.0.1:9',
    },
    jobs: null,
  };
  const app = await buildServer(ctx);
  await app.ready();
  return {
    app,
    ctx,
    handle,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString('hex')}`;

export async function createSchool(t: TestApp, name = `School ${unique()}`, trustId?: string) {
  const trust = trustId ? { id: trustId } : await tenancyRepository.createTrust(t.ctx.db, `Trust ${unique()}`);
  return tenancyRepository.createSchool(t.ctx.db, { trustId: trust.id, name });
}

export interface Person {
  userId: string;
  staffId: string;
  email: string;
  cookie: string;
  headers: { cookie: string };
}

/** A person with a sign-in, a staff record in the school (or the trust team) and a live session. */
export async function createPerson(
  t: TestApp,
  school: { id: string; trustId: string },
  role: Role,
  options: { passwordHash?: string | null; twoFactorVerified?: boolean } = {},
): Promise<Person> {
  const email = `${role}.${unique()}@test.schoolgate`;
  const user = await usersRepository.create(t.ctx.db, {
    email,
    displayName: `Test ${role}`,
    passwordHash: options.passwordHash ?? null,
  });
  const staff = await staffRepository.insert(t.ctx.db, {
    trustId: school.trustId,
    schoolId: role === 'trust_admin' ? null : school.id,
    userId: user.id,
    firstName: 'Test',
    lastName: role,
    email,
    role,
  });
  const token = newSessionToken();
  await sessionsRepository.create(t.ctx.db, {
    id: sessionIdOf(token),
    userId: user.id,
    trustId: school.trustId,
    activeSchoolId: school.id,
    twoFactorVerified: options.twoFactorVerified ?? true,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  if (options.twoFactorVerified ?? true) {
    // Mark two-factor as set up so roles that need it are fully signed in.
    await usersRepository.setTwoFactor(t.ctx.db, user.id, {
      totpSecretEncrypted: t.ctx.totpBox.seal('JBSWY3DPEHPK3PXP'),
      recoveryCodeHashes: [],
      enabledAt: new Date(),
    });
  }
  const cookie = `${SESSION_COOKIE}=${token}`;
  return { userId: user.id, staffId: staff.id, email, cookie, headers: { cookie } };
}

export const csvOf = (rows: string[][]) =>
  rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');

export type RequestMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** An injected request signed in as `person`. */
export const requestAs = (t: TestApp, person: Person, method: RequestMethod, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: person.headers, ...(payload === undefined ? {} : { payload }) });
