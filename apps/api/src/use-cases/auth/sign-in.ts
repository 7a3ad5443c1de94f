// Signs a person in with email and password: throttled per account at an address and per address (never locked), constant-time
// whether or not the account exists, and always a new session (rotation at sign-in).
import { signInFailuresRepository, usersRepository } from '@schoolgate/db';
import { AppError, SIGN_IN_THROTTLE, signInWaitMs, waitInWords } from '@schoolgate/domain';
import type { SessionStage, SignInRequest } from '@schoolgate/contracts';
import type { AppContext } from '../../app-context.ts';
import { decoyHash, passwordHasher } from '../../security/password-hasher.ts';
import { loadMemberships } from './memberships.ts';
import { openSession } from './open-session.ts';

export async function signIn(
  ctx: AppContext,
  input: SignInRequest,
  meta: { address: string | null; previousToken: string | null },
): Promise<{ token: string; stage: SessionStage }> {
  const now = ctx.now();
  const since = new Date(now.getTime() - SIGN_IN_THROTTLE.windowMs);
  const address = meta.address ?? 'unknown';
  // Failures of this account from this address, and of this address across accounts. Never the account alone:
  // that would let anyone who knows an email keep its owner out.
  const pairKey = `account-at:${input.email}|${address}`;
  const addressKey = `address:${address}`;
  const [byPair, byAddress] = await Promise.all([
    signInFailuresRepository.historySince(ctx.db, pairKey, since),
    signInFailuresRepository.historySince(ctx.db, addressKey, since),
  ]);
  const waitMs = Math.max(
    signInWaitMs(byPair, SIGN_IN_THROTTLE.accountAtAddress, now),
    signInWaitMs(byAddress, SIGN_IN_THROTTLE.address, now),
  );
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new AppError(
      'RATE_LIMITED',
      `Too many failed sign-ins from here. Wait ${waitInWords(seconds)} and try again.`,
      [],
      seconds,
    );
  }

  const user = await usersRepository.findByEmail(ctx.db, input.email);
  const passwordOk = user?.passwordHash
    ? await passwordHasher.verify(user.passwordHash, input.password)
    : (await passwordHasher.verify(await decoyHash(), input.password), false);
  if (!user || !passwordOk) {
    await signInFailuresRepository.record(ctx.db, [pairKey, addressKey], now);
    throw new AppError('SIGN_IN_FAILED', 'That email address and password do not match an account.');
  }
  const memberships = await loadMemberships(ctx.db, user.id);
  const place = memberships.places[0];
  if (user.status !== 'active' || !place) {
    throw new AppError('ACCOUNT_DISABLED', 'This account is not active. Ask your school office to restore it.');
  }
  await signInFailuresRepository.clear(ctx.db, [pairKey]);

  return ctx.db.transaction((tx) => openSession(ctx, tx, { user, memberships, place, meta }));
}
