// One school wired to the platform simulator, for integration tests of anything that touches the school's
// accounts: moderation, and the features built on the connectors (publishing posts, official accounts, concerns).
//
//   const f = await startModerationFixture({ roles: ['account_admin', 'head'], accounts: ['facebook', 'x'] });
//   afterAll(() => f.close());
//   const { stored } = await f.commentOn('facebook', 'Is sports day on?'); // signed webhook -> processed -> stored
//   const answer = await f.as('account_admin', 'POST', `/api/moderation/comments/${stored.id}/hide`);
//
// What it starts and gives back:
// - `t`: the API over a fresh test database (PGlite, or PostgreSQL with TEST_DATABASE_URL), listening on
//   127.0.0.1 so the simulator's webhooks reach `/api/webhooks/meta`, with `ctx.platforms` pointing at `sim`;
// - `sim`: the platform simulator (Graph and X), signing with the test app secret;
// - `school`: one school in its own trust; `people[role]`: a signed-in person for each role asked for (two-factor
//   done), and `person(role)` to add another;
// - runners: only an account's runners (and the head) act on it (004), so each person made for `roles` runs every
//   account of the fixture unless `runners` names fewer; a person added with `person(role)` runs none until
//   `makeRunner(person)`;
// - `accounts[platform]`: our `social_accounts` id for each connected account, acting as the simulator's demo
//   account of that platform with its token sealed as a real connection would be;
// - `clock`: the app's clock, which a test may move (`f.clock.set(new Date(...))`); it stands still unless
//   `running: true` is asked for, when it runs on with real time from `now` (and from each `set`);
// - `as(role or person, method, url, payload?)`: an injected request signed in as them;
// - `commentOn('facebook' | 'instagram', text, options?)`: a comment made on the simulator, delivered by signed
//   webhook and processed; answers the simulator's comment and our stored row. (X is polled: call `sim.comment`
//   and then `pollXAccounts`; to leave a delivery pending, call `sim.comment` alone.)
// - `processDeliveries()`: runs the delivery job's work once, as the scheduled job would.
// Each call starts its own server and simulator: use one fixture per file (beforeAll), not one per test.
import type { AddressInfo } from 'node:net';
import { accountRunnersRepository, commentsRepository, socialAccountsRepository } from '@schoolgate/db';
import type { Role } from '@schoolgate/domain';
import {
  SIMULATOR_GRAPH_TOKEN,
  SIMULATOR_X_TOKEN,
  startPlatformSimulator,
  type PlatformSimulator,
  type SimAuthor,
  type SimComment,
} from '../platform-simulator/index.ts';
import { processPendingDeliveries } from '../use-cases/moderation/process-delivery.ts';
import { forgetModerationSetup } from '../use-cases/moderation/school-moderation-setup.ts';
import {
  createPerson,
  createSchool,
  createTestApp,
  requestAs,
  TEST_META_APP_SECRET,
  TEST_META_VERIFY_TOKEN,
  type Person,
  type RequestMethod,
  type TestApp,
} from './test-app.ts';

export type FixturePlatform = 'facebook' | 'instagram' | 'x';
type StoredComment = NonNullable<Awaited<ReturnType<typeof commentsRepository.findByExternal>>>;

export interface ModerationFixtureOptions {
  /** The app's clock to start from; default 2026-11-18T10:00:00Z (a Wednesday in term). */
  now?: Date;
  /** Let the clock run on with real time from `now`, for tests that order what happened one after another. */
  running?: boolean;
  schoolName?: string;
  /** A signed-in person for each; default account_admin and head. */
  roles?: Role[];
  /** The school's connected accounts; default Facebook only. */
  accounts?: FixturePlatform[];
  /** Whose people run every account; default every role in `roles`. */
  runners?: Role[];
}

export interface ModerationFixture {
  t: TestApp;
  sim: PlatformSimulator;
  school: { id: string; trustId: string };
  people: Partial<Record<Role, Person>>;
  accounts: Partial<Record<FixturePlatform, string>>;
  clock: { now(): Date; set(at: Date): void };
  person(role: Role): Promise<Person>;
  /** Names this person a runner of the fixture's accounts (all of them, or those given). */
  makeRunner(person: Person, platforms?: FixturePlatform[]): Promise<void>;
  as(who: Role | Person, method: RequestMethod, url: string, payload?: object): ReturnType<typeof requestAs>;
  commentOn(
    platform: 'facebook' | 'instagram',
    text: string,
    options?: { author?: SimAuthor; postId?: string },
  ): Promise<{ simComment: SimComment; stored: StoredComment }>;
  processDeliveries(): Promise<void>;
  close(): Promise<void>;
}

