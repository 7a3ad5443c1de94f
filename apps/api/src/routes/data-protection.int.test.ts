// Subject access, erasure and legal holds over HTTP (issue 13): a demo commenter's ZIP holds their comments, evidence
// and ladder steps; erasure is refused with the reason while a hold or a safeguarding record covers the person, and
// done (and audited) once it does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import {
  auditRepository,
  chainFor,
  commentsRepository,
  concernsRepository,
  consentRepository,
  moderationActionsRepository,
  pupilsRepository,
  schema,
} from '@schoolgate/db';
import { aComment, aConcern } from '../testing/concern-fixtures.ts';
import {
  createPerson,
  createSchool,
  createTestApp,
  requestAs,
  type Person,
  type TestApp,
} from '../testing/test-app.ts';
import { keepEvidence } from '../evidence/keep-evidence.ts';
import { ERASED_TEXT } from '../use-cases/data-protection/erasure.ts';

let t: TestApp;
let school: { id: string; trustId: string };
let head: Person;

beforeAll(async () => {
  t = await createTestApp();
  school = await createSchool(t);
  head = await createPerson(t, school, 'head');
});
afterAll(() => t.close());

const as = (method: 'GET' | 'POST', url: string, payload?: object) => requestAs(t, head, method, url, payload);

async function commenterWithHistory() {
  const first = await aComment(t, school, 'You should all be ashamed of this school.');
  const comment = (await commentsRepository.findByIdAnySchool(t.ctx.db, first.commentId))!;
  await t.ctx.db.transaction((tx) =>
    keepEvidence(
      tx,
      {
        comment,
        trustId: school.trustId,
        platform: 'facebook',
        accountName: 'The School',
        authorName: 'A Parent',
        authorExternalId: 'p',
        postExternalId: null,
      },
      'hide',
      { userId: head.userId, address: null },
      new Date(),
    ),
  );
  await moderationActionsRepository.record(t.ctx.db, {
    schoolId: school.id,
    authorId: first.authorId,
    action: 'written_warning',
    manual: true,
    detail: { note: 'Letter sent' },
    byUserId: head.userId,
    at: new Date(),
  });
  return first;
}

describe('subject access', () => {
  it('gives a commenter’s comments, evidence and ladder steps as a readable ZIP, and audits it', async () => {
    const { authorId } = await commenterWithHistory();
    const res = await as('POST', '/api/data-protection/subject-access', { kind: 'author', id: authorId });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['index.html', 'comments.json', 'steps.json']));
    expect(strFromU8(files['comments.json']!)).toContain('You should all be ashamed of this school.');
    expect(strFromU8(files['steps.json']!)).toContain('written_warning');
    expect(Object.keys(files).filter((f) => f.startsWith('evidence/'))).toHaveLength(3);
    expect(strFromU8(files['index.html']!)).toContain('Information held about A Parent');

    const { items } = await auditRepository.list(t.ctx.db, chainFor(school.trustId, school.id), {
      page: 1,
      pageSize: 1,
      action: 'personal_data.exported',
    });
    expect(items[0]).toMatchObject({ entityType: 'author', entityId: authorId });
    expect(JSON.stringify(items[0]!.details)).not.toContain('ashamed');
  });

  it('lists a safeguarding record that names a pupil by reference, without its content', async () => {
    await pupilsRepository.insertMany(t.ctx.db, school.id, [
      {
        misId: 'P-1',
        firstName: 'Sam',
        lastName: 'Pupil',
        yearGroup: '4',
        preferredName: null,
        className: null,
        doNotPublish: false,
      },
    ]);
    const [pupil] = await t.ctx.db.select().from(schema.pupils).where(eq(schema.pupils.misId, 'P-1'));
    const concern = await aConcern(t, school);
    await concernsRepository.insertPeople(t.ctx.db, [
      { concernId: concern.id, kind: 'pupil', pupilId: pupil!.id, name: 'Sam Pupil' },
    ]);
    const res = await as('POST', '/api/data-protection/subject-access', { kind: 'pupil', id: pupil!.id });
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const index = strFromU8(files['index.html']!);
    expect(index).toContain(concern.reference);
    expect(index).toContain('designated safeguarding lead decides');
    expect(JSON.stringify(Object.keys(files))).not.toContain('concern-');

    const refused = await as('POST', '/api/data-protection/erasure', { kind: 'pupil', id: pupil!.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'ERASURE_REFUSED' });
    expect(refused.json().error.message).toMatch(/safeguarding record names them/);
  });

  it('finds another school’s commenter “not found”', async () => {
    const other = await createSchool(t);
    const { authorId } = await aComment(t, other);
    expect((await as('POST', '/api/data-protection/subject-access', { kind: 'author', id: authorId })).statusCode).toBe(
      404,
    );
  });
});

