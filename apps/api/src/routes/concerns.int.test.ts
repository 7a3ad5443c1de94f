// Concerns end to end through the API: raising with a screenshot, who is told and with what words, who may open it
// (and only after a fresh second-factor check), the chronology, closing, the export, the allegations route, moderation
// in one step and the parents' public form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as OTPAuth from 'otpauth';
import { unzipSync, strFromU8 } from 'fflate';
import { createHash } from 'node:crypto';
import {
  auditRepository,
  chainFor,
  concernsRepository,
  notificationsRepository,
  staffRepository,
} from '@schoolgate/db';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { aComment, secondFactorFor, TINY_PNG } from '../testing/concern-fixtures.ts';
import { passwordHasher } from '../security/password-hasher.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';

let t: TestApp;
let school: { id: string; trustId: string };
let teacher: Person;
let dsl: Person;
let deputy: Person;
let head: Person;
let otherStaff: Person;
let chair: Person;
let office: Person;
let governor: Person;

const SECRET = 'JBSWY3DPEHPK3PXP';
let step = 0;
// A fresh code each time: the server accepts a step once, and this step or the next.
const code = () =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(SECRET) }).generate({
    timestamp: Date.now() + (step++ % 2) * 30_000,
  });

// A code of a given secret, this step or the next (each is accepted once).
const totpAt = (secret: string, stepsAhead: number) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });
const cookieFrom = (res: { cookies: Array<{ name: string; value: string }> }) =>
  `${SESSION_COOKIE}=${res.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? ''}`;

