// Connecting approved accounts to Facebook, Instagram and X through the simulator's sign-in pages (issue 10): the
// real redirect flow, a forged, replayed, expired or cancelled callback refused, a permission not granted, the
// webhook subscription, X's PKCE and refresh, and a token the platform stops accepting while a job runs.
import {
  accountRunnersRepository,
  commentsRepository,
  notificationsRepository,
  socialAccountsRepository,
} from '@schoolgate/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeXCode } from '../connectors/x/x-oauth.ts';
import { startModerationFixture, type ModerationFixture } from '../testing/moderation-fixture.ts';
import type { Person } from '../testing/test-app.ts';
import { pollXAccounts } from '../use-cases/moderation/poll-x-accounts.ts';
import { refreshExpiringTokens } from '../use-cases/accounts/connect/refresh-tokens.ts';

let f: ModerationFixture;
let runner: Person;

/** An approved account, not connected yet, with two runners (as an approved request leaves it). */
async function approved(platform: 'facebook' | 'instagram' | 'x', handle: string): Promise<string> {
  const account = await socialAccountsRepository.create(f.t.ctx.db, {
    schoolId: f.school.id,
    platform,
    externalId: `pending:${handle}`,
    handle,
    displayName: handle,
    status: 'approved_not_connected',
  });
  const other = await f.person('staff');
  await accountRunnersRepository.add(f.t.ctx.db, f.school.id, account.id, [runner.staffId, other.staffId]);
  return account.id;
}

