// Signing in with a school's identity provider against a real OpenID provider running in this process
// (oidc-provider): the good path, and every way the answer must be refused, each with the reason the person sees.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditRepository, staffRepository, usersRepository } from '@schoolgate/db';
import {
  createPerson,
  createSchool,
  createTestApp,
  requestAs,
  type Person,
  type TestApp,
} from '../testing/test-app.ts';
import { startTestProvider, type TestProvider } from '../testing/oidc-test-provider.ts';
import { forgetOidcConfigurations } from '../use-cases/sign-in/oidc-client.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';
import { OIDC_STATE_COOKIE } from './sign-in.routes.ts';

const TENANT = '0f6c1a7e-5b1d-4c8e-9a7f-2d3e4f5a6b7c';
let t: TestApp;
let op: TestProvider;
let school: { id: string; trustId: string };
let head: Person;
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  op = await startTestProvider({
    redirectUris: [
      `${t.ctx.publicUrl}/api/auth/oidc/microsoft/callback`,
      `${t.ctx.publicUrl}/api/auth/oidc/google/callback`,
    ],
  });
  t.ctx.oidcFetch = op.fetch;
  school = await createSchool(t);
  head = await createPerson(t, school, 'head');
  const saved = await requestAs(t, head, 'PUT', '/api/sign-in/providers/microsoft', {
    tenant: TENANT,
    clientId: op.clientId,
    clientSecret: op.clientSecret,
    issuerUrl: op.issuer,
  });
  expect(saved.statusCode, saved.body).toBe(200);
});
afterAll(async () => {
  await op?.close();
  await t?.close();
  forgetOidcConfigurations();
});
beforeEach(() => {
  op.tamper = null;
});

/** A staff record with no sign-in yet, and an account at the provider with the same email. */
async function staffWithProviderAccount(
  role: 'staff' | 'head' | 'dsl' = 'staff',
  claims: Record<string, unknown> = {},
  amr?: string[],
) {
  const email = `person${counter++}.${Date.now()}@oak.sch.uk`;
  const record = await staffRepository.insert(t.ctx.db, {
    trustId: school.trustId,
    schoolId: school.id,
    firstName: 'Ada',
    lastName: `Lovelace${counter}`,
    email,
    role,
  });
  const accountId = `acct-${counter}`;
  op.accounts.set(accountId, { claims: { tid: TENANT, email, email_verified: true, ...claims }, amr });
  op.nextLogin.accountId = accountId;
  return { record, email };
}

