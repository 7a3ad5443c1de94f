// Who the Statement of Acceptance asks (people.acceptance) as staff and the head meet it: a policy that asks only the
// staff who run accounts, and one that asks nobody. Until official accounts exist, runners are account administrators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsRepository } from '@schoolgate/db';
import type { AcceptanceScope } from '@schoolgate/domain';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const as = (p: Person, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: p.headers, payload });

/** A school whose version in force asks `scope` to sign, with a head, a teacher and two account administrators. */
async function schoolAsking(scope: AcceptanceScope) {
  const school = await createSchool(t);
  const people = {
    head: await createPerson(t, school, 'head'),
    teacher: await createPerson(t, school, 'staff', { passwordHash: 'hash' }),
    runner: await createPerson(t, school, 'account_admin', { passwordHash: 'hash' }),
    otherRunner: await createPerson(t, school, 'account_admin', { passwordHash: 'hash' }),
  };
  const version = await publishTestVersion(t.ctx.db, school, {
    edit: (settings) => {
      settings.people.acceptance = scope;
      if (scope === 'none') settings.accounts.runnersMustHaveSigned = false;
    },
  });
  return { school, version, ...people };
}

describe('a policy that asks only the staff who run accounts to sign', () => {
  let s: Awaited<ReturnType<typeof schoolAsking>>;
  beforeAll(async () => {
    s = await schoolAsking('runners');
  });

  it('tells a teacher plainly that the school does not ask them to sign, and refuses their signature', async () => {
    const mine = (await as(s.teacher, 'GET', '/api/acceptance/me')).json();
    expect(mine).toMatchObject({ version: { number: 1 }, statement: null, signed: null });
    expect(mine.cannotSignReason).toMatch(/^Your school does not ask you to sign/);
    const res = await as(s.teacher, 'POST', '/api/acceptance/sign', {
      versionId: s.version.id,
      typedName: 'Test staff',
      confirmed: true,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', message: mine.cannotSignReason });
  });

  it('asks an account administrator to sign, and lets them', async () => {
    const mine = (await as(s.runner, 'GET', '/api/acceptance/me')).json();
    expect(mine).toMatchObject({ cannotSignReason: null, expectedName: 'Test account_admin' });
    expect(mine.statement).toContain('version 1');
    const res = await as(s.runner, 'POST', '/api/acceptance/sign', {
      versionId: s.version.id,
      typedName: 'Test account_admin',
      confirmed: true,
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('counts and lists only the account administrators for the head', async () => {
    const coverage = (await as(s.head, 'GET', '/api/acceptance/coverage')).json();
    expect(coverage).toMatchObject({ scope: 'runners', total: 2, signed: 1, percent: 50 });
    expect(coverage.items.map((i: { staffId: string }) => i.staffId).sort()).toEqual(
      [s.runner.staffId, s.otherRunner.staffId].sort(),
    );
  });

  it('reminds only the account administrator who has not signed', async () => {
    expect((await as(s.head, 'POST', '/api/acceptance/remind')).json()).toEqual({
      reminded: 1,
      outstanding: 1,
      withoutSignIn: 0,
    });
    const inbox = async (p: Person) => (await notificationsRepository.listForUser(t.ctx.db, p.userId)).items;
    expect(await inbox(s.otherRunner)).toHaveLength(1);
    expect(await inbox(s.teacher)).toEqual([]);
  });
});

describe('a policy that asks nobody to sign', () => {
  let s: Awaited<ReturnType<typeof schoolAsking>>;
  beforeAll(async () => {
    s = await schoolAsking('none');
  });

  it('says so to everyone, and takes no signature', async () => {
    for (const person of [s.teacher, s.runner]) {
      const mine = (await as(person, 'GET', '/api/acceptance/me')).json();
      expect(mine.cannotSignReason).toMatch(/^Your school does not ask you to sign/);
      const res = await as(person, 'POST', '/api/acceptance/sign', {
        versionId: s.version.id,
        typedName: 'Test staff',
        confirmed: true,
      });
      expect(res.statusCode).toBe(403);
    }
  });

  it('shows the head nobody to count, and reminds nobody', async () => {
    expect((await as(s.head, 'GET', '/api/acceptance/coverage')).json()).toMatchObject({
      scope: 'none',
      total: 0,
      items: [],
    });
    expect((await as(s.head, 'POST', '/api/acceptance/remind')).json()).toEqual({
      reminded: 0,
      outstanding: 0,
      withoutSignIn: 0,
    });
    expect((await notificationsRepository.listForUser(t.ctx.db, s.runner.userId)).items).toEqual([]);
  });
});
