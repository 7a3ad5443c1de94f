// Where the bytes of stored files are kept. The database is the default: the bytes sit in the stored_files row and
// share its transactions and backups. A deployment that needs it can keep them in S3-compatible object storage
// instead (FILE_STORE=s3); the row still holds the name, type, size and SHA-256, so the audit chain is unchanged,
// and every read from the bucket is checked against that SHA-256 so an object changed there is refused, never served.
import { createHash, randomUUID } from 'node:crypto';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { storedFilesRepository, type Db } from '@schoolgate/db';
import { AppError } from '@schoolgate/domain';

/** The three things an object store does; keys are opaque paths chosen by Schoolgate. */
export interface FileStore {
  readonly kind: 'database' | 's3';
  put(key: string, bytes: Buffer, contentType?: string): Promise<void>;
  /** The bytes under the key, or null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
  delete(keys: readonly string[]): Promise<void>;
}

/**
 * The database store: the bytes go in the row itself, so put/get/delete have nothing to do outside it (the row's
 * insert, select and delete are the operations). Kept as a store so callers never ask which kind they have.
 */
export const databaseFileStore: FileStore = {
  kind: 'database',
  async put() {},
  async get() {
    return null;
  },
  async delete() {},
};

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

export function createS3FileStore(settings: S3Settings): FileStore & { client: S3Client } {
  const client = new S3Client({
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Not every S3-compatible server understands the newer default checksums; the SHA-256 in the row is the check.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;
  return {
    kind: 's3',
    client,
    async put(key, bytes, contentType) {
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: key,
            Body: bytes,
            ContentType: contentType ?? 'application/octet-stream',
          }),
        );
      } catch (error) {
        throw new FileStoreUnavailableError('put', error);
      }
    },
    async get(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!answer.Body) return null;
        return Buffer.from(await answer.Body.transformToByteArray());
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
        throw new FileStoreUnavailableError('get', error);
      }
    },
    async delete(keys) {
      // DeleteObjects takes at most 1,000 keys a call.
      for (let i = 0; i < keys.length; i += 1000) {
        const chunk = keys.slice(i, i + 1000);
        await client.send(
          new DeleteObjectsCommand({ Bucket, Delete: { Objects: chunk.map((Key) => ({ Key })), Quiet: true } }),
        );
      }
    },
  };
}

/**
 * A stored file's bytes could not be served: missing from the bucket, not the bytes that were recorded, or kept in a
 * bucket this process is not set up to read. A coded error (502): the message says what to do; the log names only
 * the file's id and the reason.
 */
export class StoredFileUnavailableError extends AppError {
  constructor(
    readonly fileId: string,
    readonly reason: 'missing' | 'changed' | 'no_store',
  ) {
    super(
      'STORED_FILE_UNAVAILABLE',
      reason === 'changed'
        ? `This file is refused: the copy in the file storage is not the file Schoolgate kept (its SHA-256 digest differs), so it is not shown or exported. Whoever runs Schoolgate can put back the kept version from the storage's earlier versions (file ${fileId}).`
        : reason === 'missing'
          ? `This file cannot be opened: its copy is missing from the file storage. Whoever runs Schoolgate can restore it from the storage's earlier versions or backups (file ${fileId}).`
          : `This file is kept in object storage, which this Schoolgate is not set up to read (FILE_STORE is not s3). Whoever runs Schoolgate needs to set it (file ${fileId}).`,
      [],
      undefined,
      { fileId, fileProblem: reason },
    );
    this.name = 'StoredFileUnavailableError';
  }
}

/** The object storage did not answer or refused a write or read: nothing was saved, and trying again is safe. */
export class FileStoreUnavailableError extends AppError {
  constructor(operation: 'put' | 'get', cause: unknown) {
    super(
      'FILE_STORE_UNAVAILABLE',
      operation === 'put'
        ? 'The file storage could not be reached, so nothing was saved. Try again in a few minutes.'
        : 'The file storage could not be reached, so the file cannot be opened now. Try again in a few minutes.',
      [],
      undefined,
      { operation, storeError: cause instanceof Error ? cause.name : typeof cause },
    );
    this.name = 'FileStoreUnavailableError';
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Keeps a new file's bytes and answers the row's id and storage columns: with the database store the bytes go in
 * `content`; with S3 the object is written (under the school, by file id) and `content` stays empty.
 */
export async function keepBytes(
  store: FileStore,
  file: { schoolId: string; content: Buffer; contentType: string },
): Promise<{ id: string; content: Buffer; objectKey: string | null }> {
  const id = randomUUID();
  if (store.kind === 'database') return { id, content: file.content, objectKey: null };
  const objectKey = `schools/${file.schoolId}/files/${id}`;
  await store.put(objectKey, file.content, file.contentType);
  return { id, content: Buffer.alloc(0), objectKey };
}

/**
 * A stored row's bytes: from the row, or from the object store checked against the row's SHA-256. Rows written
 * before a switch to S3 keep their bytes in the database and are still read from there.
 */
export async function readBytes(
  store: FileStore,
  row: { id: string; content: Buffer; objectKey: string | null; sha256: string },
): Promise<Buffer> {
  if (row.objectKey === null) return row.content;
  if (store.kind !== 's3') throw new StoredFileUnavailableError(row.id, 'no_store');
  const bytes = await store.get(row.objectKey);
  if (!bytes) throw new StoredFileUnavailableError(row.id, 'missing');
  if (sha256(bytes) !== row.sha256) throw new StoredFileUnavailableError(row.id, 'changed');
  return bytes;
}

/** The process's store; a context built without one (tools, older tests) keeps files in the database. */
export const fileStoreOf = (ctx: { files?: FileStore }): FileStore => ctx.files ?? databaseFileStore;

/** A file whose bytes the store has kept, ready to be recorded: the stored_files row's values. */
export type PreparedStoredFile = Parameters<typeof storedFilesRepository.insert>[1] & { id: string };

/**
 * Keeps a new file's bytes before any transaction opens: with S3 the object is written here, so a slow or failing
 * object store never holds a database transaction (and its locks) open. A failure here saves nothing and can be
 * tried again; an object whose transaction then rolls back is left unreferenced (never served).
 */
export async function prepareStoredFile(
  store: FileStore,
  values: Omit<Parameters<typeof storedFilesRepository.insert>[1], 'id' | 'objectKey'>,
): Promise<PreparedStoredFile> {
  const kept = await keepBytes(store, values);
  return { ...values, ...kept };
}

/** Records a prepared file in the caller's transaction (no call to the object store). */
export function insertStoredFile(tx: Db, prepared: PreparedStoredFile) {
  return storedFilesRepository.insert(tx, prepared);
}
