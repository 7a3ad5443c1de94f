// A backup file (issue 13): the archive encrypted with the operator's passphrase. The key is derived with scrypt
// (N = 2^15, r = 8, p = 1) from the passphrase and a random salt; the archive is encrypted with AES-256-GCM, and the
// file's header (format, salt, nonce, what it holds) is authenticated with it, so a changed byte anywhere, or a wrong
// passphrase, is refused rather than restored. Layout: the magic line, the header as one JSON line, the ciphertext,
// then the 16-byte GCM tag.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

const MAGIC = 'SCHOOLGATE-BACKUP-1\n';
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
export const MIN_PASSPHRASE = 12;

export interface BackupHeader {
  format: 'schoolgate.backup.v1';
  createdAt: string;
  version: string;
  database: 'pglite' | 'postgres';
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: { name: 'aes-256-gcm'; iv: string };
}

export class BackupFileError extends Error {
  override name = 'CliError';
}

const keyFrom = (passphrase: string, salt: Buffer, kdf: { N: number; r: number; p: number }) =>
  scryptSync(passphrase.normalize('NFC'), salt, 32, { ...kdf, maxmem: SCRYPT.maxmem });

export function sealBackup(
  archive: Uint8Array,
  passphrase: string,
  about: Pick<BackupHeader, 'createdAt' | 'version' | 'database'>,
): Buffer {
  if (passphrase.length < MIN_PASSPHRASE)
    throw new BackupFileError(`The passphrase must be at least ${MIN_PASSPHRASE} characters.`);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header: BackupHeader = {
    format: 'schoolgate.backup.v1',
    ...about,
    kdf: { name: 'scrypt', N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64') },
  };
  const headerLine = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const cipher = createCipheriv('aes-256-gcm', keyFrom(passphrase, salt, SCRYPT), iv);
  cipher.setAAD(headerLine);
  const body = Buffer.concat([cipher.update(archive), cipher.final()]);
  return Buffer.concat([Buffer.from(MAGIC, 'utf8'), headerLine, body, cipher.getAuthTag()]);
}

export function readBackupHeader(file: Buffer): { header: BackupHeader; headerLine: Buffer; rest: Buffer } {
  if (file.subarray(0, MAGIC.length).toString('utf8') !== MAGIC)
    throw new BackupFileError('This is not a Schoolgate backup file (made by `schoolgate backup`).');
  const end = file.indexOf(0x0a, MAGIC.length);
  if (end < 0) throw new BackupFileError('The backup file is cut short: its header is incomplete.');
  const headerLine = file.subarray(MAGIC.length, end + 1);
  let header: BackupHeader;
  try {
    header = JSON.parse(headerLine.toString('utf8')) as BackupHeader;
  } catch {
    throw new BackupFileError('The backup file’s header is damaged.');
  }
  if (header.format !== 'schoolgate.backup.v1' || header.kdf?.name !== 'scrypt')
    throw new BackupFileError('This backup was made in a format this version of Schoolgate does not read.');
  return { header, headerLine, rest: file.subarray(end + 1) };
}

export function openBackup(file: Buffer, passphrase: string): { header: BackupHeader; archive: Buffer } {
  const { header, headerLine, rest } = readBackupHeader(file);
  if (rest.length < 16) throw new BackupFileError('The backup file is cut short.');
  const { N, r, p, salt } = header.kdf;
  const decipher = createDecipheriv(
    'aes-256-gcm',
    keyFrom(passphrase, Buffer.from(salt, 'base64'), { N, r, p }),
    Buffer.from(header.cipher.iv, 'base64'),
  );
  decipher.setAAD(headerLine);
  decipher.setAuthTag(rest.subarray(rest.length - 16));
  try {
    return { header, archive: Buffer.concat([decipher.update(rest.subarray(0, rest.length - 16)), decipher.final()]) };
  } catch {
    throw new BackupFileError(
      'The backup could not be opened: the passphrase is wrong, or the file has been changed or damaged since it was made.',
    );
  }
}