describe('erasure and legal holds', () => {
  it('refuses to erase a commenter on legal hold, giving the reason, and erases once the hold is lifted', async () => {
    const { authorId, commentId } = await commenterWithHistory();
    const placed = await as('POST', '/api/data-protection/holds', {
      subjectKind: 'author',
      subjectId: authorId,
      reason: 'A claim for defamation is expected',
    });
    expect(placed.statusCode).toBe(201);
    expect(placed.json().subjectLabel).toContain('A Parent');
    expect((await as('GET', '/api/data-protection/holds')).json().items[0]).toMatchObject({ id: placed.json().id });

    const refused = await as('POST', '/api/data-protection/erasure', { kind: 'author', id: authorId });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('A legal hold covers this commenter: A claim for defamation');

    const lifted = await as('POST', `/api/data-protection/holds/${placed.json().id}/lift`);
    expect(lifted.json().liftedAt).not.toBeNull();
    const erased = await as('POST', '/api/data-protection/erasure', { kind: 'author', id: authorId });
    expect(erased.statusCode).toBe(200);
    expect(erased.json().summary[0]).toMatch(/1 comment/);

    const comment = await commentsRepository.findByIdAnySchool(t.ctx.db, commentId);
    expect(comment!.text).toBe(ERASED_TEXT);
    const author = await commentsRepository.author(t.ctx.db, school.id, authorId);
    expect(author).toMatchObject({ name: null, handle: null });
    const evidence = await t.ctx.db
      .select()
      .from(schema.evidenceItems)
      .where(eq(schema.evidenceItems.commentId, commentId));
    expect(evidence).toEqual([]);
    // Placing, lifting and erasing are audited; the chain (holding the erased evidence's digests) still verifies.
    const chain = chainFor(school.trustId, school.id);
    for (const action of ['legal_hold.placed', 'legal_hold.lifted', 'personal_data.erased'])
      expect((await auditRepository.list(t.ctx.db, chain, { page: 1, pageSize: 1, action })).total).toBe(1);
    expect((await auditRepository.verify(t.ctx.db, chain)).firstBroken).toBeNull();
  });

  it('refuses to erase a commenter a safeguarding concern names', async () => {
    const { authorId, commentId } = await aComment(t, school);
    const concern = await aConcern(t, school);
    await t.ctx.db.update(schema.concerns).set({ authorId, commentId }).where(eq(schema.concerns.id, concern.id));
    const refused = await as('POST', '/api/data-protection/erasure', { kind: 'author', id: authorId });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain(concern.reference);
  });

  it('deletes a pupil’s consent records and anonymises the pupil', async () => {
    await pupilsRepository.insertMany(t.ctx.db, school.id, [
      {
        misId: 'P-2',
        firstName: 'Alex',
        lastName: 'Leaver',
        yearGroup: '6',
        preferredName: null,
        className: null,
        doNotPublish: false,
      },
    ]);
    const [pupil] = await t.ctx.db.select().from(schema.pupils).where(eq(schema.pupils.misId, 'P-2'));
    await consentRepository.insertMany(t.ctx.db, [
      {
        schoolId: school.id,
        pupilId: pupil!.id,
        use: 'social_media_photo',
        decision: 'granted',
        source: 'consent_form',
        decidedOn: '2026-09-01',
      },
    ]);
    const erased = await as('POST', '/api/data-protection/erasure', { kind: 'pupil', id: pupil!.id });
    expect(erased.statusCode).toBe(200);
    const [after] = await t.ctx.db.select().from(schema.pupils).where(eq(schema.pupils.id, pupil!.id));
    expect(after).toMatchObject({ firstName: 'Erased', status: 'erased' });
    expect(
      await t.ctx.db.select().from(schema.consentRecords).where(eq(schema.consentRecords.pupilId, pupil!.id)),
    ).toEqual([]);
  });

  it('refuses to erase a member of staff still in post, and erases a leaver', async () => {
    const teacher = await createPerson(t, school, 'staff');
    const refused = await as('POST', '/api/data-protection/erasure', { kind: 'staff', id: teacher.staffId });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('still in post');
    await t.ctx.db.update(schema.staff).set({ status: 'inactive' }).where(eq(schema.staff.id, teacher.staffId));
    const erased = await as('POST', '/api/data-protection/erasure', { kind: 'staff', id: teacher.staffId });
    expect(erased.statusCode).toBe(200);
    const [user] = await t.ctx.db.select().from(schema.users).where(eq(schema.users.id, teacher.userId));
    expect(user!.email).toMatch(/@erased\.invalid$/);
    expect(user!.passwordHash).toBeNull();
  });
});
