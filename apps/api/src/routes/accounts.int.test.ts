// Official account requests (004, 001): the business case, runners who must have signed and be trained, the head's
// written consent, who decides, and the register entry an approval makes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';

let t: TestApp;
let school: { id: string; trustId: string };
let version: { id: string };
let head: Person, slt: Person, teacher: Person, signer: Person, nonSigner: Person;

const as = (p: Person, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: p.headers, payload });

const today = new Date().toISOString().slice(0, 10);
const trainedToday = (p: Person) =>
  as(head, 'POST', '/api/training/records', { staffId: p.staffId, kind: 'induction', completedOn: today });
const sign = (p: Person) =>
  as(p, 'POST', '/api/acceptance/sign', { versionId: version.id, typedName: 'Test staff', confirmed: true });

const businessCase = (runners: string[]) => ({
  platform: 'instagram',
  handle: 'brookside_sport',
  aim: 'Share match results and celebrate teams.',
  audience: 'Parents and carers of pupils in sports teams.',
  promotion: 'The weekly newsletter and the school website.',
  visibility: 'closed',
  runnerStaffIds: runners,
});

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t);
  // The secondary template: SLT approve, two runners, runners must sign and be trained; we add the head's consent.
  version = await publishTestVersion(t.ctx.db, school, {
    edit: (s) => {
      s.accounts.headWrittenConsentRequired = true;
    },
  });
  head = await createPerson(t, school, 'head');
  slt = await createPerson(t, school, 'slt');
  teacher = await createPerson(t, school, 'staff');
  signer = await createPerson(t, school, 'staff');
  nonSigner = await createPerson(t, school, 'staff');
});
afterAll(async () => t?.close());