/** The whole browser round trip: start at Schoolgate, sign in at the provider, come back to the callback. */
async function signInThroughProvider(options: { stateCookie?: (state: string) => string } = {}) {
  const start = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/microsoft/start?school=${school.id}` });
  expect(start.statusCode, start.body).toBe(302);
  const location = String(start.headers.location);
  expect(location.startsWith(op.issuer)).toBe(true);
  const stateCookie = start.cookies.find((c) => c.name === OIDC_STATE_COOKIE)!;
  expect(stateCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  const callbackUrl = await op.authorize(location);
  const callback = await t.app.inject({
    method: 'GET',
    url: `${callbackUrl.pathname}${callbackUrl.search}`,
    cookies: { [OIDC_STATE_COOKIE]: options.stateCookie ? options.stateCookie(stateCookie.value) : stateCookie.value },
  });
  return { start, callbackUrl, callback, stateCookie: stateCookie.value };
}

const problemOf = (res: { statusCode: number; headers: Record<string, unknown> }) => {
  expect(res.statusCode).toBe(302);
  return new URL(String(res.headers.location), 'http://x').searchParams.get('problem');
};
const sessionOf = (res: { cookies: Array<{ name: string; value: string }> }) =>
  res.cookies.find((c) => c.name === SESSION_COOKIE && c.value)?.value ?? null;

describe('signing in with the school identity provider', () => {
  it('offers the provider on the sign-in page, and sends PKCE, state and nonce', async () => {
    const offered = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/providers?school=${school.id}` });
    expect(offered.json().providers).toEqual([
      { provider: 'microsoft', schoolId: school.id, label: expect.any(String) },
    ]);
    await staffWithProviderAccount();
    const start = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/microsoft/start?school=${school.id}` });
    const url = new URL(String(start.headers.location));
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(`${t.ctx.publicUrl}/api/auth/oidc/microsoft/callback`);
  });

  it('signs a member of staff in by their verified email, linking a sign-in to their record', async () => {
    const { record, email } = await staffWithProviderAccount();
    const { callback } = await signInThroughProvider();
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/');
    const token = sessionOf(callback);
    expect(token).toBeTruthy();
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: token! } });
    expect(me.json()).toMatchObject({ stage: 'signed_in', role: 'staff', school: { id: school.id } });
    const user = await usersRepository.findByEmail(t.ctx.db, email);
    expect(user).toMatchObject({ passwordHash: null });
    expect(user!.providerSignInAt).not.toBeNull();
    expect((await staffRepository.findInSchool(t.ctx.db, school.id, record.id))!).toMatchObject({
      userId: user!.id,
      canSignIn: true,
    });
    const entries = await auditRepository.list(t.ctx.db, `school:${school.id}`, { page: 1, pageSize: 5 });
    expect(JSON.stringify(entries)).toContain('microsoft');
  });

  it('refuses a replayed callback: the state and the code are used once', async () => {
    await staffWithProviderAccount();
    const first = await signInThroughProvider();
    expect(sessionOf(first.callback)).toBeTruthy();
    const replay = await t.app.inject({
      method: 'GET',
      url: `${first.callbackUrl.pathname}${first.callbackUrl.search}`,
      cookies: { [OIDC_STATE_COOKIE]: first.stateCookie },
    });
    expect(problemOf(replay)).toBe('state_mismatch');
    expect(sessionOf(replay)).toBeNull();
  });

  it('refuses a state that is not the one this browser was given', async () => {
    await staffWithProviderAccount();
    const { callback } = await signInThroughProvider({ stateCookie: () => 'someone-elses-state' });
    expect(problemOf(callback)).toBe('state_mismatch');
    expect(sessionOf(callback)).toBeNull();
  });

  it('refuses an id token from another issuer, with a bad signature, or expired', async () => {
    const cases: Array<[string, (token: string) => Promise<string>]> = [
      ['wrong issuer', (tok) => op.resign(tok, (c) => (c.iss = 'https://login.example.invalid/other/v2.0'))],
      ['bad signature', (tok) => op.resign(tok, () => undefined, { foreignKey: true })],
      [
        'expired',
        (tok) =>
          op.resign(tok, (c) => {
            const now = Math.floor(Date.now() / 1000);
            c.iat = now - 7200;
            c.exp = now - 3600;
          }),
      ],
    ];
    for (const [what, tamper] of cases) {
      await staffWithProviderAccount();
      op.tamper = tamper;
      const { callback } = await signInThroughProvider();
      expect(problemOf(callback), what).toBe('token_rejected');
      expect(sessionOf(callback), what).toBeNull();
    }
  });

  it('refuses an email with no staff record, an unverified email and another tenant, creating no one', async () => {
    op.accounts.set('stranger', { claims: { tid: TENANT, email: 'nobody@oak.sch.uk', email_verified: true } });
    op.nextLogin.accountId = 'stranger';
    expect(problemOf((await signInThroughProvider()).callback)).toBe('unknown_person');
    expect(await usersRepository.findByEmail(t.ctx.db, 'nobody@oak.sch.uk')).toBeNull();

    const unverified = await staffWithProviderAccount('staff', { email_verified: false });
    expect(problemOf((await signInThroughProvider()).callback)).toBe('email_unverified');
    expect(await usersRepository.findByEmail(t.ctx.db, unverified.email)).toBeNull();

    await staffWithProviderAccount('staff', { tid: '11111111-2222-3333-4444-555555555555' });
    expect(problemOf((await signInThroughProvider()).callback)).toBe('wrong_tenant');
  });

  it('asks a role that needs two-factor for Schoolgate’s own second factor after the provider', async () => {
    await staffWithProviderAccount('dsl');
    const { callback } = await signInThroughProvider();
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { [SESSION_COOKIE]: sessionOf(callback)! },
    });
    expect(me.json().stage).toBe('two_factor_enrolment_required');
  });

  it('when the school says its provider enforces MFA, needs mfa in amr for such a role', async () => {
    const saved = await requestAs(t, head, 'PUT', '/api/sign-in/providers/microsoft', {
      tenant: TENANT,
      clientId: op.clientId,
      issuerUrl: op.issuer,
      providerEnforcesMfa: true,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    try {
      await staffWithProviderAccount('dsl', {}, ['pwd']);
      const refused = (await signInThroughProvider()).callback;
      expect(problemOf(refused)).toBe('mfa_missing');
      expect(sessionOf(refused)).toBeNull();

      await staffWithProviderAccount('dsl', {}, ['pwd', 'mfa']);
      const { callback } = await signInThroughProvider();
      expect(callback.headers.location).toBe('/');
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        cookies: { [SESSION_COOKIE]: sessionOf(callback)! },
      });
      expect(me.json()).toMatchObject({ stage: 'signed_in', role: 'dsl' });
    } finally {
      await requestAs(t, head, 'PUT', '/api/sign-in/providers/microsoft', {
        tenant: TENANT,
        clientId: op.clientId,
        issuerUrl: op.issuer,
        providerEnforcesMfa: false,
      });
    }
  });

  it('sends a school without that provider back to the sign-in page saying so', async () => {
    const other = await createSchool(t);
    const res = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/google/start?school=${other.id}` });
    expect(problemOf(res)).toBe('not_configured');
  });
});

describe('sign-in provider settings', () => {
  it('never sends the client secret back, and keeps it sealed', async () => {
    const res = await requestAs(t, head, 'GET', '/api/sign-in/providers');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(op.clientSecret);
    expect(res.json().school[0]).toMatchObject({ provider: 'microsoft', hasClientSecret: true, tenant: TENANT });
    expect(res.json().redirectUris.microsoft).toBe(`${t.ctx.publicUrl}/api/auth/oidc/microsoft/callback`);
  });
  it('refuses a tenant that is not a GUID for Microsoft, and a trust-wide setting from a head', async () => {
    const bad = await requestAs(t, head, 'PUT', '/api/sign-in/providers/microsoft', {
      tenant: 'oak.sch.uk',
      clientId: 'x',
      clientSecret: 'y',
    });
    expect(bad.statusCode).toBe(400);
    const trust = await requestAs(t, head, 'PUT', '/api/sign-in/providers/google', {
      scope: 'trust',
      tenant: 'oak.sch.uk',
      clientId: 'x',
      clientSecret: 'y',
    });
    expect(trust.statusCode).toBe(403);
  });
});
