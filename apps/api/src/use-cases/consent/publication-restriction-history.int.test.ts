// The do-not-publish list keeps every reason: a change of reason, or taking a pupil off the list, no longer wipes
// out why they were on it. The head and the DSL team see the whole history when they ask for the reason (one audited
// view); everyone else sees neither the reason nor its history, and the audit trail never holds a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { auditRepository, chainFor, pupilsRepository } from '@schoolgate/db';
import { API, type PublicationRestrictionResponse } from '@schoolgate/contracts';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../../testing/test-app.ts';

let now = new Date('2025-03-10T10:00:00Z');
let t: TestApp;
let school: { id: string; trustId: string };
let pupilId: string;
let dsl: Person;
let head: Person;
let deputy: Person;
let office: Person;
let slt: Person;

const FIRST = 'Court order: no images while proceedings continue';
const SECOND = 'Court order extended to the end of the school year';
const THIRD = 'Order discharged; social worker confirmed in writing';

beforeAll(async () => {
  t = await createTestApp({ now: () => now });
  school = await createSchool(t);
  await pupilsRepository.insertMany(t.ctx.db, school.id, [
    {
      misId: 'R1',
      firstName: 'Łucja',
      lastName: 'Nowak',
      preferredName: null,
      yearGroup: '4',
      className: '4N',
      doNotPublish: false,
    },
  ]);
  const { items } = await pupilsRepository.list(t.ctx.db, school.id, { page: 1, pageSize: 10 });
  pupilId = items[0]!.id;
  dsl = await createPerson(t, school, 'dsl');
  head = await createPerson(t, school, 'head');
  deputy = await createPerson(t, school, 'deputy_dsl');
  office = await createPerson(t, school, 'account_admin');
  slt = await createPerson(t, school, 'slt');
});
afterAll(async () => t?.close());

const change = async (person: Person, doNotPublish: boolean, reason: string, at: string) => {
  now = new Date(at);
  const res = await t.app.inject({
    method: 'POST',
    url: API.pupilRestriction(pupilId),
    headers: person.headers,
    payload: { doNotPublish, reason },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res;
};
const view = (person: Person) =>
  t.app.inject({ method: 'GET', url: API.pupilRestriction(pupilId), headers: person.headers });
const auditTrail = async () =>
  (await auditRepository.list(t.ctx.db, chainFor(school.trustId, school.id), { page: 1, pageSize: 100 })).items;

describe('the history of do-not-publish reasons', () => {
  it('keeps every reason given, newest first, with who gave it and when', async () => {
    await change(dsl, true, FIRST, '2025-03-10T10:00:00Z');
    await change(head, true, SECOND, '2025-06-02T09:30:00Z');
    const last = await change(dsl, false, THIRD, '2025-09-01T08:15:00Z');
    // The answer to a change holds the reason just given, not the earlier ones: those are shown by the audited view.
    expect(last.body).not.toContain(FIRST);
    expect((last.json() as PublicationRestrictionResponse).history).toBeUndefined();

    now = new Date('2025-09-02T12:00:00Z');
    const res = await view(dsl);
    expect(res.statusCode).toBe(200);
    const body = res.json() as PublicationRestrictionResponse;
    expect(body).toMatchObject({ doNotPublish: false, reason: THIRD, setBy: 'Test dsl' });
    expect(body.history).toEqual([
      { doNotPublish: false, reason: THIRD, setBy: 'Test dsl', setAt: '2025-09-01T08:15:00.000Z' },
      { doNotPublish: true, reason: SECOND, setBy: 'Test head', setAt: '2025-06-02T09:30:00.000Z' },
      { doNotPublish: true, reason: FIRST, setBy: 'Test dsl', setAt: '2025-03-10T10:00:00.000Z' },
    ]);
  });

  it('shows the history to the head and the deputy DSL too, each view audited without the reasons', async () => {
    const before = (await auditTrail()).filter((e) => e.action === 'restriction.viewed').length;
    for (const person of [head, deputy]) {
      const body = (await view(person)).json() as PublicationRestrictionResponse;
      expect(body.history?.map((c) => c.reason)).toEqual([THIRD, SECOND, FIRST]);
    }
    const audit = await auditTrail();
    const views = audit.filter((e) => e.action === 'restriction.viewed');
    expect(views).toHaveLength(before + 2);
    expect(views[0]).toMatchObject({ entityId: pupilId, details: { restrictedRecord: true, reasonsShown: 3 } });
    const trail = JSON.stringify(audit);
    for (const reason of [FIRST, SECOND, THIRD]) expect(trail).not.toContain(reason);
  });

  it('hides the reasons and their history from everyone else, and from other schools', async () => {
    for (const person of [office, slt]) expect((await view(person)).statusCode).toBe(403);
    const pupilPage = await t.app.inject({
      method: 'GET',
      url: `/api/consent/pupils/${pupilId}`,
      headers: office.headers,
    });
    expect(pupilPage.statusCode).toBe(200);
    for (const reason of [FIRST, SECOND, THIRD]) expect(pupilPage.body).not.toContain(reason);
    const otherHead = await createPerson(t, await createSchool(t), 'head');
    expect((await view(otherHead)).statusCode).toBe(404);
  });

  it('is append-only in the database itself', async () => {
    await expect(
      t.ctx.db.execute(sql`update publication_restriction_history set reason = 'rewritten'`),
    ).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`delete from publication_restriction_history`)).rejects.toThrow();
    const body = (await view(dsl)).json() as PublicationRestrictionResponse;
    expect(body.history).toHaveLength(3);
  });
});
