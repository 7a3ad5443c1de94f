// First run of a real deployment: the set-up page with its one-time token, and the trust team adding schools.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policySettingsRepository, tenancyRepository } from '@schoolgate/db';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { issueSetupTokenIfNeeded } from '../use-cases/setup/setup-token.ts';

const PASSWORD = 'correct horse battery staple';
const setupBody = (token: string, overrides: Record<string, unknown> = {}) => ({
  token,
  organisation: 'school',
  school: { name: 'Brookside Primary School', urn: '123456', nation: 'scotland' },
  templateId: 'community-primary-parents-ladder',
  person: { firstName: 'Hana', lastName: 'Head', email: 'Head@Brookside.example', password: PASSWORD },
  ...overrides,
});

describe('set-up of a single school', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('is open on an empty deployment, refuses a wrong token and names bad fields', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
    await issueSetupTokenIfNeeded(t.ctx);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/setup', payload: setupBody('guessed-token') });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.fields[0].field).toBe('token');

    const badUrn = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: setupBody('x', { school: { name: 'Brookside', urn: '12345A', nation: 'wales' } }),
    });
    expect(badUrn.statusCode).toBe(400);
    const fields = badUrn.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['school.urn', 'school.nation']));
    expect(await tenancyRepository.countSchools(t.ctx.db)).toBe(0);
  });

  it('creates the school, its policy defaults and the head, who must then enrol two-factor; the token works once', async () => {
    // A restart prints a new token: only the newest works.
    const old = (await issueSetupTokenIfNeeded(t.ctx))!;
    const token = (await issueSetupTokenIfNeeded(t.ctx))!;
    expect((await t.app.inject({ method: 'POST', url: '/api/setup', payload: setupBody(old) })).statusCode).toBe(403);

    const done = await t.app.inject({ method: 'POST', url: '/api/setup', payload: setupBody(token) });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json()).toMatchObject({
      email: 'head@brookside.example',
      school: { urn: '123456', nation: 'scotland' },
    });

    const school = (await tenancyRepository.findSchoolByUrn(t.ctx.db, '123456'))!;
    const defaults = await policySettingsRepository.findTrustDefaults(t.ctx.db, school.trustId);
    expect(defaults?.templateId).toBe('community-primary-parents-ladder');
    expect((defaults?.settings as { calendar: { nation: string } }).calendar.nation).toBe('scotland');

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'head@brookside.example', password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().stage).toBe('two_factor_enrolment_required');

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: setupBody(token, { school: { name: 'Taken Over', urn: '654321', nation: 'england_wales' } }),
    });
    expect(again.statusCode).toBe(409);
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: false });
    expect(await issueSetupTokenIfNeeded(t.ctx)).toBeNull();
  });
});

describe('set-up of a trust, and its further schools', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('needs a trust name, makes the first person the trust team, who adds a school in another nation', async () => {
    const token = (await issueSetupTokenIfNeeded(t.ctx))!;
    const body = setupBody(token, { organisation: 'trust', templateId: 'multi-academy-trust' });
    const unnamed = await t.app.inject({ method: 'POST', url: '/api/setup', payload: body });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.fields[0].field).toBe('trustName');

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...body, trustName: 'Northern Lights Trust', person: { ...body.person, password: 'short' } },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields[0].field).toBe('person.password');

    const done = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...body, trustName: 'Northern Lights Trust', school: { ...body.school, nation: 'england_wales' } },
    });
    expect(done.statusCode, done.body).toBe(201);
    const school = (await tenancyRepository.findSchoolByUrn(t.ctx.db, '123456'))!;
    expect((await tenancyRepository.findTrust(t.ctx.db, school.trustId))?.name).toBe('Northern Lights Trust');

    // Sign in through the real thing, then finish two-factor straight in the database (tested elsewhere).
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'head@brookside.example', password: PASSWORD },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    await t.handle.db.execute(`update sessions set two_factor_verified = true` as never);
    await t.handle.db.execute(`update users set totp_enabled_at = now()` as never);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().role).toBe('trust_admin');

    const added = await t.app.inject({
      method: 'POST',
      url: '/api/schools',
      headers: { cookie },
      payload: { name: 'Glen Academy', urn: '765432', nation: 'scotland' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const overrides = await policySettingsRepository.findSchoolOverrides(t.ctx.db, added.json().id);
    expect(overrides).toEqual({ 'calendar.nation': 'scotland' });

    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/schools',
      headers: { cookie },
      payload: { name: 'Copy', urn: '765432', nation: 'scotland' },
    });
    expect(duplicate.statusCode).toBe(409);
    const list = await t.app.inject({ method: 'GET', url: '/api/schools', headers: { cookie } });
    expect(list.json().items.map((s: { name: string }) => s.name)).toEqual([
      'Brookside Primary School',
      'Glen Academy',
    ]);
  });
});
