// Two-factor sign-in as the school's published policy asks it (people.twoFactorRoles): a role the policy adds must
// set up a second factor at sign-in; the baseline roles always must, whatever a stored policy says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createSchool, createTestApp, type TestApp } from '../testing/test-app.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';
import { passwordHasher } from '../security/password-hasher.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';

const PASSWORD = 'a long enough passphrase';
let t: TestApp;
let passwordHash: string;

beforeAll(async () => {
  t = await createTestApp();
  passwordHash = await passwordHasher.hash(PASSWORD);
});
afterAll(async () => t?.close());

/** Someone with a password and no second factor yet, in `school`. */
const newcomer = (school: { id: string; trustId: string }, role: 'slt' | 'staff' | 'head') =>
  createPerson(t, school, role, { passwordHash, twoFactorVerified: false });

async function signIn(email: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
  const me = await t.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { cookie: `${SESSION_COOKIE}=${cookie.value}` },
  });
  return { stage: res.json().stage as string, me: me.json() };
}

describe('two-factor roles from the published policy', () => {
  it('asks a senior leader to set up two-factor where the policy names senior leaders', async () => {
    const school = await createSchool(t);
    await publishTestVersion(t.ctx.db, school, {
      edit: (settings) => {
        settings.people.twoFactorRoles = [...settings.people.twoFactorRoles, 'slt'];
      },
    });
    const leader = await newcomer(school, 'slt');
    const { stage, me } = await signIn(leader.email);
    expect(stage).toBe('two_factor_enrolment_required');
    expect(me).toMatchObject({ stage: 'two_factor_enrolment_required', twoFactor: { required: true } });
    // The policy adds senior leaders only: other staff sign straight in.
    expect((await signIn((await newcomer(school, 'staff')).email)).stage).toBe('signed_in');
  });

  it('lets a senior leader sign straight in where the policy does not name them, or nothing is published', async () => {
    const withPolicy = await createSchool(t);
    await publishTestVersion(t.ctx.db, withPolicy);
    expect((await signIn((await newcomer(withPolicy, 'slt')).email)).stage).toBe('signed_in');
    const withoutPolicy = await createSchool(t);
    expect((await signIn((await newcomer(withoutPolicy, 'slt')).email)).stage).toBe('signed_in');
  });

  it('keeps the baseline even if a stored policy leaves a baseline role out', async () => {
    const school = await createSchool(t);
    await publishTestVersion(t.ctx.db, school, {
      edit: (settings) => {
        settings.people.twoFactorRoles = ['slt'];
      },
    });
    expect((await signIn((await newcomer(school, 'head')).email)).stage).toBe('two_factor_enrolment_required');
  });
});
