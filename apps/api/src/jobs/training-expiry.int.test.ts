// The training expiry reminders, run for chosen days: 30 days before, on the day, once each, never for a
// certificate already replaced by a newer one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsRepository, staffRepository, trainingRepository } from '@schoolgate/db';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { run } from './training-expiry.job.ts';

let t: TestApp;
let school: { id: string; trustId: string };
let head: Person;
let teacher: Person;
let noSignIn: { id: string };

const at = (date: string) => new Date(`${date}T07:15:00Z`);
const titles = async (p: Person) =>
  (await notificationsRepository.listForUser(t.ctx.db, p.userId)).items.map((n) => n.title).sort();

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t);
  head = await createPerson(t, school, 'head');
  teacher = await createPerson(t, school, 'staff', { passwordHash: 'hash' });
  noSignIn = await staffRepository.insert(t.ctx.db, {
    trustId: school.trustId,
    schoolId: school.id,
    firstName: 'Pat',
    lastName: 'Paper',
    role: 'staff',
  });
  const add = (staffId: string, kind: string, completedOn: string, expiresOn: string) =>
    trainingRepository.insert(t.ctx.db, { schoolId: school.id, staffId, kind, completedOn, expiresOn });
  await add(teacher.staffId, 'induction', '2024-03-31', '2025-03-31');
  await add(noSignIn.id, 'dsl', '2023-03-31', '2025-03-31');
  // An old induction replaced by a refresher that runs longer: nothing to say about it.
  await add(head.staffId, 'induction', '2024-03-31', '2025-03-31');
  await add(head.staffId, 'refresher', '2025-02-01', '2026-02-01');
});
afterAll(async () => t?.close());

describe('training expiry reminders', () => {
  it('says nothing more than 30 days ahead', async () => {
    await run(t.ctx, at('2025-02-27'));
    expect(await titles(head)).toEqual([]);
  });

  it('tells the head and the person (if they can sign in) 30 days before, once', async () => {
    await run(t.ctx, at('2025-03-01'));
    await run(t.ctx, at('2025-03-02'));
    expect(await titles(head)).toEqual([
      "Pat Paper's DSL training expires on 31 March 2025",
      "Test staff's induction training expires on 31 March 2025",
    ]);
    expect(await titles(teacher)).toEqual(['Your induction training expires on 31 March 2025']);
  });

  it('tells them again on the day it expires, and catches up a missed day', async () => {
    await run(t.ctx, at('2025-04-02'));
    await run(t.ctx, at('2025-04-03'));
    expect(await titles(teacher)).toEqual([
      'Your induction training expires on 31 March 2025',
      'Your induction training has expired',
    ]);
    expect((await titles(head)).filter((title) => title.endsWith('has expired'))).toHaveLength(2);
  });

  it('stays quiet about a certificate already replaced by a newer one', async () => {
    expect((await titles(head)).some((title) => title.startsWith('Test head'))).toBe(false);
  });
});
