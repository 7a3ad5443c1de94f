// Tenancy across every area that reads or changes a record by its id: a head of another school (another trust)
// asking for any of school A's records by id gets 404, never the record, and the record is unchanged. The
// foundation's own cases are in tenancy.int.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentsRepository, pupilsRepository, schema, socialAccountsRepository } from '@schoolgate/db';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { publishTestVersion } from '../testing/policy-version-factory.ts';

let t: TestApp;
let outsider: Person;
const ids = { version: '', pupil: '', training: '', comment: '', author: '' };

beforeAll(async () => {
  t = await createTestApp();
  const schoolA = await createSchool(t, 'Ash School');
  const schoolB = await createSchool(t, 'Beech School');
  const headA = await createPerson(t, schoolA, 'head');
  outsider = await createPerson(t, schoolB, 'head');
  ids.version = (await publishTestVersion(t.ctx.db, schoolA)).id;
  await pupilsRepository.insertMany(t.ctx.db, schoolA.id, [
    {
      misId: 'A1',
      firstName: 'Ada',
      lastName: 'Ash',
      preferredName: null,
      yearGroup: '2',
      className: '2A',
      doNotPublish: true,
    },
  ]);
  ids.pupil = (await pupilsRepository.list(t.ctx.db, schoolA.id, { page: 1, pageSize: 1 })).items[0]!.id;
  const [training] = await t.ctx.db
    .insert(schema.trainingRecords)
    .values({
      schoolId: schoolA.id,
      staffId: headA.staffId,
      kind: 'induction',
      completedOn: '2026-09-01',
      expiresOn: '2027-09-01',
    })
    .returning();
  ids.training = training!.id;
  const account = await socialAccountsRepository.create(t.ctx.db, {
    schoolId: schoolA.id,
    platform: 'facebook',
    externalId: 'ash-page',
    handle: 'ash',
    displayName: 'Ash School',
  });
  const author = await commentsRepository.upsertAuthor(t.ctx.db, {
    schoolId: schoolA.id,
    platform: 'facebook',
    externalId: 'ash-parent',
    name: 'A Parent',
    handle: null,
  });
  ids.author = author.id;
  ids.comment = (await commentsRepository.insertIfNew(t.ctx.db, {
    schoolId: schoolA.id,
    accountId: account.id,
    authorId: author.id,
    externalId: 'c1',
    text: 'Hello',
    postedAt: new Date(),
    receivedAt: new Date(),
    reviewState: 'to_review',
  }))!.id;
});
afterAll(async () => t?.close());

const today = new Date().toISOString().slice(0, 10);
const cases = (): Array<[string, 'GET' | 'POST' | 'PATCH', string, object?]> => [
  ['a policy version', 'GET', `/api/policy/versions/${ids.version}`],
  ['a policy PDF', 'GET', `/api/policy/versions/${ids.version}/pdf`],
  [
    'approving a policy version',
    'POST',
    `/api/policy/versions/${ids.version}/approve`,
    { approvedOn: today, minuteRef: 'FGB 1', approverName: 'Chair' },
  ],
  ['publishing a policy version', 'POST', `/api/policy/versions/${ids.version}/publish`],
  ['a pupil’s consent', 'GET', `/api/consent/pupils/${ids.pupil}`],
  [
    'recording consent',
    'POST',
    `/api/consent/pupils/${ids.pupil}/decisions`,
    { uses: ['website'], decision: 'granted', source: 'email', decidedOn: today },
  ],
  [
    'withdrawing consent',
    'POST',
    `/api/consent/pupils/${ids.pupil}/withdrawals`,
    { uses: ['website'], source: 'email', decidedOn: today },
  ],
  ['a do-not-publish reason', 'GET', `/api/consent/pupils/${ids.pupil}/restriction`],
  [
    'changing a do-not-publish flag',
    'POST',
    `/api/consent/pupils/${ids.pupil}/restriction`,
    { doNotPublish: false, reason: 'Mistake' },
  ],
  ['editing a training record', 'PATCH', `/api/training/records/${ids.training}`, { title: 'Changed' }],
  ['a training certificate', 'GET', `/api/training/records/${ids.training}/evidence`],
  ['a comment', 'GET', `/api/moderation/comments/${ids.comment}`],
  ['acting on a comment', 'POST', `/api/moderation/comments/${ids.comment}/actions`, { action: 'approve' }],
  ['a comment’s evidence pack', 'GET', `/api/moderation/comments/${ids.comment}/evidence.zip`],
  ['a comment author', 'GET', `/api/moderation/authors/${ids.author}`],
  ['a step on an author’s ladder', 'POST', `/api/moderation/authors/${ids.author}/steps`, { step: 'warn' }],
  ['an author’s evidence pack', 'GET', `/api/moderation/authors/${ids.author}/evidence.zip`],
];

describe("another school's records, by id", () => {
  it('are all "not found" to the head of another school', async () => {
    const answers: Record<string, number> = {};
    for (const [what, method, url, payload] of cases()) {
      const res = await t.app.inject({ method, url, headers: outsider.headers, ...(payload ? { payload } : {}) });
      answers[what] = res.statusCode;
    }
    expect(answers).toEqual(Object.fromEntries(cases().map(([what]) => [what, 404])));
  });

  it('are left as they were', async () => {
    const [pupil] = await t.ctx.db.select().from(schema.pupils);
    expect(pupil?.doNotPublish).toBe(true);
    expect(await t.ctx.db.select().from(schema.consentRecords)).toEqual([]);
    expect((await commentsRepository.findByIdAnySchool(t.ctx.db, ids.comment))?.reviewState).toBe('to_review');
  });
});