// A Page is named as the school; the other accounts say where they are.
const DISPLAY = { facebook: '', instagram: ' on Instagram', x: ' on X' } as const;
let authors = 0;

export async function startModerationFixture(options: ModerationFixtureOptions = {}): Promise<ModerationFixture> {
  let at = options.now ?? new Date('2026-11-18T10:00:00Z');
  let setAt = Date.now();
  const clock = {
    now: () => (options.running ? new Date(at.getTime() + (Date.now() - setAt)) : at),
    set: (next: Date) => {
      at = next;
      setAt = Date.now();
    },
  };
  const t = await createTestApp({ now: clock.now });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (t.app.server.address() as AddressInfo).port;
  const sim = await startPlatformSimulator({
    appSecret: TEST_META_APP_SECRET,
    verifyToken: TEST_META_VERIFY_TOKEN,
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks/meta`,
  });
  t.ctx.platforms = {
    ...t.ctx.platforms,
    metaGraphUrl: sim.graphUrl,
    xApiUrl: sim.xUrl,
    // Connecting accounts goes through the simulator's sign-in pages (sim.consent does what the person would).
    oauth: {
      metaAppId: sim.oauth.metaAppId,
      metaDialogUrl: sim.oauth.metaDialogUrl,
      xClientId: sim.oauth.xClientId,
      xClientSecret: sim.oauth.xClientSecret,
      xAuthorizeUrl: sim.oauth.xAuthorizeUrl,
    },
  };
  const schoolName = options.schoolName ?? 'Meadowbank Test Primary';
  const school = await createSchool(t, schoolName);

  const people: Partial<Record<Role, Person>> = {};
  for (const role of options.roles ?? ['account_admin', 'head']) people[role] = await createPerson(t, school, role);

  const accounts: Partial<Record<FixturePlatform, string>> = {};
  for (const platform of options.accounts ?? ['facebook']) {
    const account = await socialAccountsRepository.create(t.ctx.db, {
      schoolId: school.id,
      platform,
      externalId: sim.accounts[platform].id,
      handle: `${platform}-${school.id.slice(0, 8)}`,
      displayName: `${schoolName}${DISPLAY[platform]}`,
      credentialsSealed: t.ctx.credentialsBox.seal(platform === 'x' ? SIMULATOR_X_TOKEN : SIMULATOR_GRAPH_TOKEN),
    });
    accounts[platform] = account.id;
  }
  const makeRunner = async (person: Person, platforms?: FixturePlatform[]) => {
    for (const [platform, accountId] of Object.entries(accounts)) {
      if (platforms && !platforms.includes(platform as FixturePlatform)) continue;
      await accountRunnersRepository.add(t.ctx.db, school.id, accountId, [person.staffId]);
    }
  };
  for (const role of options.runners ?? options.roles ?? ['account_admin', 'head']) {
    const person = people[role];
    if (person) await makeRunner(person);
  }
  // The moderation set-up is cached per school; a fresh database must not see another file's.
  forgetModerationSetup();

  const processDeliveries = async () => {
    await processPendingDeliveries(t.ctx);
  };
  const personFor = (who: Role | Person): Person => {
    if (typeof who !== 'string') return who;
    const found = people[who];
    if (!found) throw new Error(`The fixture has no ${who}: add it to roles.`);
    return found;
  };

  return {
    t,
    sim,
    school,
    people,
    accounts,
    clock,
    person: (role) => createPerson(t, school, role),
    makeRunner,
    as: (who, method, url, payload) => requestAs(t, personFor(who), method, url, payload),
    async commentOn(platform, text, commentOptions = {}) {
      const postId =
        commentOptions.postId ??
        [...sim.state.posts.values()].find((p) => p.accountId === sim.accounts[platform].id)?.id ??
        sim.addPost(platform, 'Our Christmas fair is on Saturday!').id;
      const author = commentOptions.author ?? { id: `author-${(authors += 1)}-${Date.now()}`, name: 'Sam Parent' };
      const { comment } = await sim.comment({ platform, postId, author, text });
      await processDeliveries();
      const stored = await commentsRepository.findByExternal(t.ctx.db, accounts[platform] ?? '', comment.id);
      if (!stored) throw new Error(`The ${platform} comment was not stored: is the account in the fixture's accounts?`);
      return { simComment: comment, stored };
    },
    processDeliveries,
    async close() {
      await sim.stop();
      await t.close();
    },
  };
}