describe('account requests', () => {
  it('refuses a request without its business case or with fewer than two runners, naming the fields', async () => {
    const res = await as(teacher, 'POST', '/api/accounts/requests', {
      ...businessCase([signer.staffId]),
      aim: '',
      visibility: 'secret',
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['aim', 'visibility', 'runnerStaffIds']));
  });

  it('refuses runners who are not on the staff of this school', async () => {
    const other = await createSchool(t);
    const stranger = await createPerson(t, other, 'staff');
    const res = await as(teacher, 'POST', '/api/accounts/requests', businessCase([signer.staffId, stranger.staffId]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].field).toBe('runnerStaffIds');
  });

  it('offers each current member of staff with what they still lack before they could run an account', async () => {
    const ready = await createPerson(t, school, 'staff');
    const untrained = await createPerson(t, school, 'staff');
    const unsigned = await createPerson(t, school, 'staff');
    expect((await sign(ready)).statusCode).toBe(201);
    expect((await trainedToday(ready)).statusCode).toBe(201);
    expect((await sign(untrained)).statusCode).toBe(201);
    expect((await trainedToday(unsigned)).statusCode).toBe(201);

    const res = await as(teacher, 'GET', '/api/accounts/staff-options');
    expect(res.statusCode).toBe(200);
    const missingOf = (p: Person) =>
      res.json().items.find((o: { id: string }) => o.id === p.staffId)?.missing as string[] | undefined;
    expect(missingOf(ready)).toEqual([]);
    expect(missingOf(untrained)).toEqual(['training']);
    expect(missingOf(unsigned)).toEqual(['signature']);
    expect(missingOf(teacher)).toEqual(expect.arrayContaining(['signature', 'training']));
  });

  it('names the runner who has not signed, and cannot be approved until they have and the head consents', async () => {
    expect((await sign(signer)).statusCode).toBe(201);
    expect((await trainedToday(signer)).statusCode).toBe(201);
    expect((await trainedToday(nonSigner)).statusCode).toBe(201);

    const created = await as(
      teacher,
      'POST',
      '/api/accounts/requests',
      businessCase([signer.staffId, nonSigner.staffId]),
    );
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json();
    expect(request.status).toBe('pending');
    expect(request.runners).toEqual([
      { staffId: signer.staffId, name: 'Test staff', missing: [] },
      { staffId: nonSigner.staffId, name: 'Test staff', missing: ['signature'] },
    ]);
    expect(request.blockers).toEqual([
      'Test staff has not signed the policy in force.',
      'The headteacher has not yet given written consent.',
    ]);

    const early = await as(slt, 'POST', `/api/accounts/requests/${request.id}/decision`, {
      decision: 'approve',
      reason: 'A good case.',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('has not signed the policy in force');

    // Only the head consents.
    expect((await as(slt, 'POST', `/api/accounts/requests/${request.id}/consent`, { note: 'Yes' })).statusCode).toBe(
      403,
    );
    const consent = await as(head, 'POST', `/api/accounts/requests/${request.id}/consent`, {
      note: 'I consent to a closed sports account run by these two.',
    });
    expect(consent.statusCode).toBe(200);
    expect(consent.json().headConsent.note).toBe('I consent to a closed sports account run by these two.');

    expect((await sign(nonSigner)).statusCode).toBe(201);
    const approved = await as(slt, 'POST', `/api/accounts/requests/${request.id}/decision`, {
      decision: 'approve',
      reason: 'Both runners are ready and the head has consented.',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decision: { reason: expect.any(String) } });

    const register = (await as(teacher, 'GET', '/api/accounts')).json();
    const entry = register.items.find((a: { id: string }) => a.id === approved.json().accountId);
    expect(entry).toMatchObject({
      platform: 'instagram',
      handle: 'brookside_sport',
      status: 'approved_not_connected',
      link: null,
      flags: ['not_connected'],
    });
    expect(entry.runners.map((r: { staffId: string }) => r.staffId)).toEqual(
      expect.arrayContaining([signer.staffId, nonSigner.staffId]),
    );

    const again = await as(head, 'POST', `/api/accounts/requests/${request.id}/decision`, {
      decision: 'reject',
      reason: 'Changed my mind',
    });
    expect(again.statusCode).toBe(409);
  });

  it('names a runner without training in date; nobody decides their own request; a rejection keeps its reason', async () => {
    const untrained = await createPerson(t, school, 'staff');
    expect((await sign(untrained)).statusCode).toBe(201);
    const created = await as(slt, 'POST', '/api/accounts/requests', businessCase([signer.staffId, untrained.staffId]));
    const request = created.json();
    expect(request.runners[1]).toEqual({ staffId: untrained.staffId, name: 'Test staff', missing: ['training'] });

    const own = await as(slt, 'POST', `/api/accounts/requests/${request.id}/decision`, {
      decision: 'reject',
      reason: 'No',
    });
    expect(own.statusCode).toBe(403);
    const rejected = await as(head, 'POST', `/api/accounts/requests/${request.id}/decision`, {
      decision: 'reject',
      reason: 'We run one sports account already.',
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', blockers: [], accountId: null });
  });

  it('lets only the head decide when the policy says the head approves, and hides requests from other schools', async () => {
    await publishTestVersion(t.ctx.db, school, { edit: (s) => (s.accounts.approvedBy = 'head') });
    const created = await as(
      teacher,
      'POST',
      '/api/accounts/requests',
      businessCase([signer.staffId, nonSigner.staffId]),
    );
    const refused = await as(slt, 'POST', `/api/accounts/requests/${created.json().id}/decision`, {
      decision: 'reject',
      reason: 'No',
    });
    expect(refused.statusCode).toBe(403);

    const other = await createSchool(t);
    const otherHead = await createPerson(t, other, 'head');
    expect((await as(otherHead, 'GET', '/api/accounts/requests')).json().items).toEqual([]);
    const foreign = await as(otherHead, 'POST', `/api/accounts/requests/${created.json().id}/decision`, {
      decision: 'reject',
      reason: 'Not mine',
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('opens a handover when a runner leaves: the head and the other runner are told, and the register flags it', async () => {
    const register = (await as(head, 'GET', '/api/accounts')).json();
    const account = register.items.find((a: { handle: string }) => a.handle === 'brookside_sport');
    // The last test published a new version: both runners' signatures were of the old one, so they have lapsed.
    expect(account.flags).toEqual(['runner_lapsed', 'not_connected']);

    const left = await as(head, 'POST', `/api/staff/${nonSigner.staffId}/deactivate`);
    expect(left.statusCode, left.body).toBe(200);

    const told = async (p: Person) =>
      (await as(p, 'GET', '/api/notifications')).json().items.map((n: { title: string }) => n.title);
    expect(await told(signer)).toContain('Handover needed: brookside_sport');
    expect(await told(head)).toContain('Handover needed: brookside_sport');
    expect(await told(teacher)).not.toContain('Handover needed: brookside_sport');

    const attention = (await as(teacher, 'GET', '/api/accounts/attention')).json();
    const flagged = attention.items.find((a: { id: string }) => a.id === account.id);
    expect(flagged.flags).toEqual(['too_few_runners', 'runner_lapsed', 'not_connected']);
    expect(flagged.runners.find((r: { staffId: string }) => r.staffId === nonSigner.staffId).missing).toContain(
      'inactive',
    );
  });
});
