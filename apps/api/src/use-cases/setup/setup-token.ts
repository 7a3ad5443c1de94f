// The one-time set-up token: while the deployment has no school, each start prints a fresh one (the last one
// printed is the only one that works); only its SHA-256 digest is stored.
import { createHash, randomBytes } from 'node:crypto';
import { setupTokensRepository, tenancyRepository } from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';

export const hashSetupToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A new token when no school exists yet, else null (set-up is done; nothing is printed). */
export async function issueSetupTokenIfNeeded(
  ctx: Pick<AppContext, 'db' | 'now'>,
  options: { keepOthers?: boolean } = {},
): Promise<string | null> {
  if ((await tenancyRepository.countSchools(ctx.db)) > 0) return null;
  const token = randomBytes(18).toString('base64url');
  // One of several web processes (`start --role api`) keeps the others' tokens: whichever is used first sets up.
  if (options.keepOthers) await setupTokensRepository.add(ctx.db, hashSetupToken(token), ctx.now());
  else await setupTokensRepository.replaceUnused(ctx.db, hashSetupToken(token), ctx.now());
  return token;
}
