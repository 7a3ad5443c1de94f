// The start check (issue 13): a database whose two-factor secrets, account credentials or audit MACs were sealed with
// a key that is not here would start, then answer every two-factor sign-in with a 500. Instead, at start, one sealed
// value of each kind is opened with the key this process has; if one does not open, Schoolgate stops with a message
// that says which key is missing and what to restore.
import { dataProtectionRepository, findFirstBreak, type Db } from '@schoolgate/db';
import type { SecretBox } from './secret-box.ts';

export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

export interface KeySource {
  source: 'environment' | 'file' | 'created';
  file: string;
}

const opens = (box: SecretBox, sealed: string | null) => {
  if (sealed === null) return true;
  try {
    box.open(sealed);
    return true;
  } catch {
    return false;
  }
};

/** What the database holds that the key does not open (empty: the key fits, or nothing is sealed yet). */
export async function sealedWithAnotherKey(
  db: Db,
  boxes: { totpBox: SecretBox; credentialsBox: SecretBox },
): Promise<string[]> {
  const samples = await dataProtectionRepository.sealedSamples(db);
  const problems: string[] = [];
  if (!opens(boxes.totpBox, samples.totp)) problems.push('two-factor secrets');
  if (!opens(boxes.credentialsBox, samples.credentials)) problems.push('social media account credentials');
  if (samples.audit) {
    const entry = samples.audit;
    const broken = findFirstBreak([entry], { seq: entry.seq - 1, hash: entry.prevHash, keyedFrom: null });
    if (broken?.kind === 'mac') problems.push('the audit log’s keyed checks');
  }
  return problems;
}

export function dataKeyMessage(problems: string[], key: KeySource): string {
  const what = problems.join(', ');
  const lines = [
    `Schoolgate has not started: this database holds ${what} sealed with a key that is not here.`,
    key.source === 'environment'
      ? 'SESSION_SECRET is set, but not to the secret this data was sealed with.'
      : key.source === 'created'
        ? `The data directory has no key file (${key.file}): it was not copied or restored with the database.`
        : `The key file ${key.file} is not the one that belongs with this database.`,
    'Starting with another key would lock every two-factor user out, so nothing has been changed. To fix it:',
    `  - put back the secret.key that belongs with this database (${key.file}), or set SESSION_SECRET to the secret this deployment used;`,
    '  - or restore the database and its key together from a backup: schoolgate restore --in FILE (see docs/data-protection.md).',
  ];
  return lines.join('\n');
}
