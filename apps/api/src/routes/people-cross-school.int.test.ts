// One school's actions on its own staff list never reach another school's people: inviting someone who already
// signs in elsewhere in the trust adds a membership of this school and nothing more. Their sessions in other
// schools, their password, two-factor, account state and roles elsewhere stay as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRepository, usersRepository } from '@schoolgate/db';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let primary: { id: string; trustId: string };
let secondary: { id: string; trustId: string };
let headPrimary: Person;
let headSecondary: Person;
let trustAdmin: Person;

beforeAll(async () => {
  t = await createTestApp();
  primary = await createSchool(t, 'Primary');
  secondary = await createSchool(t, 'Secondary', primary.trustId);
  headPrimary = await createPerson(t, primary, 'head', { passwordHash: 'the-hash-of-their-own-password' });
  headSecondary = await createPerson(t, secondary, 'head');
  trustAdmin = await createPerson(t, primary, 'trust_admin');
});
afterAll(async () => t?.close());

const as = (p: Person, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: p.headers, payload });
const invite = (by: Person, email: string, role = 'staff') =>
  as(by, 'POST', '/api/staff', {
    firstName: 'Invited',
    lastName: 'Person',
    email,
    role,
    initialPassword: 'a-new-password-chosen-by-the-inviter',
  });

describe("another school's people", () => {
  it('inviting a person of another school adds a membership; deactivating it leaves their other school alone', async () => {
    const before = await usersRepository.findById(t.ctx.db, headPrimary.userId);
    const res = await invite(headSecondary, headPrimary.email);
    expect(res.statusCode, res.body).toBe(201);
    const membership = res.json();
    expect(membership.canSignIn).toBe(true);

    // Their role in the secondary school changes; their session in the primary school goes on as before.
    expect((await as(headSecondary, 'PATCH', `/api/staff/${membership.id}`, { role: 'slt' })).statusCode).toBe(200);
    expect((await as(headPrimary, 'GET', '/api/auth/me')).statusCode).toBe(200);

    expect((await as(headSecondary, 'POST', `/api/staff/${membership.id}/deactivate`)).statusCode).toBe(200);
    const me = await as(headPrimary, 'GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().school.id).toBe(primary.id);
    expect(me.json().role).toBe('head');

    const after = await usersRepository.findById(t.ctx.db, headPrimary.userId);
    expect(after).toMatchObject({
      status: 'active',
      email: before!.email,
      passwordHash: before!.passwordHash,
      totpEnabledAt: before!.totpEnabledAt,
    });
    // The primary school still lists them, active, as its head.
    const own = await as(headPrimary, 'GET', `/api/staff/${headPrimary.staffId}`);
    expect(own.json()).toMatchObject({ status: 'active', role: 'head' });
  });

  it('will not add the trust team to a school they already open, so their role there cannot be lowered', async () => {
    const res = await invite(headSecondary, trustAdmin.email);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.fields[0].field).toBe('email');
    expect(await staffRepository.membershipsForUser(t.ctx.db, trustAdmin.userId)).toEqual([
      expect.objectContaining({ role: 'trust_admin', schoolId: null }),
    ]);
    // The trust administrator still acts in the secondary school as the trust team.
    await as(trustAdmin, 'POST', '/api/auth/switch-school', { schoolId: secondary.id });
    expect((await as(trustAdmin, 'GET', '/api/auth/me')).json().role).toBe('trust_admin');
  });

  it('will not link a person twice into the same school', async () => {
    const colleague = await createPerson(t, secondary, 'staff');
    const res = await invite(headSecondary, colleague.email);
    expect(res.statusCode, res.body).toBe(409);
    expect((await as(colleague, 'GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it("changing a shared person's role in one school ends only their sessions there", async () => {
    const shared = await createPerson(t, primary, 'staff');
    const res = await invite(headSecondary, shared.email);
    expect(res.statusCode, res.body).toBe(201);
    expect((await as(headSecondary, 'PATCH', `/api/staff/${res.json().id}`, { jobTitle: 'Cover' })).statusCode).toBe(
      200,
    );
    expect((await as(headSecondary, 'PATCH', `/api/staff/${res.json().id}`, { role: 'slt' })).statusCode).toBe(200);
    expect((await as(shared, 'GET', '/api/auth/me')).json()).toMatchObject({ role: 'staff' });
  });

  it('never links a sign-in of another trust', async () => {
    const otherTrust = await createSchool(t, 'Elsewhere');
    const stranger = await createPerson(t, otherTrust, 'head');
    const res = await invite(headSecondary, stranger.email);
    expect(res.statusCode).toBe(409);
    expect(await staffRepository.membershipsForUser(t.ctx.db, stranger.userId)).toHaveLength(1);
  });
});
