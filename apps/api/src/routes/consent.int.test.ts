// The consent register and the do-not-publish list through the API: what an office manager, the DSL and the head
// each see and do, and what the audit trail keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository, chainFor, pupilsRepository } from '@schoolgate/db';
import type {
  ConsentRegisterResponse,
  PublicationRestrictionResponse,
  PupilConsentResponse,
} from '@schoolgate/contracts';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';

// 10 March 2025, mid-morning in London.
let now = new Date('2025-03-10T10:00:00Z');
let t: TestApp;
let school: { id: string; trustId: string };
let office: Person;
let dsl: Person;
let slt: Person;
const ids: Record<string, string> = {};

const REASON = 'Court order: do not publish images';

beforeAll(async () => {
  t = await createTestApp({ now: () => now });
  school = await createSchool(t);
  await pupilsRepository.insertMany(t.ctx.db, school.id, [
    {
      misId: 'U1',
      firstName: 'Amara',
      lastName: 'Bello',
      preferredName: null,
      yearGroup: '3',
      className: '3B',
      doNotPublish: false,
    },
    {
      misId: 'U2',
      firstName: 'Ben',
      lastName: 'Carter',
      preferredName: null,
      yearGroup: '5',
      className: '5A',
      doNotPublish: false,
    },
    {
      misId: 'U3',
      firstName: 'Chloe',
      lastName: 'Davies',
      preferredName: null,
      yearGroup: '3',
      className: '3B',
      doNotPublish: true,
    },
  ]);
  const { items } = await pupilsRepository.list(t.ctx.db, school.id, { page: 1, pageSize: 10 });
  for (const p of items) ids[p.firstName] = p.id;
  office = await createPerson(t, school, 'account_admin');
  dsl = await createPerson(t, school, 'dsl');
  slt = await createPerson(t, school, 'slt');
});
afterAll(async () => t?.close());

const get = async <T>(person: Person, url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: person.headers });
  return { status: res.statusCode, body: res.json() as T, raw: res.body };
};
const send = async <T>(person: Person, method: 'POST', url: string, payload: object) => {
  const res = await t.app.inject({ method, url, payload, headers: person.headers });
  return { status: res.statusCode, body: res.json() as T };
};
const register = (person: Person, query = '') => get<ConsentRegisterResponse>(person, `/api/consent${query}`);
const auditTrail = async () =>
  (await auditRepository.list(t.ctx.db, chainFor(school.trustId, school.id), { page: 1, pageSize: 100 })).items;
const rowOf = (body: ConsentRegisterResponse, name: string) => body.items.find((r) => r.firstName === name)!;

