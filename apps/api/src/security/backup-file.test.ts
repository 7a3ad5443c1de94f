import { describe, expect, it } from 'vitest';
import { openBackup, readBackupHeader, sealBackup } from './backup-file.ts';

const about = { createdAt: '2026-12-07T02:00:00.000Z', version: 'test', database: 'pglite' as const };
const archive = new TextEncoder().encode('the archive: a database, its key and its checkpoints');
const PASSPHRASE = 'a passphrase long enough';

describe('backup files', () => {
  it('opens with the passphrase it was sealed with, and names what it holds without it', () => {
    const sealed = sealBackup(archive, PASSPHRASE, about);
    expect(readBackupHeader(sealed).header).toMatchObject({ database: 'pglite', cipher: { name: 'aes-256-gcm' } });
    expect(new TextDecoder().decode(openBackup(sealed, PASSPHRASE).archive)).toContain('its checkpoints');
  });

  it('refuses a wrong passphrase, a changed byte in the body or the header, and a short passphrase', () => {
    const sealed = sealBackup(archive, PASSPHRASE, about);
    expect(() => openBackup(sealed, 'another passphrase entirely')).toThrow(/passphrase is wrong/);
    const body = Buffer.from(sealed);
    body[body.length - 20]! ^= 1;
    expect(() => openBackup(body, PASSPHRASE)).toThrow(/changed or damaged/);
    const header = Buffer.from(sealed.toString('latin1').replace('"version":"test"', '"version":"tesT"'), 'latin1');
    expect(() => openBackup(header, PASSPHRASE)).toThrow(/changed or damaged/);
    expect(() => sealBackup(archive, 'short', about)).toThrow(/at least 12/);
    expect(() => openBackup(Buffer.from('PK\u0003\u0004 not a backup'), PASSPHRASE)).toThrow(/not a Schoolgate backup/);
  });
});
