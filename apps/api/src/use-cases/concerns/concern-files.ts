// Checks files attached to a concern before they are stored: the type is judged from the bytes (a PNG, JPEG, GIF,
// WebP or PDF), never from the name the browser sent; each at most 10 MB, at most five, 20 MB together. Stored in
// the caller's transaction with their SHA-256, which the caller puts in the audit chain.
import { createHash } from 'node:crypto';
import { concernsRepository, type Db } from '@schoolgate/db';
import {
  insertStoredFile,
  prepareStoredFile,
  type FileStore,
  type PreparedStoredFile,
} from '../../files/file-store.ts';
import { AppError } from '@schoolgate/domain';
import {
  CONCERN_FILE_MAX_BYTES,
  CONCERN_FILES_MAX,
  CONCERN_FILES_TOTAL_MAX_BYTES,
  type ConcernFileUpload,
} from '@schoolgate/contracts';
import { safeFileName } from '../training/evidence-file.ts';

interface Sniffed {
  contentType: string;
  extension: string;
}

const startsWith = (content: Buffer, bytes: number[], offset = 0) =>
  bytes.every((byte, i) => content[offset + i] === byte);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** What the bytes are, or null when they are none of the kinds a concern may hold. */
export function sniffConcernFile(content: Buffer): Sniffed | null {
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: 'image/png', extension: 'png' };
  if (startsWith(content, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(content, ascii('GIF87a')) || startsWith(content, ascii('GIF89a')))
    return { contentType: 'image/gif', extension: 'gif' };
  if (startsWith(content, ascii('RIFF')) && startsWith(content, ascii('WEBP'), 8))
    return { contentType: 'image/webp', extension: 'webp' };
  if (startsWith(content, ascii('%PDF-'))) return { contentType: 'application/pdf', extension: 'pdf' };
  return null;
}

export interface CheckedConcernFile {
  fileName: string;
  contentType: string;
  content: Buffer;
  sizeBytes: number;
  sha256: string;
}

const refuse = (index: number, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ field: `files.${index}`, message }]);

/** The name keeps what the person called it, with the extension of what it really is. */
function nameFor(original: string, sniffed: Sniffed): string {
  const safe = safeFileName(original);
  const stem = safe.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'evidence';
  return `${stem}.${sniffed.extension}`;
}

export function checkConcernFiles(uploads: readonly ConcernFileUpload[]): CheckedConcernFile[] {
  if (uploads.length > CONCERN_FILES_MAX) throw refuse(CONCERN_FILES_MAX, `Attach at most ${CONCERN_FILES_MAX} files.`);
  let total = 0;
  return uploads.map((upload, index) => {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(upload.base64))
      throw refuse(index, 'The file could not be read. Choose it again.');
    const content = Buffer.from(upload.base64, 'base64');
    if (content.length === 0) throw refuse(index, `${safeFileName(upload.fileName)} is empty.`);
    if (content.length > CONCERN_FILE_MAX_BYTES)
      throw refuse(index, `${safeFileName(upload.fileName)} is larger than 10 MB. Choose a smaller file.`);
    total += content.length;
    if (total > CONCERN_FILES_TOTAL_MAX_BYTES)
      throw refuse(index, 'The files together are larger than 20 MB. Attach fewer or smaller files.');
    const sniffed = sniffConcernFile(content);
    if (!sniffed)
      throw refuse(
        index,
        `${safeFileName(upload.fileName)} is not a picture (PNG, JPEG, GIF, WebP) or a PDF. Take a screenshot instead.`,
      );
    return {
      fileName: nameFor(upload.fileName, sniffed),
      contentType: sniffed.contentType,
      content,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    };
  });
}

/**
 * Keeps checked files' bytes before the concern's transaction opens (with object storage, an upload must never hold
 * a transaction open); a failure here saves nothing, and the person can send the concern again.
 */
export async function prepareConcernFiles(
  store: FileStore,
  input: { schoolId: string; uploadedBy: string | null; now: Date },
  files: readonly CheckedConcernFile[],
): Promise<PreparedStoredFile[]> {
  const prepared: PreparedStoredFile[] = [];
  for (const file of files) {
    prepared.push(
      await prepareStoredFile(store, {
        schoolId: input.schoolId,
        uploadedBy: input.uploadedBy,
        uploadedAt: input.now,
        ...file,
      }),
    );
  }
  return prepared;
}

/** Records prepared files and links them to the concern; answers what the audit entry should record. */
export async function storeConcernFiles(
  tx: Db,
  input: { concernId: string; now: Date; kind: 'upload' | 'evidence' },
  files: readonly PreparedStoredFile[],
) {
  const kept: Array<{ fileId: string; fileName: string; sha256: string; sizeBytes: number }> = [];
  for (const file of files) {
    const stored = await insertStoredFile(tx, file);
    await concernsRepository.insertFile(tx, {
      concernId: input.concernId,
      fileId: stored.id,
      kind: input.kind,
      sha256: file.sha256,
      createdAt: input.now,
    });
    kept.push({ fileId: stored.id, fileName: file.fileName, sha256: file.sha256, sizeBytes: file.sizeBytes });
  }
  return kept;
}