/** Starts connecting as the account administrator; answers the sign-in page's address. */
async function start(accountId: string): Promise<string> {
  const res = await f.as('account_admin', 'POST', `/api/accounts/${accountId}/connect`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().redirectUrl as string;
}

/** The browser arriving back at Schoolgate from the platform: no session cookie (it is SameSite=Strict). */
async function arrive(callbackUrl: string) {
  const url = new URL(callbackUrl);
  const res = await f.t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
  expect(res.statusCode).toBe(303);
  return new URL(String(res.headers.location), 'http://schoolgate.test').searchParams;
}

/** The flags about the connection (the runners in this file have not signed the policy: not the point here). */
const connectionFlags = (flags: string[]) => flags.filter((x) => x !== 'runner_lapsed' && x !== 'too_few_runners');

const register = async () =>
  (await f.as('account_admin', 'GET', '/api/accounts')).json().items as Array<{
    id: string;
    status: string;
    handle: string;
    flags: string[];
    health: Record<string, unknown>;
  }>;

beforeAll(async () => {
  f = await startModerationFixture({ roles: ['account_admin', 'head', 'staff'], accounts: ['facebook', 'instagram'] });
  runner = f.people.staff!;
});
afterAll(async () => f?.close());

describe('connecting Instagram through Meta', () => {
  let accountId: string;
  let callbackUrl: string;
  let connectionId: string;

  it('sends the administrator to Meta with a state, and back with the Pages they manage to choose from', async () => {
    accountId = await approved('instagram', 'meadowbank_sport');
    const dialog = new URL(await start(accountId));
    expect(dialog.origin + dialog.pathname).toBe(f.sim.oauth.metaDialogUrl);
    expect(dialog.searchParams.get('client_id')).toBe(f.sim.oauth.metaAppId);
    expect(dialog.searchParams.get('redirect_uri')).toBe('http://schoolgate.test/api/oauth/meta/callback');
    expect(dialog.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(dialog.searchParams.get('scope')?.split(',')).toContain('instagram_manage_comments');

    callbackUrl = await f.sim.consent(dialog.toString());
    const landed = await arrive(callbackUrl);
    connectionId = landed.get('connection')!;
    expect(connectionId).toBeTruthy();

    const view = await f.as('account_admin', 'GET', `/api/accounts/connections/${connectionId}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.body).not.toMatch(/graph-page-|access_token/);
    const choices = view.json().choices as Array<{ externalId: string; matches: boolean; taken: boolean }>;
    expect(choices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ externalId: f.sim.spareAccounts.instagram.id, matches: true, taken: false }),
        // The fixture's own Instagram account is already connected: offered, but marked as taken.
        expect.objectContaining({ externalId: f.sim.accounts.instagram.id, matches: false, taken: true }),
      ]),
    );
    expect(view.json().missingPermissions).toEqual([]);
  });

  it('shows what the platform offered only to the person who started, and refuses a taken account', async () => {
    expect((await f.as('head', 'GET', `/api/accounts/connections/${connectionId}`)).statusCode).toBe(404);
    const taken = await f.as('account_admin', 'POST', `/api/accounts/connections/${connectionId}/choice`, {
      externalId: f.sim.accounts.instagram.id,
    });
    expect(taken.statusCode).toBe(409);
  });

  it('connects the chosen account, its token sealed, its Page subscribed; the register shows it healthy', async () => {
    const chosen = await f.as('account_admin', 'POST', `/api/accounts/connections/${connectionId}/choice`, {
      externalId: f.sim.spareAccounts.instagram.id,
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json().status).toBe('connected');

    const row = await socialAccountsRepository.findInSchool(f.t.ctx.db, f.school.id, accountId);
    expect(row?.status).toBe('active');
    expect(row?.externalId).toBe(f.sim.spareAccounts.instagram.id);
    expect(row?.linkedPageId).toBe(f.sim.spareAccounts.facebook.id);
    expect(row?.credentialsSealed).toMatch(/^v1\./);
    expect(row?.credentialsSealed).not.toContain('graph-page-');
    expect(f.sim.state.subscriptions.get(f.sim.spareAccounts.facebook.id)).toEqual(['name']);

    const entry = (await register()).find((a) => a.id === accountId)!;
    expect(entry.status).toBe('active');
    expect(connectionFlags(entry.flags)).toEqual([]);
    expect(entry.health).toMatchObject({ webhookSubscribed: true, missingPermissions: [], tokenExpiresAt: null });
    const attention = (await f.as('account_admin', 'GET', '/api/accounts/attention')).json().items;
    const listed = attention.find((a: { id: string }) => a.id === accountId);
    expect(connectionFlags(listed?.flags ?? [])).toEqual([]);
  });

  it('receives comments on the connected account', async () => {
    const post = f.sim.addPostTo(f.sim.spareAccounts.instagram.id, 'Well done to the netball team!');
    const { comment } = await f.sim.comment({
      platform: 'instagram',
      postId: post.id,
      author: { id: 'parent-77', name: 'Pat Parent', handle: 'patparent' },
      text: 'Brilliant result, well played everyone',
    });
    await f.processDeliveries();
    expect(await commentsRepository.findByExternal(f.t.ctx.db, accountId, comment.id)).not.toBeNull();
  });

  it('refuses the same callback again (replayed), and a state it never made (forged)', async () => {
    expect((await arrive(callbackUrl)).get('problem')).toBe('state_used');
    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'made-up-state-by-someone-else-0123456789abcdef');
    expect((await arrive(forged.toString())).get('problem')).toBe('state_unknown');
    const none = new URL(callbackUrl);
    none.searchParams.delete('state');
    expect((await arrive(none.toString())).get('problem')).toBe('state_missing');
    // X's callback does not accept Meta's state either.
    const crossed = await f.t.app.inject({ method: 'GET', url: `/api/oauth/x/callback${new URL(callbackUrl).search}` });
    expect(String(crossed.headers.location)).toContain('problem=state_');
  });

  it('refuses a state that has expired, and a sign-in the person cancelled', async () => {
    const other = await approved('instagram', 'meadowbank_music');
    const dialog = await start(other);
    const later = new Date(f.clock.now().getTime() + 11 * 60_000);
    const back = await f.sim.consent(dialog);
    const was = f.clock.now();
    f.clock.set(later);
    expect((await arrive(back)).get('problem')).toBe('state_expired');
    f.clock.set(was);
    const cancelled = await f.sim.consent(await start(other), { cancel: true });
    expect((await arrive(cancelled)).get('problem')).toBe('cancelled');
    const row = await socialAccountsRepository.findInSchool(f.t.ctx.db, f.school.id, other);
    expect(row?.status).toBe('approved_not_connected');
  });

  it('lets only the account administrator and the head start a connection', async () => {
    expect((await f.as('staff', 'POST', `/api/accounts/${accountId}/connect`)).statusCode).toBe(403);
  });
});

describe('a permission not granted', () => {
  it('connects, but the register says which permission is missing and that no comments will arrive', async () => {
    // Connect the spare Facebook Page while unticking the permission that subscribes it to the webhooks.
    const accountId = await approved('facebook', 'Meadowbank Sport');
    const back = await f.sim.consent(await start(accountId), { decline: ['pages_manage_metadata'] });
    const connectionId = (await arrive(back)).get('connection')!;
    const view = (await f.as('account_admin', 'GET', `/api/accounts/connections/${connectionId}`)).json();
    expect(view.missingPermissions).toEqual(['pages_manage_metadata']);
    const spare = view.choices.find((c: { name: string }) => c.name === 'Meadowbank Sport');
    expect(spare.matches).toBe(true);
    const chosen = await f.as('account_admin', 'POST', `/api/accounts/connections/${connectionId}/choice`, {
      externalId: spare.externalId,
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    const entry = (await register()).find((a) => a.id === accountId)!;
    expect(connectionFlags(entry.flags)).toEqual(['permission_missing', 'webhook_not_subscribed']);
    expect(entry.health).toMatchObject({ missingPermissions: ['pages_manage_metadata'], webhookSubscribed: false });
    const attention = (await f.as('head', 'GET', '/api/accounts/attention')).json().items;
    expect(attention.map((a: { id: string }) => a.id)).toContain(accountId);
  });
});

describe('connecting X with PKCE, and refreshing its token', () => {
  let accountId: string;

  it('connects through X’s authorise page with an S256 challenge; the token lasts two hours', async () => {
    accountId = await approved('x', 'MeadowbankPri');
    const authorise = new URL(await start(accountId));
    expect(authorise.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorise.searchParams.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining(['tweet.moderate.write', 'offline.access']),
    );
    const connectionId = (await arrive(await f.sim.consent(authorise.toString()))).get('connection')!;
    const view = (await f.as('account_admin', 'GET', `/api/accounts/connections/${connectionId}`)).json();
    expect(view.choices).toEqual([expect.objectContaining({ externalId: f.sim.accounts.x.id, matches: true })]);
    const chosen = await f.as('account_admin', 'POST', `/api/accounts/connections/${connectionId}/choice`, {
      externalId: f.sim.accounts.x.id,
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    const row = await socialAccountsRepository.findInSchool(f.t.ctx.db, f.school.id, accountId);
    expect(row?.refreshSealed).toMatch(/^v1\./);
    expect(row!.tokenExpiresAt!.getTime() - f.clock.now().getTime()).toBe(7200_000);
    const polled = await pollXAccounts(f.t.ctx);
    expect(polled.polled).toBe(1);
    const entry = (await register()).find((a) => a.id === accountId)!;
    expect(connectionFlags(entry.flags)).toEqual([]);
    expect(entry.health['lastPollAt']).toBe(f.clock.now().toISOString());
  });

  it('refuses a code exchanged without the right verifier, as X does', async () => {
    const other = await approved('x', 'MeadowbankPE');
    const back = new URL(await f.sim.consent(await start(other)));
    const result = await exchangeXCode(
      {
        apiUrl: f.sim.xUrl,
        authorizeUrl: f.sim.oauth.xAuthorizeUrl,
        clientId: f.sim.oauth.xClientId,
        clientSecret: f.sim.oauth.xClientSecret,
        timeoutMs: 5000,
      },
      {
        code: back.searchParams.get('code')!,
        verifier: 'not-the-verifier',
        redirectUri: 'http://schoolgate.test/api/oauth/x/callback',
      },
      new Date(),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('AUTH_FAILED');
  });

  it('refreshes the token before it runs out', async () => {
    const before = await socialAccountsRepository.findInSchool(f.t.ctx.db, f.school.id, accountId);
    f.clock.set(new Date(f.clock.now().getTime() + 110 * 60_000));
    expect(await refreshExpiringTokens(f.t.ctx)).toEqual({ refreshed: 1, failed: 0 });
    const after = await socialAccountsRepository.findInSchool(f.t.ctx.db, f.school.id, accountId);
    expect(after?.credentialsSealed).not.toBe(before?.credentialsSealed);
    expect(after!.tokenExpiresAt!.getTime()).toBe(f.clock.now().getTime() + 7200_000);
    expect((await pollXAccounts(f.t.ctx)).polled).toBe(1);
    expect(after?.status).toBe('active');
  });

  it('turns "needs reconnecting" when X refuses the refresh, and tells the runners in plain words', async () => {
    f.sim.revokeTokens('x');
    f.clock.set(new Date(f.clock.now().getTime() + 110 * 60_000));
    expect(await refreshExpiringTokens(f.t.ctx)).toEqual({ refreshed: 0, failed: 1 });
    const entry = (await register()).find((a) => a.id === accountId)!;
    expect(entry.status).toBe('needs_reconnecting');
    expect(connectionFlags(entry.flags)).toEqual(['needs_reconnecting']);
    expect(entry.health['reconnectReason']).toMatch(/^X stopped accepting Schoolgate’s access while renewing/);
    const told = (await notificationsRepository.listForUser(f.t.ctx.db, runner.userId)).items;
    const note = told.find((n) => n.kind === 'account-needs-reconnecting');
    expect(note?.title).toBe('The X account MeadowbankPri needs reconnecting');
    expect(note?.body).not.toMatch(/unknown error/i);
    // Polling skips it from now on rather than failing every two minutes.
    expect((await pollXAccounts(f.t.ctx)).polled).toBe(0);
  });
});

describe('a token revoked while a job runs', () => {
  it('never crashes the job: the account needs reconnecting and its runners are told', async () => {
    const accountId = f.accounts.facebook!;
    await accountRunnersRepository.add(f.t.ctx.db, f.school.id, accountId, [runner.staffId]);
    f.sim.revokeTokens('graph');
    // The comment arrives by webhook (signed with the app secret, not the token); looking up its post fails.
    const { stored } = await f.commentOn('facebook', 'What time does the fair start?');
    expect(stored).toBeTruthy();
    const entry = (await register()).find((a) => a.id === accountId)!;
    expect(entry.status).toBe('needs_reconnecting');
    expect(entry.health['reconnectReason']).toMatch(
      /^Facebook stopped accepting Schoolgate’s access while looking up a post/,
    );
    const told = (await notificationsRepository.listForUser(f.t.ctx.db, runner.userId)).items;
    expect(told.filter((n) => n.kind === 'account-needs-reconnecting').map((n) => n.title)).toContain(
      `The Facebook account facebook-${f.school.id.slice(0, 8)} needs reconnecting`,
    );
    // A second refusal does not tell them twice.
    await f.commentOn('facebook', 'And where do we park?');
    const again = (await notificationsRepository.listForUser(f.t.ctx.db, runner.userId)).items;
    expect(again.filter((n) => n.kind === 'account-needs-reconnecting')).toHaveLength(
      told.filter((n) => n.kind === 'account-needs-reconnecting').length,
    );
  });
});
