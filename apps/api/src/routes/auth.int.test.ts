// Sign-in as a person meets it: passwords, the rate limit, cookies, two-factor set-up and use, sign-out,
// and an account switched off mid-session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as OTPAuth from 'otpauth';
import { createPerson, createSchool, createTestApp, type TestApp } from '../testing/test-app.ts';
import { passwordHasher } from '../security/password-hasher.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';

const PASSWORD = 'a long enough passphrase';
const CLOCK = new Date();
let t: TestApp;
let school: { id: string; trustId: string };
let passwordHash: string;

beforeAll(async () => {
  // A clock that stands still, so two-factor codes fall in known 30-second steps.
  t = await createTestApp({ now: () => CLOCK });
  school = await createSchool(t);
  passwordHash = await passwordHasher.hash(PASSWORD);
});
afterAll(async () => t?.close());

const signIn = (email: string, password: string, remoteAddress = '198.51.100.7') =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, remoteAddress });
const cookieFrom = (res: { cookies: Array<{ name: string; value: string }> }) => {
  const c = res.cookies.find((x) => x.name === SESSION_COOKIE);
  return c ? `${SESSION_COOKIE}=${c.value}` : '';
};
// Codes of the current step and of the next one (which the server accepts as clock drift): each is accepted once.
const codeFor = (secret: string, stepsAhead = 0) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: CLOCK.getTime() + stepsAhead * 30_000,
  });

describe('sign-in', () => {
  it('signs a member of staff straight in, with an HTTP-only SameSite cookie', async () => {
    const person = await createPerson(t, school, 'staff', { passwordHash, twoFactorVerified: false });
    const res = await signIn(person.email.toUpperCase(), PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ stage: 'signed_in' });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    // Plain HTTP set-up (COOKIE_SECURE=false): no HSTS, which would break a school's http://localhost trial.
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: cookieFrom(res) } });
    expect(me.json()).toMatchObject({ role: 'staff', school: { id: school.id }, stage: 'signed_in' });
  });

  it('says the same thing for a wrong password and an unknown email', async () => {
    const person = await createPerson(t, school, 'staff', { passwordHash, twoFactorVerified: false });
    const wrong = await signIn(person.email, 'not the right password');
    const unknown = await signIn('nobody.here@test.schoolgate', PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('names the field when the email is not an email', async () => {
    const res = await signIn('not-an-email', PASSWORD);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'email' })],
    });
  });

  it('never locks the owner out: five wrong passwords elsewhere do not refuse the right one from another address', async () => {
    const person = await createPerson(t, school, 'staff', { passwordHash, twoFactorVerified: false });
    // Someone who knows the email keeps guessing from one address, and is slowed down, with the wait said.
    for (let i = 0; i < 5; i++)
      expect((await signIn(person.email, `wrong password ${i}`, '203.0.113.9')).statusCode).toBe(401);
    const slowed = await signIn(person.email, `wrong password again`, '203.0.113.9');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().error.code).toBe('RATE_LIMITED');
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
    expect(slowed.json().error.message).toMatch(/Wait \d+ seconds? and try again/);
    // Even the right password waits at that address: the guesser cannot test it there.
    expect((await signIn(person.email, PASSWORD, '203.0.113.9')).statusCode).toBe(429);
    // The owner, from their own address, signs straight in.
    expect((await signIn(person.email, PASSWORD, '203.0.113.99')).statusCode).toBe(200);
  });

  it('slows one address trying many accounts, leaving other addresses alone', async () => {
    for (let i = 0; i < 30; i++) await signIn(`guess${i}@test.schoolgate`, 'wrong password', '192.0.2.55');
    const person = await createPerson(t, school, 'staff', { passwordHash, twoFactorVerified: false });
    const slowed = await signIn(person.email, PASSWORD, '192.0.2.55');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBeDefined();
    expect((await signIn(person.email, PASSWORD, '192.0.2.56')).statusCode).toBe(200);
  }, 120_000);

  it('gives a new session at each sign-in and ends it at sign-out', async () => {
    const person = await createPerson(t, school, 'staff', { passwordHash, twoFactorVerified: false });
    const first = cookieFrom(await signIn(person.email, PASSWORD));
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: person.email, password: PASSWORD },
      headers: { cookie: first },
    });
    const secondCookie = cookieFrom(second);
    expect(secondCookie).not.toBe(first);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first } })).statusCode).toBe(
      401,
    );
    await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: secondCookie } });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: secondCookie } })).statusCode,
    ).toBe(401);
  });
});

