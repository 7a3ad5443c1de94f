// Sessions end when left idle, not only at their absolute end; behind HTTPS the browser is told to stay on it;
// and a weak first password is refused with the reason on the form's field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createSchool, createTestApp, type TestApp } from '../testing/test-app.ts';
import { passwordHasher } from '../security/password-hasher.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';

const PASSWORD = 'a long enough passphrase';
let clock = new Date();
let t: TestApp;
let school: { id: string; trustId: string };
let passwordHash: string;

beforeAll(async () => {
  t = await createTestApp({ now: () => clock, config: { COOKIE_SECURE: true } });
  school = await createSchool(t);
  passwordHash = await passwordHasher.hash(PASSWORD);
});
afterAll(async () => t?.close());

const minutes = (n: number) => (clock = new Date(clock.getTime() + n * 60_000));

async function signedIn() {
  const person = await createPerson(t, school, 'staff', { passwordHash, twoFactorVerified: false });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: person.email, password: PASSWORD },
  });
  const c = res.cookies.find((x) => x.name === SESSION_COOKIE)!;
  return `${SESSION_COOKIE}=${c.value}`;
}
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

describe('session idle timeout', () => {
  it('refuses a session left idle for 11 hours, inside its 12-hour length', async () => {
    const cookie = await signedIn();
    expect((await me(cookie)).statusCode).toBe(200);
    minutes(11 * 60);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('keeps a session in use alive, and ends it after 30 idle minutes', async () => {
    const cookie = await signedIn();
    for (let i = 0; i < 4; i++) {
      minutes(20);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    minutes(31);
    expect((await me(cookie)).statusCode).toBe(401);
  });
});

describe('HTTPS', () => {
  it('sends Strict-Transport-Security when cookies are secure', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  });
});

describe('weak first passwords', () => {
  beforeAll(() => {
    clock = new Date(); // the head's test session runs on the real clock
  });
  it.each([
    ['aaaaaaaaaaaa', /one character repeated/],
    ['password1234', /common passwords/],
    ['            ', /only spaces/],
    ['Olwen Weakley 2026', /email address or name/],
  ])('refuses %j, saying why on the field', async (initialPassword, reason) => {
    const head = await createPerson(t, school, 'head');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/staff',
      headers: { cookie: head.cookie },
      payload: {
        firstName: 'Olwen',
        lastName: 'Weakley',
        email: `olwen.${Math.random().toString(36).slice(2)}@test.schoolgate`,
        jobTitle: 'Teacher',
        role: 'staff',
        initialPassword,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'PASSWORD_POLICY' });
    expect(res.json().error.fields).toEqual([{ field: 'initialPassword', message: expect.stringMatching(reason) }]);
  });
});
