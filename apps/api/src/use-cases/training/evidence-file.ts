// Checks an uploaded certificate before it is stored: a real PDF, PNG or JPEG (by its first bytes, not only by
// what the browser claimed), not empty, at most 10 MB. Anything else is refused with a plain reason.
import { createHash } from 'node:crypto';
import { AppError } from '@schoolgate/domain';
import { EVIDENCE_MAX_BYTES, type EvidenceUpload } from '@schoolgate/contracts';

const SIGNATURES: Record<EvidenceUpload['contentType'], number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

const invalid = (message: string) => new AppError('VALIDATION_FAILED', message, [{ field: 'evidence', message }]);

export interface CheckedEvidence {
  fileName: string;
  contentType: EvidenceUpload['contentType'];
  content: Buffer;
  sizeBytes: number;
  sha256: string;
}

/** Keeps only the last path part and printable characters, so the name is safe in a download header. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Drops control characters and quotes, which have no place in a header.
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join('')
    .trim()
    .slice(0, 150);
  return cleaned === '' ? 'certificate' : cleaned;
}

export function checkEvidence(upload: EvidenceUpload): CheckedEvidence {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(upload.base64)) throw invalid('The file could not be read. Choose it again.');
  const content = Buffer.from(upload.base64, 'base64');
  if (content.length === 0) throw invalid('The file is empty.');
  if (content.length > EVIDENCE_MAX_BYTES) throw invalid('The file is larger than 10 MB. Choose a smaller one.');
  const signature = SIGNATURES[upload.contentType];
  if (!signature.every((byte, i) => content[i] === byte)) {
    throw invalid('The file is not a PDF, PNG or JPEG, or is not the type its name suggests.');
  }
  return {
    fileName: safeFileName(upload.fileName),
    contentType: upload.contentType,
    content,
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
