// A user of one school can never see another school's records: lists hold only their school, and a
// record of another school is "not found" (404), never "forbidden", so its existence is not revealed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pupilsRepository } from '@schoolgate/db';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let schoolA: { id: string; trustId: string };
let schoolB: { id: string; trustId: string };
let headA: Person;
let headB: Person;
let pupilB: string;

beforeAll(async () => {
  t = await createTestApp();
  schoolA = await createSchool(t, 'Alder School');
  schoolB = await createSchool(t, 'Birch School');
  headA = await createPerson(t, schoolA, 'head');
  headB = await createPerson(t, schoolB, 'head');
  await pupilsRepository.insertMany(t.ctx.db, schoolB.id, [
    {
      misId: 'B1',
      firstName: 'Bea',
      lastName: 'Birch',
      preferredName: null,
      yearGroup: '4',
      className: '4B',
      doNotPublish: true,
    },
  ]);
  pupilB = (await pupilsRepository.list(t.ctx.db, schoolB.id, { page: 1, pageSize: 5 })).items[0]!.id;
});
afterAll(async () => t?.close());

const as = (p: Person, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: p.headers, payload });

describe('school isolation', () => {
  it("answers 404 for another school's pupil, staff member, edit and deactivation", async () => {
    expect((await as(headA, 'GET', `/api/pupils/${pupilB}`)).statusCode).toBe(404);
    expect((await as(headA, 'GET', `/api/staff/${headB.staffId}`)).statusCode).toBe(404);
    expect((await as(headA, 'PATCH', `/api/staff/${headB.staffId}`, { jobTitle: 'Hacked' })).statusCode).toBe(404);
    expect((await as(headA, 'POST', `/api/staff/${headB.staffId}/deactivate`)).statusCode).toBe(404);
    // And the record is untouched.
    expect((await as(headB, 'GET', `/api/staff/${headB.staffId}`)).json()).toMatchObject({
      status: 'active',
      jobTitle: null,
    });
  });

  it('lists only the school of the session, whatever the request says', async () => {
    const staffA = (await as(headA, 'GET', `/api/staff?schoolId=${schoolB.id}`)).json();
    expect(staffA.items.map((s: { id: string }) => s.id)).toEqual([headA.staffId]);
    const pupilsA = (await as(headA, 'GET', '/api/pupils')).json();
    expect(pupilsA.total).toBe(0);
  });

  it('ignores a school id smuggled into a body', async () => {
    const res = await as(headA, 'POST', '/api/staff', {
      firstName: 'Sly',
      lastName: 'Insert',
      role: 'staff',
      schoolId: schoolB.id,
    });
    expect(res.statusCode).toBe(201);
    const inB = (await as(headB, 'GET', '/api/staff?search=Sly')).json();
    expect(inB.total).toBe(0);
  });

  it('will not switch a session to a school the person does not work in', async () => {
    const res = await as(headA, 'POST', '/api/auth/switch-school', { schoolId: schoolB.id });
    expect(res.statusCode).toBe(404);
  });

  it('lets a trust admin switch between the schools of their own trust only', async () => {
    const sibling = await createSchool(t, 'Cedar School', schoolA.trustId);
    const admin = await createPerson(t, schoolA, 'trust_admin');
    const me = (await as(admin, 'GET', '/api/auth/me')).json();
    expect(me.schools.map((s: { name: string }) => s.name)).toEqual(['Alder School', 'Cedar School']);
    expect((await as(admin, 'POST', '/api/auth/switch-school', { schoolId: sibling.id })).statusCode).toBe(200);
    expect((await as(admin, 'GET', '/api/auth/me')).json().school).toEqual({ id: sibling.id, name: 'Cedar School' });
    expect((await as(admin, 'POST', '/api/auth/switch-school', { schoolId: schoolB.id })).statusCode).toBe(404);
  });

  it("keeps each school's audit chain to itself", async () => {
    const entries = (await as(headA, 'GET', '/api/audit')).json().items;
    expect(
      entries.every((e: { details: Record<string, unknown> }) => JSON.stringify(e.details).indexOf('Birch') === -1),
    ).toBe(true);
    expect(entries.some((e: { action: string }) => e.action === 'staff.created')).toBe(true);
  });
});
