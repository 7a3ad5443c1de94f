// Looking after an official account (004, 000, 002): the handover a leaving runner opens and how it is settled,
// the account's sealed sign-in details and their audited reveal, and the register of pages it likes or follows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@schoolgate/db';
import { eq } from 'drizzle-orm';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { anAccount, aReadyRunner } from '../testing/stewardship-factory.ts';

let t: TestApp;
let school: { id: string; trustId: string };
let head: Person, runner: Person, leaver: Person, outsider: Person, slt: Person;

const as = (p: Person, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: p.headers, ...(payload ? { payload } : {}) });

const auditOf = async (action: string) =>
  (await as(head, 'GET', `/api/audit?action=${encodeURIComponent(action)}`)).json().items as Array<{
    details: Record<string, unknown>;
    entityId: string;
  }>;
const notificationsOf = async (p: Person) =>
  (await as(p, 'GET', '/api/notifications')).json().items as Array<{ title: string; body: string; link: string }>;

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t);
  head = await createPerson(t, school, 'head');
  slt = await createPerson(t, school, 'slt');
  runner = await createPerson(t, school, 'account_admin');
  leaver = await createPerson(t, school, 'staff');
  outsider = await createPerson(t, school, 'account_admin');
});
afterAll(async () => t?.close());

describe('handover when a runner leaves', () => {
  let accountId: string;
  let taskId: string;

  it('opens a stored task for the head and the other runner when the head deactivates a runner', async () => {
    accountId = await anAccount(t, school, [runner.staffId, leaver.staffId]);
    const res = await as(head, 'POST', `/api/staff/${leaver.staffId}/deactivate`);
    expect(res.statusCode, res.body).toBe(200);
    const tasks = (await as(runner, 'GET', '/api/accounts/handovers')).json().items;
    expect(tasks).toEqual([expect.objectContaining({ accountId, leaver: 'Test staff', mayResolve: true })]);
    taskId = tasks[0].id;
    // Others who read the register see it, but only the head and the account's runners settle it.
    expect((await as(outsider, 'GET', '/api/accounts/handovers')).json().items[0].mayResolve).toBe(false);
    expect((await notificationsOf(runner)).map((n) => n.link)).toContain(`/accounts/${accountId}`);
    expect((await notificationsOf(head)).map((n) => n.title)).toContainEqual(expect.stringMatching(/^Handover needed/));
    // The register flags the account: one active runner is fewer than the policy asks.
    const register = (await as(head, 'GET', '/api/accounts')).json().items;
    expect(register.find((a: { id: string }) => a.id === accountId).flags).toContain('too_few_runners');
  });

  it('refuses a moderator who does not run the account, and a new runner who is not ready', async () => {
    const ready = await aReadyRunner(t, school);
    const refused = await as(outsider, 'POST', `/api/accounts/handovers/${taskId}/new-runner`, {
      staffId: ready.staffId,
    });
    expect(refused.statusCode).toBe(403);
    const unsigned = await aReadyRunner(t, school, { signed: false });
    const notReady = await as(head, 'POST', `/api/accounts/handovers/${taskId}/new-runner`, {
      staffId: unsigned.staffId,
    });
    expect(notReady.statusCode).toBe(400);
    expect(notReady.json().error.fields[0]).toEqual({
      field: 'staffId',
      message: `${unsigned.name} has not signed the policy in force.`,
    });
    const alreadyRuns = await as(head, 'POST', `/api/accounts/handovers/${taskId}/new-runner`, {
      staffId: runner.staffId,
    });
    expect(alreadyRuns.statusCode).toBe(400);
  });

  it('settles the task when the head names a ready runner: the register has two runners again, audited', async () => {
    const ready = await aReadyRunner(t, school);
    const res = await as(head, 'POST', `/api/accounts/handovers/${taskId}/new-runner`, { staffId: ready.staffId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([]);
    const entry = (await as(head, 'GET', '/api/accounts')).json().items.find((a: { id: string }) => a.id === accountId);
    expect(entry.runners.map((r: { staffId: string }) => r.staffId).sort()).toEqual(
      [runner.staffId, ready.staffId].sort(),
    );
    expect(entry.flags).not.toContain('too_few_runners');
    expect((await auditOf('account.runner_named'))[0]).toMatchObject({
      entityId: accountId,
      details: { handoverId: taskId, newRunnerStaffId: ready.staffId, leaverStaffId: leaver.staffId },
    });
    // A settled task is settled once.
    const again = await as(head, 'POST', `/api/accounts/handovers/${taskId}/new-runner`, { staffId: ready.staffId });
    expect(again.statusCode).toBe(409);
  });

  it('lets the other runner close the account instead, which settles every open task on it', async () => {
    const first = await createPerson(t, school, 'staff');
    const second = await createPerson(t, school, 'staff');
    const closing = await anAccount(t, school, [runner.staffId, first.staffId, second.staffId]);
    await as(head, 'POST', `/api/staff/${first.staffId}/deactivate`);
    await as(head, 'POST', `/api/staff/${second.staffId}/deactivate`);
    const tasks = (await as(runner, 'GET', '/api/accounts/handovers')).json().items;
    expect(tasks).toHaveLength(2);
    const empty = await as(runner, 'POST', `/api/accounts/handovers/${tasks[0].id}/close-account`, { reason: '' });
    expect(empty.json().error.fields[0].field).toBe('reason');
    const res = await as(runner, 'POST', `/api/accounts/handovers/${tasks[0].id}/close-account`, {
      reason: 'The after-school club has ended.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([]);
    const entry = (await as(head, 'GET', '/api/accounts')).json().items.find((a: { id: string }) => a.id === closing);
    expect(entry).toMatchObject({ status: 'closed', flags: [] });
    expect((await auditOf('account.closed'))[0]).toMatchObject({
      entityId: closing,
      details: { handoversSettled: 2, reason: 'The after-school club has ended.' },
    });
  });

  it('keeps flagging an account whose runner’s training has lapsed', async () => {
    const ready = await aReadyRunner(t, school);
    const lapsing = await anAccount(t, school, [runner.staffId, ready.staffId]);
    await t.ctx.db
      .update(schema.trainingRecords)
      .set({ completedOn: '2020-01-01', expiresOn: '2021-01-01' })
      .where(eq(schema.trainingRecords.staffId, ready.staffId));
    const entry = (await as(head, 'GET', '/api/accounts')).json().items.find((a: { id: string }) => a.id === lapsing);
    expect(entry.flags).toContain('runner_lapsed');
  });
});

describe('sign-in details', () => {
  let accountId: string;
  const secret = 'Tr0ub4dor&3 horse battery';

  it('are kept sealed, and only the account’s runners and the head change them, audited without the values', async () => {
    accountId = await anAccount(t, school, [runner.staffId]);
    expect((await as(outsider, 'PUT', `/api/accounts/${accountId}/credentials`, { password: 'nope' })).statusCode).toBe(
      403,
    );
    const saved = await as(runner, 'PUT', `/api/accounts/${accountId}/credentials`, {
      username: 'brookside_sport',
      password: secret,
      recoveryCodes: '1111-2222\n3333-4444',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ stored: ['username', 'password', 'recoveryCodes'], mayReveal: true });
    const [row] = await t.ctx.db
      .select()
      .from(schema.accountCredentials)
      .where(eq(schema.accountCredentials.accountId, accountId));
    expect(row!.sealed).not.toContain(secret);
    expect(row!.sealed).not.toContain('brookside_sport');
    const [entry] = await auditOf('account.credentials_changed');
    expect(entry!.details).toEqual({ changed: ['username', 'password', 'recoveryCodes'] });
    expect(JSON.stringify(entry)).not.toContain(secret);
    // Others see only which details are held.
    expect((await as(outsider, 'GET', `/api/accounts/${accountId}/credentials`)).json()).toMatchObject({
      stored: ['username', 'password', 'recoveryCodes'],
      mayReveal: false,
    });
  });

  it('are revealed only with a reason, to a runner or the head; each reveal audited and the head told', async () => {
    const url = `/api/accounts/${accountId}/credentials/reveal`;
    const short = await as(runner, 'POST', url, { reason: 'need it' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields[0].field).toBe('reason');
    expect((await as(outsider, 'POST', url, { reason: 'I would like to post something.' })).statusCode).toBe(403);
    expect((await as(slt, 'POST', url, { reason: 'I would like to post something.' })).statusCode).toBe(403);
    const res = await as(runner, 'POST', url, { reason: 'Logging in on the new school phone.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      username: 'brookside_sport',
      password: secret,
      recoveryCodes: '1111-2222\n3333-4444',
      twoFactorSeed: null,
    });
    const [entry] = await auditOf('account.credentials_revealed');
    expect(entry).toMatchObject({ entityId: accountId, details: { reason: 'Logging in on the new school phone.' } });
    expect(JSON.stringify(entry)).not.toContain(secret);
    expect(await notificationsOf(head)).toContainEqual(
      expect.objectContaining({
        title: expect.stringMatching(/^Sign-in details seen/),
        link: `/accounts/${accountId}`,
      }),
    );
    expect((await as(head, 'POST', url, { reason: 'Checking the recovery codes still work.' })).statusCode).toBe(200);
  });

  it('clears a detail sent empty and keeps those left out', async () => {
    await as(head, 'PUT', `/api/accounts/${accountId}/credentials`, { recoveryCodes: '' });
    const res = await as(head, 'POST', `/api/accounts/${accountId}/credentials/reveal`, {
      reason: 'Checking what is still stored.',
    });
    expect(res.json()).toMatchObject({ username: 'brookside_sport', password: secret, recoveryCodes: null });
  });

  it('says none are stored yet, and keeps another school’s account out of reach', async () => {
    const bare = await anAccount(t, school, [runner.staffId]);
    const none = await as(runner, 'POST', `/api/accounts/${bare}/credentials/reveal`, {
      reason: 'Just checking here.',
    });
    expect(none.statusCode).toBe(404);
    const other = await createSchool(t);
    const theirs = await anAccount(t, other, []);
    expect((await as(head, 'GET', `/api/accounts/${theirs}/credentials`)).statusCode).toBe(404);
    expect(
      (await as(head, 'POST', `/api/accounts/${theirs}/credentials/reveal`, { reason: 'Looking around.' })).statusCode,
    ).toBe(404);
  });
});

describe('likes and follows', () => {
  let accountId: string;
  const page = {
    kind: 'follow',
    pageName: 'County Sports Partnership',
    pageUrl: 'https://example.test/csp',
    reason: 'They organise the fixtures our teams play in.',
    commercial: false,
  };

  it('records a non-commercial page as approved, with who added it and why, audited', async () => {
    accountId = await anAccount(t, school, [runner.staffId]);
    const res = await as(runner, 'POST', `/api/accounts/${accountId}/pages`, page);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'approved', addedBy: 'Test account_admin', reason: page.reason });
    expect((await auditOf('account.page_added'))[0]).toMatchObject({
      entityId: accountId,
      details: { pageName: page.pageName, commercial: false },
    });
  });

  it('holds a commercial page for the head, who approves or refuses it with a reason', async () => {
    const shop = await as(runner, 'POST', `/api/accounts/${accountId}/pages`, {
      ...page,
      pageName: 'High Street Sports',
      pageUrl: 'https://example.test/shop',
      reason: 'They sponsor the netball kit.',
      commercial: true,
    });
    expect(shop.json().status).toBe('awaiting_head');
    expect((await notificationsOf(head)).map((n) => n.title)).toContain(
      'A commercial page needs your approval: High Street Sports',
    );
    const decide = `/api/accounts/pages/${shop.json().id}/decision`;
    expect((await as(runner, 'POST', decide, { decision: 'approve', note: 'Fine' })).statusCode).toBe(403);
    expect((await as(slt, 'POST', decide, { decision: 'approve', note: 'Fine' })).statusCode).toBe(403);
    const approved = await as(head, 'POST', decide, { decision: 'approve', note: 'A sponsor we thank each term.' });
    expect(approved.json()).toMatchObject({ status: 'approved', decision: { note: 'A sponsor we thank each term.' } });
    expect((await as(head, 'POST', decide, { decision: 'refuse', note: 'Changed my mind' })).statusCode).toBe(409);
    expect((await auditOf('account.page_approved'))[0]!.details).toMatchObject({ pageName: 'High Street Sports' });
    const list = (await as(outsider, 'GET', `/api/accounts/${accountId}/pages`)).json();
    expect(list).toMatchObject({ mayAdd: false, mayDecide: false });
    expect(list.items.map((i: { status: string }) => i.status)).toEqual(['approved', 'approved']);
  });

  it('names the fields that are wrong, and refuses a moderator who does not run the account', async () => {
    const bad = await as(runner, 'POST', `/api/accounts/${accountId}/pages`, {
      ...page,
      pageUrl: 'not a link',
      reason: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['pageUrl', 'reason']);
    expect((await as(outsider, 'POST', `/api/accounts/${accountId}/pages`, page)).statusCode).toBe(403);
  });
});