describe('two-factor sign-in', () => {
  it('makes a head set it up before anything else, then asks for a code at each sign-in', async () => {
    const head = await createPerson(t, school, 'head', { passwordHash, twoFactorVerified: false });
    const res = await signIn(head.email, PASSWORD);
    expect(res.json()).toEqual({ stage: 'two_factor_enrolment_required' });
    let cookie = cookieFrom(res);
    const blocked = await t.app.inject({ method: 'GET', url: '/api/staff', headers: { cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');

    const enrol = await t.app.inject({ method: 'POST', url: '/api/auth/two-factor/enrolment', headers: { cookie } });
    const { secret, qrCodeDataUrl, otpauthUrl } = enrol.json();
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(otpauthUrl).toContain(encodeURIComponent(head.email));

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/two-factor/enrolment/confirm',
      headers: { cookie },
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/auth/two-factor/enrolment/confirm',
      headers: { cookie },
      payload: { code: codeFor(secret) },
    });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes } = confirm.json();
    expect(recoveryCodes).toHaveLength(10);
    // The session token changes when the second factor is proven.
    expect((await t.app.inject({ method: 'GET', url: '/api/staff', headers: { cookie } })).statusCode).toBe(401);
    cookie = cookieFrom(confirm);
    expect((await t.app.inject({ method: 'GET', url: '/api/staff', headers: { cookie } })).statusCode).toBe(200);

    // Next sign-in: a code is needed; a recovery code works once.
    const again = await signIn(head.email, PASSWORD);
    expect(again.json()).toEqual({ stage: 'two_factor_required' });
    const pending = cookieFrom(again);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/staff', headers: { cookie: pending } })).json().error.code,
    ).toBe('TWO_FACTOR_REQUIRED');
    const viaRecovery = await t.app.inject({
      method: 'POST',
      url: '/api/auth/two-factor/verify',
      headers: { cookie: pending },
      payload: { code: recoveryCodes[0] },
    });
    expect(viaRecovery.statusCode).toBe(200);
    const third = cookieFrom(await signIn(head.email, PASSWORD));
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/two-factor/verify',
      headers: { cookie: third },
      payload: { code: recoveryCodes[0] },
    });
    expect(reused.statusCode).toBe(400);
    // The code that confirmed set-up is spent; the next step's code (accepted as clock drift) works, once.
    const replayed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/two-factor/verify',
      headers: { cookie: third },
      payload: { code: codeFor(secret) },
    });
    expect(replayed.statusCode).toBe(400);
    const viaApp = await t.app.inject({
      method: 'POST',
      url: '/api/auth/two-factor/verify',
      headers: { cookie: third },
      payload: { code: codeFor(secret, 1) },
    });
    expect(viaApp.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: cookieFrom(viaApp) } })).json()
        .twoFactor,
    ).toEqual({ enabled: true, required: true });
  });
});

describe('an account switched off', () => {
  it('loses its session at once and cannot sign in again', async () => {
    const head = await createPerson(t, school, 'head');
    const teacher = await createPerson(t, school, 'staff', { passwordHash, twoFactorVerified: false });
    const cookie = cookieFrom(await signIn(teacher.email, PASSWORD));
    const off = await t.app.inject({
      method: 'POST',
      url: `/api/staff/${teacher.staffId}/deactivate`,
      headers: head.headers,
    });
    expect(off.json()).toMatchObject({ status: 'inactive', canSignIn: false });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await signIn(teacher.email, PASSWORD)).json().error.code).toBe('ACCOUNT_DISABLED');
    // Brought back, they can sign in again.
    const back = await t.app.inject({
      method: 'POST',
      url: `/api/staff/${teacher.staffId}/reactivate`,
      headers: head.headers,
    });
    expect(back.json()).toMatchObject({ status: 'active', canSignIn: true });
    expect((await signIn(teacher.email, PASSWORD)).statusCode).toBe(200);
  });
});
