// The consent expiry warning: the head and account administrators hear, 14 days ahead, how many pupils' consent is
// about to lapse; once a day per school, whatever the job's schedule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentRepository, notificationsRepository, pupilsRepository } from '@schoolgate/db';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { run } from './consent-expiry.job.ts';

let t: TestApp;
let head: Person;
let office: Person;
let dsl: Person;

const titles = async (person: Person) =>
  (await notificationsRepository.listForUser(t.ctx.db, person.userId)).items
    .filter((n) => n.kind === 'consent.expiring')
    .map((n) => n.title)
    .reverse();
const on = (date: string) => new Date(`${date}T06:00:00Z`);

beforeAll(async () => {
  t = await createTestApp();
  const school = await createSchool(t);
  head = await createPerson(t, school, 'head');
  office = await createPerson(t, school, 'account_admin');
  dsl = await createPerson(t, school, 'dsl');
  await pupilsRepository.insertMany(t.ctx.db, school.id, [
    {
      misId: 'A',
      firstName: 'Ann',
      lastName: 'Lee',
      preferredName: null,
      yearGroup: '2',
      className: null,
      doNotPublish: false,
    },
    {
      misId: 'B',
      firstName: 'Bill',
      lastName: 'Lee',
      preferredName: null,
      yearGroup: '2',
      className: null,
      doNotPublish: false,
    },
  ]);
  const { items } = await pupilsRepository.list(t.ctx.db, school.id, { page: 1, pageSize: 10 });
  const grant = (pupilId: string, use: string, expiresOn: string, at: number) => ({
    schoolId: school.id,
    pupilId,
    use,
    decision: 'granted',
    source: 'consent_form',
    decidedOn: '2024-09-03',
    expiresOn,
    recordedAt: new Date(Date.UTC(2024, 8, 3, 9, 0, at)),
  });
  const [ann, bill] = [items.find((p) => p.firstName === 'Ann')!, items.find((p) => p.firstName === 'Bill')!];
  await consentRepository.insertMany(t.ctx.db, [
    grant(ann.id, 'social_media_photo', '2025-08-31', 1),
    grant(ann.id, 'website', '2025-08-31', 2),
    grant(bill.id, 'social_media_photo', '2025-08-31', 3),
    // Bill's website consent was renewed for next year, so it is not about to lapse.
    grant(bill.id, 'website', '2025-08-31', 4),
    grant(bill.id, 'website', '2026-08-31', 5),
  ]);
});
afterAll(async () => t?.close());

describe('consent expiry warning', () => {
  it('says nothing more than 14 days before', async () => {
    await run(t.ctx, on('2025-08-16'));
    expect(await titles(head)).toEqual([]);
  });

  it('tells the head and account administrators 14 days before, once a day however often it runs', async () => {
    await run(t.ctx, on('2025-08-17'));
    await run(t.ctx, on('2025-08-17'));
    const expected = ['Consent for 2 pupils runs out within 14 days'];
    expect(await titles(head)).toEqual(expected);
    expect(await titles(office)).toEqual(expected);
    expect(await titles(dsl)).toEqual([]);
    const [note] = (await notificationsRepository.listForUser(t.ctx.db, head.userId)).items;
    expect(note?.body).toContain('3 consents for 2 pupils will expire by 2025-08-31');
    expect(note?.link).toBe('/people/consent');
  });

  it('reminds again the next day, and stops once the consents have lapsed', async () => {
    await run(t.ctx, on('2025-08-18'));
    expect(await titles(head)).toHaveLength(2);
    await run(t.ctx, on('2025-09-01'));
    expect(await titles(head)).toHaveLength(2);
  });
});
