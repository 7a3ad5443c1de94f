// An edit that names no field the endpoint knows is refused with a 400 naming the body, instead of reaching the
// database as an update with nothing to set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let head: Person;
let teacher: Person;
let recordId: string;

beforeAll(async () => {
  t = await createTestApp();
  const school = await createSchool(t);
  head = await createPerson(t, school, 'head');
  teacher = await createPerson(t, school, 'staff');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/training/records',
    headers: head.headers,
    payload: { staffId: teacher.staffId, kind: 'induction', completedOn: '2026-02-10' },
  });
  recordId = res.json().id;
});
afterAll(async () => t?.close());

describe('an edit with nothing to change', () => {
  it.each([
    ['an empty body', {}],
    ['only unknown fields', { colour: 'blue', id: 'x' }],
  ])('PATCH of a training record with %s answers 400 naming the body', async (_name, payload) => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/training/records/${recordId}`,
      headers: head.headers,
      payload,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields[0].field).toBe('body');
  });

  it('PATCH of a staff record with only unknown fields answers 400 naming the body', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/staff/${teacher.staffId}`,
      headers: head.headers,
      payload: { colour: 'blue' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields[0].field).toBe('body');
  });
});
