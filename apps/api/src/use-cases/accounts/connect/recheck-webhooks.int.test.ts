// The hourly re-check of each connected Page's webhook subscription (issue 10): a Page that lost it is subscribed
// again and the audit says so; one that cannot be subscribed is flagged on the register, once; a token the platform
// refuses turns the account "needs reconnecting".
import { auditRepository, chainFor, socialAccountsRepository } from '@schoolgate/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startModerationFixture, type ModerationFixture } from '../../../testing/moderation-fixture.ts';
import { recheckWebhookSubscriptions } from './recheck-webhooks.ts';

let f: ModerationFixture;
let accountId: string;
let pageId: string;

/** Connects the simulator's spare Facebook Page through the real OAuth flow, as an account administrator would. */
async function connectSparePage(decline: string[] = []): Promise<string> {
  const account = await socialAccountsRepository.create(f.t.ctx.db, {
    schoolId: f.school.id,
    platform: 'facebook',
    externalId: `pending:${decline.join('-') || 'spare'}`,
    handle: 'Meadowbank Sport',
    displayName: 'Meadowbank Sport',
    status: 'approved_not_connected',
  });
  const started = await f.as('account_admin', 'POST', `/api/accounts/${account.id}/connect`);
  const back = new URL(await f.sim.consent(started.json().redirectUrl, { decline }));
  const landed = await f.t.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
  const connectionId = new URL(String(landed.headers.location), 'http://x.test').searchParams.get('connection')!;
  const chosen = await f.as('account_admin', 'POST', `/api/accounts/connections/${connectionId}/choice`, {
    externalId: f.sim.spareAccounts.facebook.id,
  });
  expect(chosen.statusCode, chosen.body).toBe(200);
  return account.id;
}

const audited = async (action: string) =>
  auditRepository.forEntities(f.t.ctx.db, chainFor(f.school.trustId, f.school.id), action, 'social_account', [
    accountId,
  ]);
const row = async () => socialAccountsRepository.findInSchool(f.t.ctx.db, f.school.id, accountId);

beforeAll(async () => {
  f = await startModerationFixture({ roles: ['account_admin', 'head'], accounts: ['facebook'] });
  accountId = await connectSparePage();
  pageId = f.sim.spareAccounts.facebook.id;
});
afterAll(async () => f?.close());

it('leaves a subscribed Page alone, and subscribes one that lost its subscription again', async () => {
  expect(f.sim.state.subscriptions.get(pageId)).toEqual(['feed', 'messages']);
  expect(await recheckWebhookSubscriptions(f.t.ctx)).toMatchObject({ checked: 1, resubscribed: 0 });
  expect(await audited('account.webhook_resubscribed')).toEqual([]);

  // Someone removes Schoolgate from the Page's settings on Facebook.
  f.sim.state.subscriptions.delete(pageId);
  expect(await recheckWebhookSubscriptions(f.t.ctx)).toMatchObject({ checked: 1, resubscribed: 1 });
  expect(f.sim.state.subscriptions.get(pageId)).toEqual(['feed', 'messages']);
  expect((await row())?.webhookSubscribed).toBe(true);
  expect(await audited('account.webhook_resubscribed')).toHaveLength(1);
});

it('flags a Page that cannot be subscribed, audits it once, and clears the flag when it is subscribed again', async () => {
  // The Page is still connected, but its subscription is gone and the token cannot make it again: as if the
  // permission to manage the Page's settings had been taken away. The simulator refuses a POST without it.
  f.sim.state.subscriptions.delete(pageId);
  const refuse = f.sim.state.subscriptions.set.bind(f.sim.state.subscriptions);
  f.sim.state.subscriptions.set = () => {
    throw new Error('refused');
  };
  try {
    expect(await recheckWebhookSubscriptions(f.t.ctx)).toMatchObject({ stillUnsubscribed: 1 });
    expect(await recheckWebhookSubscriptions(f.t.ctx)).toMatchObject({ stillUnsubscribed: 1 });
  } finally {
    f.sim.state.subscriptions.set = refuse;
  }
  expect((await row())?.webhookSubscribed).toBe(false);
  expect(await audited('account.webhook_lost')).toHaveLength(1);
  const entry = (await f.as('account_admin', 'GET', '/api/accounts'))
    .json()
    .items.find((a: { id: string }) => a.id === accountId);
  expect(entry.flags).toContain('webhook_not_subscribed');

  expect(await recheckWebhookSubscriptions(f.t.ctx)).toMatchObject({ resubscribed: 1 });
  expect((await row())?.webhookSubscribed).toBe(true);
});

it('turns the account "needs reconnecting" when the platform refuses its token', async () => {
  f.sim.revokeTokens('graph');
  expect(await recheckWebhookSubscriptions(f.t.ctx)).toMatchObject({ needReconnecting: 1 });
  const after = await row();
  expect(after?.status).toBe('needs_reconnecting');
  expect(after?.reconnectReason).toMatch(/while checking its webhook subscription/);
  // Not checked again until someone reconnects it.
  expect(await recheckWebhookSubscriptions(f.t.ctx)).toMatchObject({ checked: 0 });
});
