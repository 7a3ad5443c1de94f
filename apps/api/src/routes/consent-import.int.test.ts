// Consent columns in the pupils import: what lands in the register, that a re-import adds nothing, and that a
// family's refusal or withdrawal recorded in Schoolgate survives a stale MIS file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentRegisterResponse, ImportResponse, PupilConsentResponse } from '@schoolgate/contracts';
import { createPerson, createSchool, createTestApp, csvOf, type Person, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let head: Person;
let dsl: Person;
const HEADERS = [
  'UPN',
  'Forename',
  'Surname',
  'Year',
  'Photo Consent Social Media',
  'Press Consent',
  'Website Consent',
];

beforeAll(async () => {
  t = await createTestApp({ now: () => new Date('2025-01-15T12:00:00Z') });
  const school = await createSchool(t);
  head = await createPerson(t, school, 'head');
  dsl = await createPerson(t, school, 'dsl');
});
afterAll(async () => t?.close());

const importPupils = async (rows: string[][], headers = HEADERS) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/people/import',
    headers: head.headers,
    payload: { kind: 'pupils', csv: csvOf([headers, ...rows]) },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ImportResponse;
};
const register = async () =>
  (await t.app.inject({ method: 'GET', url: '/api/consent', headers: head.headers })).json() as ConsentRegisterResponse;
const pupil = async (name: string) => (await register()).items.find((r) => r.firstName === name)!;
const history = async (name: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/consent/pupils/${(await pupil(name)).pupilId}`,
      headers: head.headers,
    })
  ).json() as PupilConsentResponse;

const FILE = [
  ['U1', 'Ada', 'Ng', '4', 'Yes', 'No', ''],
  ['U2', 'Bo', 'Ng', '4', 'Y', 'Granted', 'Withdrawn'],
];

describe('pupils import with consent columns', () => {
  it('fills the register from the file, dated the day of the import, leaving blank cells unrecorded', async () => {
    const result = await importPupils(FILE);
    expect(result).toMatchObject({ created: 2, errors: [] });
    const ada = await pupil('Ada');
    expect(ada.uses.social_media_photo).toEqual({ status: 'granted', decidedOn: '2025-01-15', expiresOn: null });
    expect(ada.uses.press.status).toBe('refused');
    expect(ada.uses.website.status).toBe('not_recorded');
    expect((await pupil('Bo')).uses.website.status).toBe('withdrawn');
    expect((await history('Ada')).history.every((h) => h.source === 'mis_import')).toBe(true);
  });

  it('adds nothing when the same file is imported again', async () => {
    const result = await importPupils(FILE);
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect((await history('Ada')).history).toHaveLength(2);
  });

  it('records a change in the file as a new decision and counts the pupil as updated', async () => {
    const result = await importPupils([FILE[0]!, ['U2', 'Bo', 'Ng', '4', 'Y', 'No', 'Withdrawn']]);
    expect(result).toMatchObject({ updated: 1, unchanged: 1 });
    expect((await pupil('Bo')).uses.press.status).toBe('refused');
    expect((await history('Bo')).history.filter((h) => h.use === 'press').map((h) => h.decision)).toEqual([
      'refused',
      'granted',
    ]);
  });

  it('keeps a withdrawal recorded by the office when a stale MIS file still says yes', async () => {
    const ada = await pupil('Ada');
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/consent/pupils/${ada.pupilId}/withdrawals`,
      headers: head.headers,
      payload: { uses: ['social_media_photo'], source: 'letter', decidedOn: '2025-01-15' },
    });
    expect(withdrawn.statusCode).toBe(200);
    const result = await importPupils(FILE);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 2, field: 'consent.social_media_photo' });
    expect(result.errors[0]?.reason).toContain('withdrawal');
    expect((await pupil('Ada')).uses.social_media_photo.status).toBe('withdrawn');
  });

  it('never takes a child off the do-not-publish list, even when the file has no such column', async () => {
    const bo = await pupil('Bo');
    await t.app.inject({
      method: 'POST',
      url: `/api/consent/pupils/${bo.pupilId}/restriction`,
      headers: dsl.headers,
      payload: { doNotPublish: true, reason: 'Looked-after child: placement confidential' },
    });
    await importPupils([['U2', 'Bo', 'Ng', '5']], ['UPN', 'Forename', 'Surname', 'Year']);
    expect(await pupil('Bo')).toMatchObject({ yearGroup: '5', doNotPublish: true });
  });
});
