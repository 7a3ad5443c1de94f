// Invitations to set up a sign-in: one person or everyone without one, an email with a one-time link that expires,
// the password chosen through it, two-factor next when the role needs it, and what the staff list shows.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository, staffRepository, usersRepository } from '@schoolgate/db';
import type { MailMessage } from '../notifications/mailer.ts';
import {
  createPerson,
  createSchool,
  createTestApp,
  requestAs,
  type Person,
  type TestApp,
} from '../testing/test-app.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';

const PASSWORD = 'lantern harbour quietly';
const clock = new Date();
let t: TestApp;
let school: { id: string; trustId: string };
let head: Person;
const outbox: MailMessage[] = [];
let n = 0;

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  t.ctx.mailer = { send: async (m) => void outbox.push(m), close: () => undefined };
  school = await createSchool(t);
  head = await createPerson(t, school, 'head');
});
afterAll(async () => t?.close());

const newStaff = (
  role: 'staff' | 'dsl' | 'head' = 'staff',
  email: string | null = `teacher${n++}.${Date.now()}@oak.sch.uk`,
) =>
  staffRepository.insert(t.ctx.db, {
    trustId: school.trustId,
    schoolId: school.id,
    firstName: 'Grace',
    lastName: `Hopper${n}`,
    email,
    role,
  });
const tokenIn = (mail: MailMessage) => /\/invitation\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
const lastMailTo = (email: string) => outbox.filter((m) => m.to === email).at(-1)!;

describe('invitations', () => {
  it('emails one member of staff a one-time link; they choose a password and are signed in', async () => {
    const teacher = await newStaff();
    const res = await requestAs(t, head, 'POST', `/api/staff/${teacher.id}/invitation`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().invitation).toMatchObject({ emailed: true, expired: false, accepted: false });
    const mail = lastMailTo(teacher.email!);
    expect(mail.subject).toContain('set up your sign-in');
    const token = tokenIn(mail);
    expect(mail.text).toContain(`${t.ctx.publicUrl}/invitation/${token}`);

    const view = await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ firstName: 'Grace', email: teacher.email, needsTwoFactor: false });

    const weak = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { password: 'password1234' },
    });
    expect(weak.statusCode).toBe(400);

    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { password: PASSWORD },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ stage: 'signed_in' });
    const cookie = accepted.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: cookie } });
    expect(me.json()).toMatchObject({ role: 'staff', school: { id: school.id } });

    // The link works once.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { password: PASSWORD },
    });
    expect(again.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` })).statusCode).toBe(404);

    // And they sign in with the password they chose.
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: teacher.email, password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);

    const chain = JSON.stringify(
      await auditRepository.list(t.ctx.db, `school:${school.id}`, { page: 1, pageSize: 20 }),
    );
    expect(chain).toContain('staff.invited');
    expect(chain).toContain('staff.invitation_accepted');
    // Only the link's digest is kept.
    expect(chain).not.toContain(token);
  });

  it('keeps only a digest of the token, and refuses an invitation for someone who can already sign in', async () => {
    const teacher = await newStaff();
    await requestAs(t, head, 'POST', `/api/staff/${teacher.id}/invitation`);
    const token = tokenIn(lastMailTo(teacher.email!));
    const rows = await t.ctx.db.execute(`select token_hash from staff_invitations where staff_id = '${teacher.id}'`);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(token);
    expect(text).toContain(createHash('sha256').update(token).digest('hex'));
    const signedIn = await createPerson(t, school, 'staff', { passwordHash: 'a stored hash' });
    const res = await requestAs(t, head, 'POST', `/api/staff/${signedIn.staffId}/invitation`);
    expect(res.statusCode).toBe(409);
  });

  it('a resend replaces the older link, and a link expires after seven days', async () => {
    const teacher = await newStaff();
    await requestAs(t, head, 'POST', `/api/staff/${teacher.id}/invitation`);
    const first = tokenIn(lastMailTo(teacher.email!));
    await requestAs(t, head, 'POST', `/api/staff/${teacher.id}/invitation`);
    const second = tokenIn(lastMailTo(teacher.email!));
    expect(second).not.toBe(first);
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${first}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${second}` })).statusCode).toBe(200);

    // Seven days on (the link's end moved back, as the head's test session would not last that long).
    await t.ctx.db.execute(
      sql`update staff_invitations set expires_at = ${new Date(clock.getTime() - 1000).toISOString()}::timestamptz where staff_id = ${teacher.id}`,
    );
    const expired = await t.app.inject({ method: 'GET', url: `/api/invitations/${second}` });
    expect(expired.statusCode).toBe(404);
    expect(expired.json().error.message).toContain('expired');
    const list = await requestAs(t, head, 'GET', `/api/staff?search=${encodeURIComponent(teacher.lastName)}`);
    expect(list.json().items[0]).toMatchObject({ canSignIn: false, invitation: { expired: true } });
  });

  it('invites everyone without a sign-in, and a role that needs two-factor sets it up next', async () => {
    const other = await createSchool(t, undefined, school.trustId);
    const otherHead = await createPerson(t, other, 'head', { passwordHash: 'a stored hash' });
    const dsl = await staffRepository.insert(t.ctx.db, {
      trustId: other.trustId,
      schoolId: other.id,
      firstName: 'Dee',
      lastName: 'Safe',
      email: `dsl.${Date.now()}@oak.sch.uk`,
      role: 'dsl',
    });
    await staffRepository.insert(t.ctx.db, {
      trustId: other.trustId,
      schoolId: other.id,
      firstName: 'No',
      lastName: 'Email',
      email: null,
      role: 'staff',
    });
    const res = await requestAs(t, otherHead, 'POST', '/api/staff/invitations');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ invited: 1, notEmailed: 0 });
    const token = tokenIn(lastMailTo(dsl.email!));
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` })).json().needsTwoFactor).toBe(true);
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { password: PASSWORD },
    });
    expect(accepted.json()).toEqual({ stage: 'two_factor_enrolment_required' });
    expect((await usersRepository.findByEmail(t.ctx.db, dsl.email!))?.passwordHash).toBeTruthy();
    // Nobody is left to invite.
    expect((await requestAs(t, otherHead, 'POST', '/api/staff/invitations')).json()).toEqual({
      invited: 0,
      notEmailed: 0,
    });
  });

  it('says when no email could be sent, and an SLT member cannot invite the head', async () => {
    const mailer = t.ctx.mailer;
    t.ctx.mailer = null;
    try {
      const teacher = await newStaff();
      const res = await requestAs(t, head, 'POST', `/api/staff/${teacher.id}/invitation`);
      expect(res.json().invitation.emailed).toBe(false);
    } finally {
      t.ctx.mailer = mailer;
    }
    const slt = await createPerson(t, school, 'slt');
    const newHead = await newStaff('head');
    expect((await requestAs(t, slt, 'POST', `/api/staff/${newHead.id}/invitation`)).statusCode).toBe(403);
  });
});
