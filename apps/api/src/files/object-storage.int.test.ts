// Files in S3-compatible object storage, end to end on a real database: a concern raised with a screenshot and one
// raised from a comment (its evidence kept, packed and attached) put their bytes in the bucket and only the name,
// type, size, SHA-256 and key in the row; downloads, exports and subject access exports read them back checked; an object changed in the
// bucket is refused with a coded error, logged by file id only; no upload happens while a database transaction is
// open, and a store that fails saves nothing; retention deletes the objects with their rows. The S3 server runs
// inside the test (s3rver).
import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@schoolgate/db';
import { aComment, secondFactorEveryone, TINY_PNG } from '../testing/concern-fixtures.ts';
import { createLogger } from '../logger.ts';
import { startS3TestServer, TEST_BUCKET } from '../testing/s3-test-server.ts';
import { FileStoreUnavailableError, type FileStore } from './file-store.ts';
import { createPerson, createSchool, createTestApp, type Person, type TestApp } from '../testing/test-app.ts';
import { applyRetention } from '../use-cases/data-protection/apply-retention.ts';

let t: TestApp;
let s3: Awaited<ReturnType<typeof startS3TestServer>>;
let school: { id: string; trustId: string };
let teacher: Person;
let dsl: Person;
let head: Person;
const logLines: string[] = [];
/** Transactions open right now, and what each upload saw. */
let openTransactions = 0;
const openAtUpload: number[] = [];
let failUploads = false;

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const rowsOf = (schoolId: string) =>
  t.ctx.db.select().from(schema.storedFiles).where(eq(schema.storedFiles.schoolId, schoolId));

beforeAll(async () => {
  s3 = await startS3TestServer();
  t = await createTestApp({ log: createLogger('info', { write: (line: string) => void logLines.push(line) }) });
  const store: FileStore = {
    kind: 's3',
    put: async (key, bytes, contentType) => {
      openAtUpload.push(openTransactions);
      if (failUploads) {
        // As the S3 store reports a bucket it cannot reach.
        throw new FileStoreUnavailableError('put', new Error('connect ECONNREFUSED'));
      }
      return s3.store.put(key, bytes, contentType);
    },
    get: (key) => s3.store.get(key),
    delete: (keys) => s3.store.delete(keys),
  };
  t.ctx.files = store;
  const transaction = t.ctx.db.transaction.bind(t.ctx.db);
  t.ctx.db.transaction = (async (...args: Parameters<typeof transaction>) => {
    openTransactions += 1;
    try {
      return await transaction(...args);
    } finally {
      openTransactions -= 1;
    }
  }) as typeof transaction;
  school = await createSchool(t);
  teacher = await createPerson(t, school, 'staff');
  dsl = await createPerson(t, school, 'dsl');
  head = await createPerson(t, school, 'head');
  await secondFactorEveryone(t);
});
afterAll(async () => {
  await t.close();
  await s3.close();
});

