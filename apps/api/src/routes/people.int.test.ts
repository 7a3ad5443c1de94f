// People as the school office meets them: add, edit, deactivate, import from the MIS, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createSchool, createTestApp, csvOf, type Person, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let school: { id: string; trustId: string };
let head: Person;
let slt: Person;

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t);
  head = await createPerson(t, school, 'head');
  slt = await createPerson(t, school, 'slt');
});
afterAll(async () => t?.close());

const as = (p: Person, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: p.headers, payload });

const PUPILS_HEADER = ['UPN', 'Legal Forename', 'Legal Surname', 'Year', 'Reg Group'];

describe('pupil import', () => {
  it('keeps the good rows and reports the bad one with its line number', async () => {
    const csv = csvOf([
      PUPILS_HEADER,
      ['K100000000001', 'Amira', 'Khan', 'Year 3', '3K'],
      ['K100000000002', 'Jack', 'Evans', 'Year 15', '3K'],
      ['K100000000003', 'Zofia', 'Nowak', 'Reception', 'Oak'],
    ]);
    const res = await as(head, 'POST', '/api/people/import', { kind: 'pupils', csv });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(body.errors).toEqual([expect.objectContaining({ line: 3, field: 'yearGroup' })]);
    const list = (await as(head, 'GET', '/api/pupils?search=Khan')).json();
    expect(list.items).toEqual([expect.objectContaining({ firstName: 'Amira', yearGroup: '3', className: '3K' })]);
  });

  it('updates by MIS id on re-import, without duplicates', async () => {
    const csv = csvOf([
      PUPILS_HEADER,
      ['K100000000001', 'Amira', 'Khan', 'Year 4', '4K'],
      ['K100000000003', 'Zofia', 'Nowak', 'Reception', 'Oak'],
    ]);
    const body = (await as(head, 'POST', '/api/people/import', { kind: 'pupils', csv })).json();
    expect(body).toMatchObject({ created: 0, updated: 1, unchanged: 1, errors: [] });
    const list = (await as(head, 'GET', '/api/pupils')).json();
    expect(list.total).toBe(2);
    expect(list.yearGroups).toEqual([
      { yearGroup: 'R', count: 1 },
      { yearGroup: '4', count: 1 },
    ]);
  });

  it('explains a file with the wrong columns instead of failing', async () => {
    const body = (
      await as(head, 'POST', '/api/people/import', { kind: 'pupils', csv: 'Name,Colour\nAmira,Blue' })
    ).json();
    expect(body.created).toBe(0);
    expect(body.errors[0]).toMatchObject({ line: 1 });
  });

  it('records the import in the audit log with every record it created', async () => {
    const entries = (await as(head, 'GET', '/api/audit?action=pupils.imported')).json().items;
    expect(entries).toHaveLength(2);
    expect(entries[1].details).toMatchObject({ created: expect.any(Array), rejectedRows: 1 });
    expect(entries[1].details.created).toHaveLength(2);
  });
});

describe('staff', () => {
  it('adds, edits and deactivates a member of staff, each step audited', async () => {
    const created = await as(head, 'POST', '/api/staff', {
      firstName: 'Priya',
      lastName: 'Shah',
      email: 'P.Shah@School.example',
      role: 'account_admin',
      initialPassword: 'a perfectly long password',
    });
    expect(created.statusCode).toBe(201);
    const priya = created.json();
    expect(priya).toMatchObject({ email: 'p.shah@school.example', role: 'account_admin', canSignIn: true });
    const edited = (await as(head, 'PATCH', `/api/staff/${priya.id}`, { jobTitle: 'Office manager' })).json();
    expect(edited.jobTitle).toBe('Office manager');
    expect((await as(head, 'POST', `/api/staff/${priya.id}/deactivate`)).json()).toMatchObject({ status: 'inactive' });
    const actions = (await as(head, 'GET', '/api/audit'))
      .json()
      .items.filter((e: { entityId: string }) => e.entityId === priya.id);
    expect(actions.map((e: { action: string }) => e.action)).toEqual([
      'staff.deactivated',
      'staff.updated',
      'staff.created',
    ]);
    expect(actions[1].details.changes).toEqual({ jobTitle: { from: null, to: 'Office manager' } });
    expect((await as(head, 'POST', '/api/audit/verify')).json()).toMatchObject({ intact: true, firstBroken: null });
  });

  it('refuses a short first password and names the field', async () => {
    const res = await as(head, 'POST', '/api/staff', {
      firstName: 'A',
      lastName: 'B',
      email: 'ab@school.example',
      initialPassword: 'short',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ field: 'initialPassword' })]);
  });

  it('does not let a senior leader appoint a DSL', async () => {
    const res = await as(slt, 'POST', '/api/staff', { firstName: 'Dee', lastName: 'Esel', role: 'dsl' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.fields[0].field).toBe('role');
  });

  it('imports staff, matching on re-import by staff id and never changing a role', async () => {
    const csv = csvOf([
      ['Staff ID', 'Forename', 'Surname', 'Email', 'Job Title', 'Schoolgate Role'],
      ['T001', 'Owen', 'Price', 'o.price@school.example', 'Class teacher', 'Staff'],
      ['T002', 'Mei', 'Chen', 'm.chen@school.example', 'SENCo', 'Senior Leadership'],
    ]);
    expect((await as(head, 'POST', '/api/people/import', { kind: 'staff', csv })).json()).toMatchObject({
      created: 2,
      errors: [],
    });
    const again = csv.replace('Class teacher', 'Year 2 teacher').replace('Senior Leadership', 'Staff');
    expect((await as(head, 'POST', '/api/people/import', { kind: 'staff', csv: again })).json()).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    const mei = (await as(head, 'GET', '/api/staff?search=Chen')).json().items[0];
    expect(mei.role).toBe('slt');
  });
});

describe('review fixes: who may change whom', () => {
  it("refuses to link a new staff record to another trust's sign-in", async () => {
    const elsewhere = await createSchool(t, 'Elsewhere School');
    const theirAdmin = await createPerson(t, elsewhere, 'trust_admin');
    const res = await as(head, 'POST', '/api/staff', {
      firstName: 'Not',
      lastName: 'Ours',
      email: theirAdmin.email,
      role: 'staff',
      initialPassword: 'a perfectly long password',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields[0].field).toBe('email');
  });

  it("does not let a senior leader change the head's sign-in email", async () => {
    const res = await as(slt, 'PATCH', `/api/staff/${head.staffId}`, { email: 'taken.over@example.test' });
    expect(res.statusCode).toBe(403);
  });

  it('answers a duplicate MIS id with a conflict, not a crash', async () => {
    await as(head, 'POST', '/api/staff', { firstName: 'First', lastName: 'Holder', misId: 'DUP-1' });
    const res = await as(head, 'POST', '/api/staff', { firstName: 'Second', lastName: 'Holder', misId: 'DUP-1' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
  });
});
