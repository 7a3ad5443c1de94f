// The Statement of Acceptance as staff and the head meet it: sign the version in force, see coverage, remind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsRepository, schema, staffRepository } from '@schoolgate/db';
import { eq } from 'drizzle-orm';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';

let t: TestApp;
let school: { id: string; trustId: string; name: string };
let head: Person;
let staff: Person;
let colleague: Person;
let trustAdmin: Person;

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t, 'Oakfield Primary School');
  head = await createPerson(t, school, 'head');
  // A password hash (any text will do here) is what makes a person "able to sign in", so reminders reach them.
  staff = await createPerson(t, school, 'staff', { passwordHash: 'hash' });
  colleague = await createPerson(t, school, 'account_admin', { passwordHash: 'hash' });
  trustAdmin = await createPerson(t, school, 'trust_admin');
});
afterAll(async () => t?.close());

const as = (p: Person, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: p.headers, payload, remoteAddress: '203.0.113.7' });

describe('before the school publishes a policy', () => {
  it('tells the person there is nothing to sign yet, and refuses a signature', async () => {
    const mine = (await as(staff, 'GET', '/api/acceptance/me')).json();
    expect(mine).toMatchObject({ version: null, statement: null, signed: null });
    expect(mine.cannotSignReason).toMatch(/not published/);
    const coverage = (await as(head, 'GET', '/api/acceptance/coverage')).json();
    expect(coverage).toMatchObject({ version: null, total: 0, signed: 0, percent: 0 });
  });
});

describe('signing the version in force', () => {
  let version: Awaited<ReturnType<typeof publishTestVersion>>;
  beforeAll(async () => {
    version = await publishTestVersion(t.ctx.db, school);
  });

  it('shows the statement with the school and version, and the name expected', async () => {
    const mine = (await as(staff, 'GET', '/api/acceptance/me')).json();
    expect(mine.statement).toContain('version 1');
    expect(mine.statement).toContain('Oakfield Primary School');
    expect(mine).toMatchObject({ expectedName: 'Test staff', cannotSignReason: null, signed: null });
  });

  it('refuses a typed name that is not the staff record’s, saying what is expected', async () => {
    const res = await as(staff, 'POST', '/api/acceptance/sign', {
      versionId: version.id,
      typedName: 'Someone Else',
      confirmed: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { field: 'typedName', message: 'Type your full name as the school has it: Test staff.' },
    ]);
  });

  it('refuses a signature without the confirmation ticked', async () => {
    const res = await as(staff, 'POST', '/api/acceptance/sign', {
      versionId: version.id,
      typedName: 'Test staff',
      confirmed: false,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].field).toBe('confirmed');
  });

  it('records the typed name, time, address and the version hash, loosely matching the name', async () => {
    const res = await as(staff, 'POST', '/api/acceptance/sign', {
      versionId: version.id,
      typedName: '  test   STAFF ',
      confirmed: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().signed).toMatchObject({ versionNumber: 1, typedName: 'test   STAFF' });
    const [row] = await t.ctx.db
      .select()
      .from(schema.policyAcceptances)
      .where(eq(schema.policyAcceptances.staffId, staff.staffId));
    expect(row).toMatchObject({
      versionId: version.id,
      userId: staff.userId,
      confirmed: true,
      address: '203.0.113.7',
      versionHash: version.contentHash,
    });
    const audit = (await as(head, 'GET', '/api/audit?action=acceptance.signed')).json().items;
    expect(audit[0].details).toMatchObject({ versionNumber: 1, versionHash: version.contentHash });
  });

  it('signs once per version', async () => {
    const again = await as(staff, 'POST', '/api/acceptance/sign', {
      versionId: version.id,
      typedName: 'Test staff',
      confirmed: true,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('You have already signed version 1.');
  });

  it('says plainly that a trust administrator without a staff record here cannot sign', async () => {
    const mine = (await as(trustAdmin, 'GET', '/api/acceptance/me')).json();
    expect(mine.cannotSignReason).toMatch(/no staff record in this school/);
    const res = await as(trustAdmin, 'POST', '/api/acceptance/sign', {
      versionId: version.id,
      typedName: 'Test trust_admin',
      confirmed: true,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/no staff record in this school/);
  });

  it('shows the head who has signed, with counts, leaving out former staff', async () => {
    const leaver = await staffRepository.insert(t.ctx.db, {
      trustId: school.trustId,
      schoolId: school.id,
      firstName: 'Former',
      lastName: 'Teacher',
      role: 'staff',
      status: 'inactive',
    });
    const coverage = (await as(head, 'GET', '/api/acceptance/coverage')).json();
    expect(coverage).toMatchObject({ version: { number: 1 }, total: 3, signed: 1, percent: 33 });
    const byId = new Map(coverage.items.map((i: { staffId: string }) => [i.staffId, i]));
    expect(byId.get(staff.staffId)).toMatchObject({ name: 'Test staff', signedAt: expect.any(String) });
    expect(byId.get(colleague.staffId)).toMatchObject({ signedAt: null, canSignIn: true });
    expect(byId.has(leaver.id)).toBe(false);
  });

  it('reminds those who have not signed and can sign in, once a day, and audits it', async () => {
    const first = (await as(head, 'POST', '/api/acceptance/remind')).json();
    // The colleague can sign in; the head's own test account cannot (no password), so is counted but not reached.
    expect(first).toEqual({ reminded: 1, outstanding: 2, withoutSignIn: 1 });
    const inbox = await notificationsRepository.listForUser(t.ctx.db, colleague.userId);
    expect(inbox.items[0]).toMatchObject({ kind: 'acceptance.reminder', link: '/training' });
    expect((await notificationsRepository.listForUser(t.ctx.db, staff.userId)).items).toHaveLength(0);
    const second = (await as(head, 'POST', '/api/acceptance/remind')).json();
    expect(second.reminded).toBe(0);
    const audit = (await as(head, 'GET', '/api/audit?action=acceptance.reminded')).json().items;
    expect(audit).toHaveLength(2);
  });

  it('asks again when a new version is published, and refuses a signature of the old one', async () => {
    const v2 = await publishTestVersion(t.ctx.db, school);
    const mine = (await as(staff, 'GET', '/api/acceptance/me')).json();
    expect(mine).toMatchObject({ version: { number: 2 }, signed: null });
    const stale = await as(staff, 'POST', '/api/acceptance/sign', {
      versionId: version.id,
      typedName: 'Test staff',
      confirmed: true,
    });
    expect(stale.statusCode).toBe(409);
    expect((await as(head, 'GET', '/api/acceptance/coverage')).json()).toMatchObject({ signed: 0, percent: 0 });
    const res = await as(staff, 'POST', '/api/acceptance/sign', {
      versionId: v2.id,
      typedName: 'Test Staff',
      confirmed: true,
    });
    expect(res.json().signed.versionNumber).toBe(2);
  });
});