const raise = (who: Person, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/concerns', headers: who.headers, payload });
const open = (who: Person, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/concerns/${id}`, headers: who.headers });
const notificationsOf = async (who: Person) => (await notificationsRepository.listForUser(t.ctx.db, who.userId)).items;
const listOf = async (who: Person, status = 'all') =>
  t.app.inject({ method: 'GET', url: `/api/concerns?status=${status}`, headers: who.headers });
const toldOf = async (who: Person, id: string) =>
  (await notificationsOf(who)).some((n) => n.link === `/concerns/${id}`);

const FRIEND_REQUEST = {
  type: 'pupil_contact',
  urgency: 'urgent',
  whatHappened: 'Jamie in Year 8 sent me a friend request on Instagram last night.',
  happenedAt: new Date(Date.now() - 3_600_000).toISOString(),
  people: [{ kind: 'other', name: 'Jamie (Year 8)' }],
  files: [{ fileName: 'screenshot.png', base64: TINY_PNG.toString('base64') }],
};

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t);
  teacher = await createPerson(t, school, 'staff');
  dsl = await createPerson(t, school, 'dsl');
  deputy = await createPerson(t, school, 'deputy_dsl');
  head = await createPerson(t, school, 'head');
  otherStaff = await createPerson(t, school, 'staff');
  chair = await createPerson(t, school, 'governor');
  await staffRepository.update(t.ctx.db, school.id, chair.staffId, { jobTitle: 'Chair of Governors' });
  office = await createPerson(t, school, 'account_admin');
  governor = await createPerson(t, school, 'governor');
  for (const p of [dsl, deputy, head, chair, office, governor]) await secondFactorFor(t, p.userId, new Date());
});
afterAll(async () => t?.close());

describe('raising a concern', () => {
  it('saves it with its screenshot, tells the DSL team that there is a new urgent concern and nothing more', async () => {
    const res = await raise(teacher, FRIEND_REQUEST);
    expect(res.statusCode, res.body).toBe(201);
    const { id, reference } = res.json();
    expect(reference).toMatch(/^C-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    for (const who of [dsl, deputy]) {
      const note = (await notificationsOf(who)).find((n) => n.link === `/concerns/${id}`);
      expect(note?.title).toBe('URGENT: a new concern');
      expect(`${note?.title} ${note?.body}`).not.toMatch(/Jamie|friend|Instagram/i);
    }
    // Not the head on a safeguarding concern, not the raiser, not other staff.
    for (const who of [head, teacher, otherStaff])
      expect((await notificationsOf(who)).some((n) => n.link === `/concerns/${id}`)).toBe(false);

    // The screenshot's digest is in the audit chain; the entry names no one.
    const entries = await auditRepository.forEntities(
      t.ctx.db,
      chainFor(school.trustId, school.id),
      'concern.raised',
      'concern',
      [id],
    );
    const sha = createHash('sha256').update(TINY_PNG).digest('hex');
    expect(JSON.stringify(entries[0]!.details)).toContain(sha);
    expect(JSON.stringify(entries[0]!.details)).not.toMatch(/Jamie/);
  });

  it('refuses a file that is not a picture or PDF whatever its name says, naming the file field', async () => {
    const res = await raise(teacher, {
      ...FRIEND_REQUEST,
      files: [{ fileName: 'screenshot.png', base64: Buffer.from('<svg onload="alert(1)"/>').toString('base64') }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].field).toBe('files.0');
    expect(res.json().error.message).toMatch(/not a picture/);
  });

  it('refuses a file over 10 MB with a clear message', async () => {
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const res = await raise(teacher, {
      ...FRIEND_REQUEST,
      files: [{ fileName: 'big.png', base64: big.toString('base64') }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/10 MB/);
  });

  it('refuses a pupil from another school by its field', async () => {
    const res = await raise(teacher, {
      ...FRIEND_REQUEST,
      files: [],
      people: [{ kind: 'pupil', pupilId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].field).toBe('people.0.pupilId');
  });
});

describe('opening a concern', () => {
  let id: string;
  beforeAll(async () => {
    id = (await raise(teacher, { ...FRIEND_REQUEST, files: [] })).json().id;
  });

  it('asks the DSL for a second-factor code when the last one is over 15 minutes old, then opens it', async () => {
    await secondFactorFor(t, dsl.userId, new Date(Date.now() - 16 * 60_000));
    const stale = await open(dsl, id);
    expect(stale.statusCode).toBe(403);
    expect(stale.json().error.code).toBe('SECOND_FACTOR_CHECK_REQUIRED');

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/concerns/second-factor',
      headers: dsl.headers,
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    const checked = await t.app.inject({
      method: 'POST',
      url: '/api/concerns/second-factor',
      headers: dsl.headers,
      payload: { code: code() },
    });
    expect(checked.statusCode, checked.body).toBe(200);
    const res = await open(dsl, id);
    expect(res.statusCode).toBe(200);
    expect(res.json().whatHappened).toMatch(/friend request/);
  });

  it('audits every view and writes "seen" once per person', async () => {
    await open(dsl, id);
    await open(dsl, id);
    const views = await auditRepository.forEntities(
      t.ctx.db,
      chainFor(school.trustId, school.id),
      'concern.viewed',
      'concern',
      [id],
    );
    expect(views.length).toBeGreaterThanOrEqual(3);
    const detail = (await open(deputy, id)).json();
    expect(detail.entries.filter((e: { kind: string }) => e.kind === 'seen')).toHaveLength(2);
  });

  it('answers 404 to the person who raised it and to other staff; the raiser sees its status only', async () => {
    expect((await open(teacher, id)).statusCode).toBe(404);
    expect((await open(otherStaff, id)).statusCode).toBe(404);
    const mine = await t.app.inject({ method: 'GET', url: '/api/concerns/mine', headers: teacher.headers });
    const item = mine.json().items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ status: 'open', seen: true });
    expect(JSON.stringify(item)).not.toMatch(/friend request|Jamie/);
  });

  it('is not found by the DSL of another school', async () => {
    const elsewhere = await createSchool(t);
    const theirDsl = await createPerson(t, elsewhere, 'dsl');
    await secondFactorFor(t, theirDsl.userId, new Date());
    expect((await open(theirDsl, id)).statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/concerns', headers: theirDsl.headers });
    expect(list.json().items).toEqual([]);
  });

  it('keeps a chronology of referrals with their reference, and closes only with an outcome and a rationale', async () => {
    const referral = await t.app.inject({
      method: 'POST',
      url: `/api/concerns/${id}/entries`,
      headers: dsl.headers,
      payload: { kind: 'referral', agency: 'local_authority', agencyReference: 'MASH-4471', text: 'Referred to MASH.' },
    });
    expect(referral.statusCode, referral.body).toBe(200);
    expect(referral.json().entries.at(-1)).toMatchObject({
      kind: 'referral',
      agency: 'local_authority',
      agencyReference: 'MASH-4471',
    });

    const noReason = await t.app.inject({
      method: 'POST',
      url: `/api/concerns/${id}/close`,
      headers: dsl.headers,
      payload: { outcome: 'referred', rationale: '  ' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].field).toBe('rationale');

    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/concerns/${id}/close`,
      headers: dsl.headers,
      payload: { outcome: 'referred', rationale: 'Children’s social care have taken it on.' },
    });
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'referred' });
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/concerns/${id}/entries`,
      headers: dsl.headers,
      payload: { kind: 'note', text: 'Too late.' },
    });
    expect(late.statusCode).toBe(409);
  });

  it('exports a ZIP with the PDF chronology, the files and SHA256SUMS that check out', async () => {
    const raised = (await raise(teacher, FRIEND_REQUEST)).json();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/concerns/${raised.id}/export.zip`,
      headers: dsl.headers,
    });
    expect(res.statusCode).toBe(200);
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const names = Object.keys(files);
    expect(names).toContain(`concern-${raised.reference}.pdf`);
    expect(strFromU8(files[`concern-${raised.reference}.pdf`]!.slice(0, 5))).toBe('%PDF-');
    for (const line of strFromU8(files['SHA256SUMS']!).trim().split('\n')) {
      const [digest, name] = line.split('  ');
      expect(createHash('sha256').update(files[name!]!).digest('hex')).toBe(digest);
    }
    expect(names.some((n) => n.startsWith('files/') && n.endsWith('screenshot.png'))).toBe(true);
  });
});

