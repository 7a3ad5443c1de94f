// Training as the published policy shapes it (people.training): who must keep it in date, whether a newcomer needs
// it from their first day, which expiries the morning job follows, and an expiry that moves with a corrected date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsRepository, staffRepository, trainingRepository } from '@schoolgate/db';
import type { TrainingOverviewItem, TrainingOverviewResponse } from '@schoolgate/contracts';
import type { TrainingSettings } from '@schoolgate/domain';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';
import { run as runTrainingExpiry } from '../jobs/training-expiry.job.ts';

// 1 March 2026, midday in London. Staff records made by the tests without a date of their own are newer than this
// (the database's clock), so they count as joining today.
const NOW = new Date('2026-03-01T12:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterAll(async () => t?.close());

const as = (p: Person, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: p.headers, payload });

/** A school whose version in force sets `training`, with a head, a teacher, an account administrator and a DSL. */
async function schoolTraining(training: Partial<TrainingSettings>) {
  const school = await createSchool(t);
  const people = {
    head: await createPerson(t, school, 'head'),
    teacher: await createPerson(t, school, 'staff', { passwordHash: 'hash' }),
    runner: await createPerson(t, school, 'account_admin', { passwordHash: 'hash' }),
    dsl: await createPerson(t, school, 'dsl', { passwordHash: 'hash' }),
  };
  await publishTestVersion(t.ctx.db, school, {
    edit: (settings) => {
      Object.assign(settings.people.training, training);
      if (settings.people.training.required === 'none') settings.accounts.runnersMustHaveTraining = false;
    },
  });
  return { school, ...people };
}

const overview = async (head: Person) => {
  const body = (await as(head, 'GET', '/api/training')).json<TrainingOverviewResponse>();
  return { ...body, of: (p: { staffId: string }) => body.items.find((i) => i.staffId === p.staffId)! };
};
const pick = ({ required, outOfDate }: TrainingOverviewItem) => ({ required, outOfDate });

describe('a policy that asks only the staff who run accounts to be trained', () => {
  let s: Awaited<ReturnType<typeof schoolTraining>>;
  beforeAll(async () => {
    s = await schoolTraining({ required: 'runners', atInduction: true });
  });

  it('marks out of date only the account administrator, and the DSL for want of DSL training', async () => {
    const o = await overview(s.head);
    expect(o.scope).toBe('runners');
    expect(pick(o.of(s.teacher))).toEqual({ required: false, outOfDate: false });
    expect(pick(o.of(s.head))).toEqual({ required: false, outOfDate: false });
    expect(pick(o.of(s.runner))).toEqual({ required: true, outOfDate: true });
    expect(pick(o.of(s.dsl))).toEqual({ required: false, outOfDate: true });
    expect(o.outOfDate).toBe(2);
  });

  it('tells a teacher their own training is not asked for', async () => {
    expect((await as(s.teacher, 'GET', '/api/training/me')).json()).toMatchObject({ required: false });
    expect((await as(s.runner, 'GET', '/api/training/me')).json()).toMatchObject({ required: true });
  });

  it('reminds only those out of date under the policy', async () => {
    expect((await as(s.head, 'POST', '/api/training/remind')).json()).toMatchObject({ reminded: 2, outstanding: 2 });
    const inbox = async (p: Person) => (await notificationsRepository.listForUser(t.ctx.db, p.userId)).items;
    expect(await inbox(s.runner)).toHaveLength(1);
    expect(await inbox(s.teacher)).toEqual([]);
  });

  it('follows the expiry of training the policy asks for, and of DSL training, but not of anyone else’s', async () => {
    const add = (p: Person, kind: string) =>
      trainingRepository.insert(t.ctx.db, {
        schoolId: s.school.id,
        staffId: p.staffId,
        kind,
        completedOn: '2025-03-20',
        expiresOn: '2026-03-20',
      });
    await add(s.teacher, 'induction');
    await add(s.runner, 'induction');
    await add(s.dsl, 'dsl');
    await runTrainingExpiry(t.ctx, NOW);
    const expiring = (await notificationsRepository.listForUser(t.ctx.db, s.head.userId)).items
      .filter((n) => n.kind === 'training.expiring')
      .map((n) => n.title)
      .sort();
    expect(expiring).toEqual([
      "Test account_admin's induction training expires on 20 March 2026",
      "Test dsl's DSL training expires on 20 March 2026",
    ]);
  });
});

describe('a policy that asks no training', () => {
  it('marks nobody out of date for policy training', async () => {
    const s = await schoolTraining({ required: 'none', atInduction: false });
    const o = await overview(s.head);
    expect(o.items.filter((i) => i.required)).toEqual([]);
    expect(o.items.filter((i) => i.outOfDate).map((i) => i.staffId)).toEqual([s.dsl.staffId]);
  });
});

describe('when the policy trains at induction or not', () => {
  it('at induction: a newcomer with nothing recorded is out of date from their first day', async () => {
    const s = await schoolTraining({ required: 'all_staff', atInduction: true, validityMonths: 12 });
    expect(pick((await overview(s.head)).of(s.teacher))).toEqual({ required: true, outOfDate: true });
  });

  it('not at induction: a newcomer has one validity period for their first training', async () => {
    const s = await schoolTraining({ required: 'all_staff', atInduction: false, validityMonths: 12 });
    const longServing = await staffRepository.insert(t.ctx.db, {
      trustId: s.school.trustId,
      schoolId: s.school.id,
      firstName: 'Long',
      lastName: 'Serving',
      role: 'staff',
      createdAt: new Date('2024-09-01T08:00:00Z'),
    });
    const o = await overview(s.head);
    expect(pick(o.of(s.teacher))).toEqual({ required: true, outOfDate: false });
    expect(o.of(s.teacher).status).toBe('none');
    expect(pick(o.of({ staffId: longServing.id }))).toEqual({ required: true, outOfDate: true });
  });
});

describe('correcting the date a course was completed', () => {
  let s: Awaited<ReturnType<typeof schoolTraining>>;
  beforeAll(async () => {
    s = await schoolTraining({ required: 'all_staff', validityMonths: 24 });
  });

  it('moves a default expiry with the corrected date', async () => {
    const recorded = (
      await as(s.head, 'POST', '/api/training/records', {
        staffId: s.teacher.staffId,
        kind: 'induction',
        completedOn: '2025-01-20',
      })
    ).json();
    expect(recorded.expiresOn).toBe('2027-01-20');
    const res = await as(s.head, 'PATCH', `/api/training/records/${recorded.id}`, { completedOn: '2025-09-03' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ completedOn: '2025-09-03', expiresOn: '2027-09-03', status: 'valid' });
    const audit = (await as(s.head, 'GET', '/api/audit?action=training.updated')).json().items;
    expect(audit[0].details.changed).toEqual(['completedOn', 'expiresOn']);
  });

  it('keeps an expiry typed from a certificate', async () => {
    const recorded = (
      await as(s.head, 'POST', '/api/training/records', {
        staffId: s.runner.staffId,
        kind: 'induction',
        completedOn: '2025-01-20',
        expiresOn: '2026-12-31',
      })
    ).json();
    const res = await as(s.head, 'PATCH', `/api/training/records/${recorded.id}`, { completedOn: '2025-02-03' });
    expect(res.json()).toMatchObject({ completedOn: '2025-02-03', expiresOn: '2026-12-31' });
  });
});
