// The demo's social media: the platform simulator runs inside Schoolgate, the demo primary school's Facebook
// Page, Instagram and X accounts are connected to it, and the demo school's comment traffic plays, so a newcomer
// watches comments arrive and sort themselves. Only with `start --demo-simulator`; nothing leaves the machine.
import { randomBytes } from 'node:crypto';
import {
  accountRunnersRepository,
  socialAccountsRepository,
  staffRepository,
  tenancyRepository,
  type Db,
} from '@schoolgate/db';
import type { AppContext } from '../app-context.ts';
import {
  DEMO_SCHOOL_SCENARIO,
  SPARE_ACCOUNTS,
  startPlatformSimulator,
  type PlatformSimulator,
} from '../platform-simulator/index.ts';
import { safeError } from '../logging/safe-error.ts';

export interface DemoSimulator {
  simulator: PlatformSimulator;
  stop(): Promise<void>;
}

export async function startDemoSimulator(
  ctx: AppContext,
  port: number,
  options: { intervalMs?: number } = {},
): Promise<DemoSimulator | null> {
  const school = await tenancyRepository.firstSchoolNameContaining(ctx.db, 'primary');
  if (!school) return null;
  // A made-up secret is enough: only this process signs and checks the simulator's webhooks.
  const appSecret = ctx.platforms.metaAppSecret || randomBytes(16).toString('hex');
  const verifyToken = ctx.platforms.metaVerifyToken || randomBytes(8).toString('hex');
  const simulator = await startPlatformSimulator({
    appSecret,
    verifyToken,
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks/meta`,
  });
  ctx.platforms = {
    ...ctx.platforms,
    metaAppSecret: appSecret,
    metaVerifyToken: verifyToken,
    metaGraphUrl: simulator.graphUrl,
    xApiUrl: simulator.xUrl,
    // An approved account is connected through the simulator's sign-in pages, as it would be through Meta's and X's.
    oauth: {
      metaAppId: simulator.oauth.metaAppId,
      metaDialogUrl: simulator.oauth.metaDialogUrl,
      xClientId: simulator.oauth.xClientId,
      xClientSecret: simulator.oauth.xClientSecret,
      xAuthorizeUrl: simulator.oauth.xAuthorizeUrl,
    },
  };
  for (const platform of ['facebook', 'instagram', 'x'] as const) {
    const account = simulator.accounts[platform];
    const token = platform === 'x' ? simulator.tokens.x : simulator.tokens.graph;
    const existing = await socialAccountsRepository.findByExternal(ctx.db, platform, account.id);
    if (existing) {
      await socialAccountsRepository.setCredentials(ctx.db, existing.id, ctx.credentialsBox.seal(token));
    } else {
      await socialAccountsRepository.create(ctx.db, {
        schoolId: school.id,
        platform,
        externalId: account.id,
        handle: account.handle ?? account.name,
        displayName: account.name,
        credentialsSealed: ctx.credentialsBox.seal(token),
      });
    }
  }
  await approvedWaitingToConnect(ctx.db, school.id);
  // Two parents have written privately and wait for an answer (issue 10). The simulator numbers its messages from
  // one on every start, so a restart sends the same ids again and nothing is stored twice.
  for (const message of DEMO_PRIVATE_MESSAGES) {
    await simulator
      .message(message)
      .catch((error: unknown) => ctx.log.warn({ err: safeError(error) }, 'demo private message not sent'));
  }
  const abort = new AbortController();
  // Comments already stored on an earlier start are recognised by their ids and not stored twice.
  const playing = simulator
    .play(DEMO_SCHOOL_SCENARIO, { intervalMs: options.intervalMs ?? 4000, signal: abort.signal })
    .catch((error: unknown) => ctx.log.warn({ err: safeError(error) }, 'demo traffic stopped'));
  return {
    simulator,
    stop: async () => {
      abort.abort();
      await playing;
      await simulator.stop();
    },
  };
}

/**
 * The demo's Instagram account for sport, approved but not connected, with two runners: an administrator can
 * connect it through the simulator's sign-in pages as a school would through Meta's (it is the simulator's second
 * Page's Instagram account). Made once; a restart finds it, connected or not.
 */
async function approvedWaitingToConnect(db: Db, schoolId: string): Promise<void> {
  const handle = SPARE_ACCOUNTS.instagram.handle;
  const accounts = await socialAccountsRepository.listForSchool(db, schoolId);
  if (accounts.some((a) => a.platform === 'instagram' && a.handle === handle)) return;
  const { items } = await staffRepository.list(db, schoolId, {
    status: 'active',
    page: 1,
    pageSize: 2,
    search: 'teacher',
  });
  const account = await socialAccountsRepository.create(db, {
    schoolId,
    platform: 'instagram',
    externalId: `pending:demo-${handle}`,
    handle,
    displayName: handle,
    status: 'approved_not_connected',
  });
  await accountRunnersRepository.add(
    db,
    schoolId,
    account.id,
    items.map((s) => s.id),
  );
}

const DEMO_PRIVATE_MESSAGES = [
  {
    platform: 'facebook' as const,
    from: { id: 'demo-psid-1001', name: 'Priya Lawson' },
    text: 'Hello, my daughter is in Year 3. Could you tell me when the school photos are being taken? She has a dentist appointment that week.',
  },
  {
    platform: 'instagram' as const,
    from: { id: 'demo-igsid-2001', name: 'mark.d' },
    text: 'Hi, I am worried about something I saw happen at pick-up yesterday. Who is the right person to talk to? My number is 07700 900123.',
  },
];