describe('the allegations route', () => {
  it('sends a concern about a member of staff to the head, not to the DSL team', async () => {
    const id = (
      await raise(teacher, {
        type: 'colleague_breach',
        urgency: 'routine',
        whatHappened: 'A colleague messages pupils from a personal account.',
        people: [{ kind: 'staff', staffId: otherStaff.staffId }],
      })
    ).json().id;
    expect((await notificationsOf(head)).some((n) => n.link === `/concerns/${id}`)).toBe(true);
    expect((await notificationsOf(dsl)).some((n) => n.link === `/concerns/${id}`)).toBe(false);
    expect((await open(dsl, id)).statusCode).toBe(404);
    expect((await open(head, id)).statusCode).toBe(200);
    const dslList = (
      await t.app.inject({ method: 'GET', url: '/api/concerns?status=all', headers: dsl.headers })
    ).json();
    expect(dslList.items.some((i: { id: string }) => i.id === id)).toBe(false);
  });

  it('sends a concern about the head to the chair of governors, whom the head cannot see past', async () => {
    const id = (
      await raise(teacher, {
        type: 'harassment',
        urgency: 'routine',
        whatHappened: 'The head posted about a parent.',
        people: [{ kind: 'staff', staffId: head.staffId }],
      })
    ).json().id;
    expect((await notificationsOf(chair)).some((n) => n.link === `/concerns/${id}`)).toBe(true);
    expect((await notificationsOf(head)).some((n) => n.link === `/concerns/${id}`)).toBe(false);
    expect((await open(head, id)).statusCode).toBe(404);
    expect((await open(dsl, id)).statusCode).toBe(404);
    expect((await open(chair, id)).statusCode).toBe(200);
  });

  it('lets the chair of governors sign in, set up a code, list, open, follow up and close it', async () => {
    // A school of its own, whose chair signs in with a password like anyone (governors need no code to sign in).
    const theirs = await createSchool(t);
    const theirHead = await createPerson(t, theirs, 'head');
    const theirTeacher = await createPerson(t, theirs, 'staff');
    const PASSWORD = 'a long enough passphrase';
    const theirChair = await createPerson(t, theirs, 'governor', {
      passwordHash: await passwordHasher.hash(PASSWORD),
      twoFactorVerified: false,
    });
    await staffRepository.update(t.ctx.db, theirs.id, theirChair.staffId, { jobTitle: 'Chair of Governors' });
    const id = (
      await raise(theirTeacher, {
        type: 'colleague_breach',
        urgency: 'urgent',
        whatHappened: 'The head shared a pupil photo from a personal account.',
        people: [{ kind: 'staff', staffId: theirHead.staffId }],
      })
    ).json().id;

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: theirChair.email, password: PASSWORD },
      remoteAddress: '192.0.2.77',
    });
    expect(signIn.json()).toEqual({ stage: 'signed_in' });
    let cookie = cookieFrom(signIn);
    const as = (method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

    // Told, and the list (which names no one) shows it without a code.
    expect(await toldOf(theirChair, id)).toBe(true);
    const list = await as('GET', '/api/concerns?status=all');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string; route: string }) => [i.id, i.route])).toEqual([
      [id, 'allegation_head'],
    ]);
    // Opening needs a fresh code; with no authenticator app yet, the chair is told to set one up.
    expect((await as('GET', `/api/concerns/${id}`)).json().error.code).toBe('SECOND_FACTOR_CHECK_REQUIRED');
    const noApp = await as('POST', '/api/concerns/second-factor', { code: '123456' });
    expect(noApp.json().error.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const { secret } = (await as('POST', '/api/auth/two-factor/enrolment')).json();
    const confirm = await as('POST', '/api/auth/two-factor/enrolment/confirm', { code: totpAt(secret, 0) });
    expect(confirm.statusCode, confirm.body).toBe(200);
    cookie = cookieFrom(confirm);
    const checked = await as('POST', '/api/concerns/second-factor', { code: totpAt(secret, 1) });
    expect(checked.statusCode, checked.body).toBe(200);

    const opened = await as('GET', `/api/concerns/${id}`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({
      route: 'allegation_head',
      whatHappened: expect.stringMatching(/pupil photo/),
    });
    const action = await as('POST', `/api/concerns/${id}/entries`, {
      kind: 'action',
      text: 'Spoke to the LADO for advice.',
    });
    expect(action.statusCode, action.body).toBe(200);
    const closed = await as('POST', `/api/concerns/${id}/close`, {
      outcome: 'staff_disciplinary',
      rationale: 'Passed to the disciplinary procedure.',
    });
    expect(closed.json()).toMatchObject({ status: 'closed' });
    // The head it is about never sees it.
    expect((await open(theirHead, id)).statusCode).toBe(404);
  });

  it('shows another governor no list and no concern about the head', async () => {
    const id = (
      await raise(teacher, {
        type: 'harassment',
        urgency: 'routine',
        whatHappened: 'The head argued with a parent online.',
        people: [{ kind: 'staff', staffId: head.staffId }],
      })
    ).json().id;
    expect((await listOf(governor)).statusCode).toBe(403);
    expect((await open(governor, id)).statusCode).toBe(404);
    expect(await toldOf(governor, id)).toBe(false);
  });
});

