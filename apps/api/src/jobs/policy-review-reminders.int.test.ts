// Review reminders reach the head and governors at two months, one month, one week and on the day, once each,
// whatever day the job happens to run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsRepository, policyVersionsRepository } from '@schoolgate/db';
import { policySettingsFromTemplate } from '@schoolgate/domain';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { run } from './policy-review-reminders.job.ts';

let t: TestApp;
let head: Person;
let governor: Person;
let staff: Person;

const publish = async (school: { id: string }, reviewDue: string) =>
  policyVersionsRepository.insert(t.ctx.db, {
    schoolId: school.id,
    number: 1,
    status: 'published',
    settings: policySettingsFromTemplate('blank') as unknown as Record<string, unknown>,
    documentMarkdown: '# Policy\n',
    contentHash: '0'.repeat(64),
    approvedOn: '2026-03-10',
    reviewDue,
  });
const titles = async (person: Person) =>
  (await notificationsRepository.listForUser(t.ctx.db, person.userId)).items
    .filter((n) => n.kind === 'policy.review_due')
    .map((n) => n.title)
    .reverse();
// 07:00 on the London clock in winter, when the job is scheduled.
const on = (date: string) => new Date(`${date}T07:00:00Z`);

beforeAll(async () => {
  t = await createTestApp();
  const school = await createSchool(t);
  head = await createPerson(t, school, 'head');
  governor = await createPerson(t, school, 'governor');
  staff = await createPerson(t, school, 'staff');
  await publish(school, '2027-03-10');
});
afterAll(async () => t?.close());

describe('policy review reminders', () => {
  it('says nothing more than two months ahead', async () => {
    await run(t.ctx, on('2027-01-09'));
    expect(await titles(head)).toEqual([]);
  });

  it('reminds the head and governors two months ahead, once however often it runs', async () => {
    await run(t.ctx, on('2027-01-10'));
    await run(t.ctx, on('2027-01-10'));
    await run(t.ctx, on('2027-01-20'));
    expect(await titles(head)).toEqual(['The social media policy is due for review in two months']);
    expect(await titles(governor)).toEqual(['The social media policy is due for review in two months']);
    expect(await titles(staff)).toEqual([]);
  });

  it('reminds again at one month, one week and on the day', async () => {
    await run(t.ctx, on('2027-02-10'));
    await run(t.ctx, on('2027-03-03'));
    await run(t.ctx, on('2027-03-10'));
    await run(t.ctx, on('2027-03-11'));
    expect(await titles(governor)).toEqual([
      'The social media policy is due for review in two months',
      'The social media policy is due for review in one month',
      'The social media policy is due for review in one week',
      'The social media policy is due for review today',
    ]);
  });

  it('catches up with the latest stage after missed days, without sending the earlier ones', async () => {
    const other = await createSchool(t);
    const otherHead = await createPerson(t, other, 'head');
    await publish(other, '2027-05-20');
    await run(t.ctx, on('2027-05-15'));
    expect(await titles(otherHead)).toEqual(['The social media policy is due for review in one week']);
  });
});