describe('files in object storage (FILE_STORE=s3)', () => {
  let concernId = '';
  let fileId = '';

  it('keeps a concern’s screenshot in the bucket, not the row, and serves it back checked', async () => {
    const raised = await t.app.inject({
      method: 'POST',
      url: '/api/concerns',
      headers: teacher.headers,
      payload: {
        type: 'pupil_contact',
        urgency: 'routine',
        whatHappened: 'A pupil sent me a message on a social network.',
        people: [{ kind: 'other', name: 'A pupil (Year 9)' }],
        files: [{ fileName: 'screenshot.png', base64: TINY_PNG.toString('base64') }],
      },
    });
    expect(raised.statusCode, raised.body).toBe(201);
    concernId = raised.json().id;
    const [row] = await rowsOf(school.id);
    fileId = row!.id;
    expect(row!.content.length).toBe(0);
    expect(row!.objectKey).toBe(`schools/${school.id}/files/${row!.id}`);
    expect(row!.sha256).toBe(sha256(TINY_PNG));
    expect(row!.sizeBytes).toBe(TINY_PNG.length);
    expect(await s3.store.get(row!.objectKey!)).toEqual(TINY_PNG);

    const download = await t.app.inject({
      method: 'GET',
      url: `/api/concerns/${concernId}/files/${fileId}`,
      headers: dsl.headers,
    });
    expect(download.statusCode, download.body).toBe(200);
    expect(download.rawPayload).toEqual(TINY_PNG);

    const exported = await t.app.inject({
      method: 'GET',
      url: `/api/concerns/${concernId}/export.zip`,
      headers: dsl.headers,
    });
    expect(exported.statusCode).toBe(200);
    const files = unzipSync(new Uint8Array(exported.rawPayload));
    for (const line of strFromU8(files['SHA256SUMS']!).trim().split('\n')) {
      const [digest, name] = line.split('  ');
      expect(sha256(files[name!]!)).toBe(digest);
    }
  });

  it('keeps a comment’s evidence and its pack in the bucket when a concern is raised from it', async () => {
    const { commentId } = await aComment(t, school, 'Something a moderator thinks the DSL should see.');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/concerns/from-comment',
      headers: head.headers,
      payload: { commentId, urgency: 'urgent' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const rows = await rowsOf(school.id);
    // The screenshot, three evidence files (as received, image, timeline) and the evidence pack.
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.content.length).toBe(0);
      expect(sha256((await s3.store.get(row.objectKey!))!)).toBe(row.sha256);
    }
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/concerns/${res.json().id}`, headers: dsl.headers })
    ).json();
    const pack = await t.app.inject({
      method: 'GET',
      url: `/api/concerns/${res.json().id}/files/${detail.files[0].id}`,
      headers: dsl.headers,
    });
    expect(pack.statusCode).toBe(200);
    const inPack = unzipSync(new Uint8Array(pack.rawPayload));
    expect(strFromU8(inPack['SHA256SUMS']!)).toContain('.png');
  });

  it('refuses an object that was changed in the bucket, never serving it', async () => {
    const [row] = (await rowsOf(school.id)).filter((r) => r.id === fileId);
    const forged = Buffer.from('not the screenshot that was raised');
    await s3.store.client.send(new PutObjectCommand({ Bucket: TEST_BUCKET, Key: row!.objectKey!, Body: forged }));
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/concerns/${concernId}/files/${fileId}`,
      headers: dsl.headers,
    });
    expect(download.statusCode).toBe(502);
    expect(download.json().error).toMatchObject({
      code: 'STORED_FILE_UNAVAILABLE',
      message: expect.stringContaining('not the file Schoolgate kept'),
    });
    expect(download.body).not.toContain('not the screenshot');
    const exported = await t.app.inject({
      method: 'GET',
      url: `/api/concerns/${concernId}/export.zip`,
      headers: dsl.headers,
    });
    expect(exported.statusCode).toBe(502);
    // Logged by code, file id and reason: not the file's name or anything it holds.
    const logged = logLines.filter((l) => l.includes('STORED_FILE_UNAVAILABLE'));
    expect(logged.length).toBeGreaterThanOrEqual(2);
    expect(logged[0]).toContain(fileId);
    expect(logged[0]).toContain('"fileProblem":"changed"');
    for (const line of logged) {
      expect(line).not.toContain('screenshot');
      expect(line).not.toContain('not the screenshot');
    }
  });

  it('answers a coded error, not a 500, when the object is missing from the bucket', async () => {
    const [row] = (await rowsOf(school.id)).filter((r) => r.id === fileId);
    await s3.store.delete([row!.objectKey!]);
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/concerns/${concernId}/files/${fileId}`,
      headers: dsl.headers,
    });
    expect(download.statusCode).toBe(502);
    expect(download.json().error).toMatchObject({
      code: 'STORED_FILE_UNAVAILABLE',
      message: expect.stringContaining('missing from the file storage'),
    });
    expect(logLines.some((l) => l.includes('"fileProblem":"missing"') && l.includes(fileId))).toBe(true);
  });

  it('uploads before any transaction opens, and saves nothing when the store cannot be reached', async () => {
    // Every upload so far (the screenshot, the evidence, the pack) happened with no transaction open.
    expect(openAtUpload.length).toBeGreaterThanOrEqual(5);
    expect(openAtUpload.every((n) => n === 0)).toBe(true);
    const before = (await rowsOf(school.id)).length;
    const concernsBefore = await t.ctx.db.select().from(schema.concerns).where(eq(schema.concerns.schoolId, school.id));
    failUploads = true;
    try {
      const raised = await t.app.inject({
        method: 'POST',
        url: '/api/concerns',
        headers: teacher.headers,
        payload: {
          type: 'pupil_contact',
          urgency: 'routine',
          whatHappened: 'A second message, sent while the file storage is down.',
          people: [{ kind: 'other', name: 'A pupil (Year 8)' }],
          files: [{ fileName: 'screenshot.png', base64: TINY_PNG.toString('base64') }],
        },
      });
      expect(raised.statusCode).toBe(503);
      expect(raised.json().error).toMatchObject({ code: 'FILE_STORE_UNAVAILABLE' });
    } finally {
      failUploads = false;
    }
    expect((await rowsOf(school.id)).length).toBe(before);
    const concernsAfter = await t.ctx.db.select().from(schema.concerns).where(eq(schema.concerns.schoolId, school.id));
    expect(concernsAfter.length).toBe(concernsBefore.length);
    expect(openAtUpload.every((n) => n === 0)).toBe(true);
  });

  it('deletes the objects with their rows when retention deletes the concern', async () => {
    const [row] = (await rowsOf(school.id)).filter((r) => r.id === fileId);
    await t.ctx.db
      .update(schema.concerns)
      .set({ status: 'closed', closedAt: new Date(Date.now() - 26 * 365.25 * 86_400_000) })
      .where(eq(schema.concerns.id, concernId));
    const run = await applyRetention(t.ctx, new Date());
    expect(run.schools.find((s) => s.schoolId === school.id)?.concernFiles).toBe(1);
    expect((await rowsOf(school.id)).some((r) => r.id === fileId)).toBe(false);
    expect(await s3.store.get(row!.objectKey!)).toBeNull();
    // The other concern's files are untouched.
    expect(await rowsOf(school.id)).toHaveLength(4);
  });

  it('puts the commenter’s evidence from the bucket into a subject access export, byte for byte', async () => {
    const { commentId, authorId } = await aComment(t, school, 'A second comment whose evidence is kept.');
    const kept = await t.app.inject({
      method: 'POST',
      url: '/api/concerns/from-comment',
      headers: head.headers,
      payload: { commentId, urgency: 'routine' },
    });
    expect(kept.statusCode, kept.body).toBe(201);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/data-protection/subject-access',
      headers: head.headers,
      payload: { kind: 'author', id: authorId },
    });
    expect(res.statusCode, res.body).toBe(200);
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const evidence = Object.keys(files).filter((name) => name.startsWith('evidence/'));
    expect(evidence.length).toBeGreaterThan(0);
    const inBucket = new Set((await rowsOf(school.id)).map((row) => row.sha256));
    for (const name of evidence) {
      expect(files[name]!.length, name).toBeGreaterThan(0);
      expect(inBucket.has(sha256(files[name]!)), name).toBe(true);
    }
  });
});
