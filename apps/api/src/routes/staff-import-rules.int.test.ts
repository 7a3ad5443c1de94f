// A staff CSV import changes existing records under exactly the rules of a single edit (PATCH /api/staff/:id):
// what a senior leader cannot change by hand, they cannot change by file; a changed sign-in email moves the sign-in
// as an edit does; and the audit entry holds each change, before and after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRepository, usersRepository } from '@schoolgate/db';
import { createPerson, createSchool, createTestApp, csvOf, type Person, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let school: { id: string; trustId: string };
let head: Person;
let dsl: Person;
let slt: Person;
let teacher: Person;

const HEADER = ['Staff ID', 'Forename', 'Surname', 'Email', 'Job Title', 'Schoolgate Role'];

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t);
  head = await createPerson(t, school, 'head');
  dsl = await createPerson(t, school, 'dsl');
  slt = await createPerson(t, school, 'slt');
  teacher = await createPerson(t, school, 'staff');
  await staffRepository.update(t.ctx.db, school.id, head.staffId, { misId: 'H1' });
  await staffRepository.update(t.ctx.db, school.id, dsl.staffId, { misId: 'D1' });
  await staffRepository.update(t.ctx.db, school.id, teacher.staffId, { misId: 'T1' });
});
afterAll(async () => t?.close());

const as = (p: Person, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: p.headers, payload });

describe('staff import under the edit rules', () => {
  it('refuses, row by row, the records a senior leader could not edit by hand, and keeps the rest', async () => {
    // The single edit refuses this...
    expect((await as(slt, 'PATCH', `/api/staff/${head.staffId}`, { lastName: 'Renamed' })).statusCode).toBe(403);
    // ...so the file does too.
    const csv = csvOf([
      HEADER,
      ['H1', 'Mallory', 'Renamed', 'mallory@evil.example', 'Caretaker', 'Staff'],
      ['D1', 'Mallory', 'Renamed', 'mallory2@evil.example', 'Caretaker', 'Staff'],
      ['T1', 'Test', 'Teacher-Smith', 'new.teacher@school.example', 'Year 4 teacher', 'Staff'],
    ]);
    const res = await as(slt, 'POST', '/api/people/import', { kind: 'staff', csv });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ created: 0, updated: 1 });
    expect(body.errors.map((e: { line: number; field?: string }) => [e.line, e.field])).toEqual([
      [2, 'role'],
      [3, 'role'],
    ]);

    const headNow = (await as(head, 'GET', `/api/staff/${head.staffId}`)).json();
    expect(headNow).toMatchObject({ lastName: 'head', email: head.email, jobTitle: null });
    const dslNow = (await as(head, 'GET', `/api/staff/${dsl.staffId}`)).json();
    expect(dslNow).toMatchObject({ lastName: 'dsl', email: dsl.email });

    // The teacher's sign-in moved with their email, as a single edit would move it, and they sign in again.
    expect((await usersRepository.findById(t.ctx.db, teacher.userId))!.email).toBe('new.teacher@school.example');
    expect((await as(teacher, 'GET', '/api/auth/me')).statusCode).toBe(401);

    const entry = (await as(head, 'GET', '/api/audit?action=staff.imported')).json().items[0];
    expect(entry.details.changes).toEqual([
      {
        id: teacher.staffId,
        changes: {
          lastName: { from: 'staff', to: 'Teacher-Smith' },
          email: { from: teacher.email, to: 'new.teacher@school.example' },
          jobTitle: { from: null, to: 'Year 4 teacher' },
        },
      },
    ]);
  });

  it('names the MIS id when an edit would take one another record holds', async () => {
    const other = await createPerson(t, school, 'staff');
    const res = await as(head, 'PATCH', `/api/staff/${other.staffId}`, { misId: 'T1' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ field: 'misId' })]);
  });
});