describe('from moderation', () => {
  it("gives the reply templates the school's public raise-a-concern page, from its public token", async () => {
    const { commentId } = await aComment(t, school, 'Someone is messaging children from a fake account');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/moderation/comments/${commentId}`,
      headers: head.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const token = await concernsRepository.publicTokenOf(t.ctx.db, school.id);
    expect(res.json().publicReportUrl).toBe(`${t.ctx.publicUrl}/report/${token}`);
    // The same page the public form answers on.
    expect((await t.app.inject({ method: 'GET', url: `/api/public/concerns/${token}` })).statusCode).toBe(200);
  });

  it('turns a comment into a concern naming its author, with the evidence pack attached', async () => {
    const { commentId } = await aComment(t, school, "I'll be waiting for him at the gates");
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/concerns/from-comment',
      headers: head.headers,
      payload: { commentId, urgency: 'urgent' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const detail = (await open(dsl, res.json().id)).json();
    expect(detail.source).toBe('moderation');
    expect(detail.people).toEqual([{ kind: 'author', name: 'A Parent' }]);
    expect(detail.files).toHaveLength(1);
    expect(detail.files[0]).toMatchObject({ kind: 'evidence', contentType: 'application/zip' });
  });
});

describe("the parents' public form", () => {
  const send = (token: string, payload: object, ip = '203.0.113.9') =>
    t.app.inject({ method: 'POST', url: `/api/public/concerns/${token}`, payload, remoteAddress: ip });

  it('gives a reference and reaches the head as a complaint, or the DSL team when a child may be at risk', async () => {
    const token = (await concernsRepository.publicTokenOf(t.ctx.db, school.id))!;
    const complaint = await send(token, { kind: 'complaint', name: 'Sam Parent', message: 'A post shows my son.' });
    expect(complaint.statusCode).toBe(201);
    const { reference } = complaint.json();
    const headList = (await t.app.inject({ method: 'GET', url: '/api/concerns', headers: head.headers })).json();
    const item = headList.items.find((i: { reference: string }) => i.reference === reference);
    expect(item).toMatchObject({ route: 'complaint', source: 'public' });
    expect((await open(head, item.id)).json().contact.name).toBe('Sam Parent');

    const risk = await send(token, {
      kind: 'child_safety',
      name: 'Sam Parent',
      message: 'An adult messages children.',
    });
    const dslList = (await t.app.inject({ method: 'GET', url: '/api/concerns', headers: dsl.headers })).json();
    expect(dslList.items.find((i: { reference: string }) => i.reference === risk.json().reference)).toMatchObject({
      route: 'safeguarding',
      urgency: 'urgent',
    });
  });

  it("reaches the office too: it is told, lists, opens, follows up and closes a complaint, never a child's safety", async () => {
    const token = (await concernsRepository.publicTokenOf(t.ctx.db, school.id))!;
    const complaint = (
      await send(token, { kind: 'complaint', name: 'Robin Parent', message: 'Nobody answered my email.' }, '192.0.2.50')
    ).json();
    const risk = (
      await send(
        token,
        { kind: 'child_safety', name: 'Robin Parent', message: 'A stranger messages my daughter.' },
        '192.0.2.50',
      )
    ).json();
    const officeList = (await listOf(office)).json().items as { id: string; reference: string; route: string }[];
    const item = officeList.find((i) => i.reference === complaint.reference)!;
    expect(item).toMatchObject({ route: 'complaint' });
    expect(officeList.some((i) => i.reference === risk.reference)).toBe(false);
    expect(officeList.every((i) => i.route === 'complaint')).toBe(true);
    expect(await toldOf(office, item.id)).toBe(true);
    expect(await toldOf(head, item.id)).toBe(true);
    expect(await toldOf(dsl, item.id)).toBe(false);

    const detail = await open(office, item.id);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().contact.name).toBe('Robin Parent');
    const called = await t.app.inject({
      method: 'POST',
      url: `/api/concerns/${item.id}/entries`,
      headers: office.headers,
      payload: { kind: 'parent_contact', text: 'Telephoned the parent; the class teacher will call back.' },
    });
    expect(called.statusCode, called.body).toBe(200);
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/concerns/${item.id}/close`,
      headers: office.headers,
      payload: { outcome: 'handled_in_school', rationale: 'The parent had their answer.' },
    });
    expect(closed.json()).toMatchObject({ status: 'closed' });

    // The child's safety goes to the DSL team: the office is not told and cannot open it.
    const riskItem = (await listOf(dsl))
      .json()
      .items.find((i: { reference: string }) => i.reference === risk.reference);
    expect(await toldOf(office, riskItem.id)).toBe(false);
    expect((await open(office, riskItem.id)).statusCode).toBe(404);
    // Nor a concern raised by staff, nor an allegation.
    const staffConcern = (await raise(teacher, { ...FRIEND_REQUEST, files: [] })).json();
    expect((await open(office, staffConcern.id)).statusCode).toBe(404);
    expect(await toldOf(office, staffConcern.id)).toBe(false);
  });

  it('answers an unknown address with 404 and limits each address in the database', async () => {
    expect((await send('f'.repeat(32), { kind: 'other', name: 'X', message: 'Y' })).statusCode).toBe(404);
    const token = (await concernsRepository.publicTokenOf(t.ctx.db, school.id))!;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push(
        (await send(token, { kind: 'other', name: 'X', message: `Message ${i}` }, '198.51.100.7')).statusCode,
      );
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    // Another address is not held back.
    expect((await send(token, { kind: 'other', name: 'X', message: 'Z' }, '198.51.100.8')).statusCode).toBe(201);
  });

  it('refuses NUL characters and oversized messages by field', async () => {
    const token = (await concernsRepository.publicTokenOf(t.ctx.db, school.id))!;
    const nul = await send(token, { kind: 'other', name: 'A\u0000B', message: 'x' }, '192.0.2.1');
    expect(nul.statusCode).toBe(400);
    expect(nul.body).toMatch(/name/);
    const long = await send(token, { kind: 'other', name: 'A', message: 'x'.repeat(5001) }, '192.0.2.1');
    expect(long.statusCode).toBe(400);
  });
});