describe('consent register', () => {
  it('shows every use as not recorded before anyone has recorded consent', async () => {
    const { status, body } = await register(office);
    expect(status).toBe(200);
    expect(body.today).toBe('2025-03-10');
    expect(body.items.map((r) => r.firstName)).toEqual(['Amara', 'Ben', 'Chloe']);
    expect(rowOf(body, 'Amara').uses.social_media_photo.status).toBe('not_recorded');
    expect(body.yearGroups).toEqual(['3', '5']);
  });

  it('records a consent form for several uses at once and shows it in the register', async () => {
    const res = await send<PupilConsentResponse>(office, 'POST', `/api/consent/pupils/${ids.Amara}/decisions`, {
      uses: ['social_media_photo', 'website', 'displays'],
      decision: 'granted',
      source: 'consent_form',
      decidedOn: '2024-09-04',
      expiresOn: '2025-08-31',
      note: 'Annual form returned',
    });
    expect(res.status).toBe(200);
    expect(res.body.uses.social_media_photo).toEqual({
      status: 'granted',
      decidedOn: '2024-09-04',
      expiresOn: '2025-08-31',
    });
    expect(res.body.uses.press.status).toBe('not_recorded');
    expect(res.body.history).toHaveLength(3);
    expect(res.body.history[0]).toMatchObject({ source: 'consent_form', recordedBy: 'Test account_admin' });

    const { body } = await register(office, '?missingFor=social_media_photo');
    expect(body.items.map((r) => r.firstName)).toEqual(['Ben', 'Chloe']);
  });

  it('withdraws photo consent: the register changes and the history keeps both decisions, newest first', async () => {
    const res = await send<PupilConsentResponse>(office, 'POST', `/api/consent/pupils/${ids.Amara}/withdrawals`, {
      uses: ['social_media_photo'],
      source: 'email',
      decidedOn: '2025-03-10',
      note: 'Parent emailed the office',
    });
    expect(res.status).toBe(200);
    expect(res.body.uses.social_media_photo.status).toBe('withdrawn');
    expect(res.body.uses.website.status).toBe('granted');
    const photo = res.body.history.filter((h) => h.use === 'social_media_photo').map((h) => h.decision);
    expect(photo).toEqual(['withdrawn', 'granted']);

    const { body } = await register(slt);
    expect(rowOf(body, 'Amara').uses.social_media_photo.status).toBe('withdrawn');
    const audit = await auditTrail();
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['consent.recorded', 'consent.withdrawn']));
  });

  it('refuses to withdraw what was never granted, and to date a decision in the future', async () => {
    const withdraw = await send<{ error: { fields: Array<{ field: string }> } }>(
      office,
      'POST',
      `/api/consent/pupils/${ids.Ben}/withdrawals`,
      { uses: ['press'], source: 'phone', decidedOn: '2025-03-10' },
    );
    expect(withdraw.status).toBe(400);
    expect(withdraw.body.error.fields[0]?.field).toBe('uses');
    const future = await send<{ error: { fields: Array<{ field: string }> } }>(
      office,
      'POST',
      `/api/consent/pupils/${ids.Ben}/decisions`,
      { uses: ['press'], decision: 'granted', source: 'letter', decidedOn: '2025-03-11' },
    );
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0]?.field).toBe('decidedOn');
  });

  it('shows a grant as expired the day after its expiry date, and lists it as missing', async () => {
    now = new Date('2025-09-01T08:00:00Z');
    try {
      const { body } = await register(office, '?missingFor=website&yearGroup=3');
      expect(rowOf(body, 'Amara').uses.website).toMatchObject({ status: 'expired', expiresOn: '2025-08-31' });
      expect(body.items.map((r) => r.firstName)).toEqual(['Amara', 'Chloe']);
    } finally {
      now = new Date('2025-03-10T10:00:00Z');
    }
  });

  it('finds pupils by name and keeps other schools out', async () => {
    const { body } = await register(office, '?search=cart');
    expect(body.items.map((r) => r.firstName)).toEqual(['Ben']);
    const other = await createSchool(t);
    const stranger = await createPerson(t, other, 'head');
    expect((await get(stranger, `/api/consent/pupils/${ids.Amara}`)).status).toBe(404);
    expect((await register(stranger)).body.items).toEqual([]);
  });
});

describe('do-not-publish list', () => {
  it('shows the flag to everyone who reads the register but never the reason', async () => {
    await send(dsl, 'POST', `/api/consent/pupils/${ids.Chloe}/restriction`, { doNotPublish: true, reason: REASON });
    const { body, raw } = await register(office);
    expect(rowOf(body, 'Chloe').doNotPublish).toBe(true);
    expect(raw).not.toContain('Court order');
    expect((await get(office, `/api/consent/pupils/${ids.Chloe}`)).raw).not.toContain('Court order');
    expect((await get(slt, `/api/consent/pupils/${ids.Chloe}/restriction`)).status).toBe(403);
  });

  it('shows the reason to the DSL and records the view in the audit trail', async () => {
    const { status, body } = await get<PublicationRestrictionResponse>(
      dsl,
      `/api/consent/pupils/${ids.Chloe}/restriction`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ doNotPublish: true, reason: REASON, setBy: 'Test dsl' });
    const audit = await auditTrail();
    const viewed = audit.find((e) => e.action === 'restriction.viewed');
    expect(viewed).toMatchObject({ actorUserId: dsl.userId, entityId: ids.Chloe });
    // The trail says the flag changed, never why: the head and the trust read it, and the trust may not see reasons.
    expect(JSON.stringify(audit)).not.toContain('Court order');
  });

  it('puts a pupil on the list and takes them off, with a reason each time', async () => {
    const on = await send<PublicationRestrictionResponse>(dsl, 'POST', `/api/consent/pupils/${ids.Ben}/restriction`, {
      doNotPublish: true,
      reason: 'Looked-after child: placement confidential',
    });
    expect(on.status).toBe(200);
    expect((await pupilsRepository.findInSchool(t.ctx.db, school.id, ids.Ben!))?.doNotPublish).toBe(true);
    const off = await send<PublicationRestrictionResponse>(dsl, 'POST', `/api/consent/pupils/${ids.Ben}/restriction`, {
      doNotPublish: false,
      reason: 'Placement ended; social worker confirmed',
    });
    expect(off.body).toMatchObject({ doNotPublish: false, reason: 'Placement ended; social worker confirmed' });
    expect((await pupilsRepository.findInSchool(t.ctx.db, school.id, ids.Ben!))?.doNotPublish).toBe(false);
    const blank = await send(dsl, 'POST', `/api/consent/pupils/${ids.Ben}/restriction`, {
      doNotPublish: true,
      reason: ' ',
    });
    expect(blank.status).toBe(400);
  });
});
