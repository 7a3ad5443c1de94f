// The S3 store against an S3-compatible server started in the test process: what is put comes back, a deleted
// object is gone, and bytes changed in the bucket are refused rather than served.
import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3TestServer, TEST_BUCKET } from '../testing/s3-test-server.ts';
import { databaseFileStore, keepBytes, readBytes, StoredFileUnavailableError } from './file-store.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('S3 file store', () => {
  let s3: Awaited<ReturnType<typeof startS3TestServer>>;
  beforeAll(async () => {
    s3 = await startS3TestServer();
  });
  afterAll(async () => {
    await s3.close();
  });

  it('puts, gets and deletes objects', async () => {
    const bytes = Buffer.from('%PDF-1.4 a certificate');
    await s3.store.put('schools/a/files/1', bytes, 'application/pdf');
    expect(await s3.store.get('schools/a/files/1')).toEqual(bytes);
    await s3.store.delete(['schools/a/files/1']);
    expect(await s3.store.get('schools/a/files/1')).toBeNull();
    expect(await s3.store.get('schools/a/files/never-written')).toBeNull();
  });

  it('keeps new bytes in the bucket, leaves the row empty and reads them back checked', async () => {
    const content = Buffer.from('an image, say');
    const kept = await keepBytes(s3.store, { schoolId: 'school-1', content, contentType: 'image/png' });
    expect(kept.objectKey).toBe(`schools/school-1/files/${kept.id}`);
    expect(kept.content.length).toBe(0);
    const row = { id: kept.id, content: kept.content, objectKey: kept.objectKey, sha256: sha256(content) };
    expect(await readBytes(s3.store, row)).toEqual(content);
  });

  it('refuses an object changed in the bucket, and one that has gone', async () => {
    const content = Buffer.from('what was kept');
    const kept = await keepBytes(s3.store, { schoolId: 'school-2', content, contentType: 'text/plain' });
    const row = { id: kept.id, content: kept.content, objectKey: kept.objectKey!, sha256: sha256(content) };
    await s3.store.client.send(
      new PutObjectCommand({ Bucket: TEST_BUCKET, Key: row.objectKey, Body: Buffer.from('what was not kept') }),
    );
    await expect(readBytes(s3.store, row)).rejects.toMatchObject({ reason: 'changed' });
    await s3.store.delete([row.objectKey]);
    await expect(readBytes(s3.store, row)).rejects.toMatchObject({ reason: 'missing' });
    // A process set to keep files in the database cannot serve an object at all.
    await expect(readBytes(databaseFileStore, row)).rejects.toBeInstanceOf(StoredFileUnavailableError);
  });

  it('with the database store, the bytes stay in the row', async () => {
    const content = Buffer.from('in the row');
    const kept = await keepBytes(databaseFileStore, { schoolId: 's', content, contentType: 'text/plain' });
    expect(kept.objectKey).toBeNull();
    expect(await readBytes(databaseFileStore, { ...kept, sha256: sha256(content) })).toEqual(content);
  });
});
