// Signs a person in with email and password: rate-limited per account and per address, constant-time
// whether or not the account exists, and always a new session (rotation at sign-in).
import { sessionsRepository, signInFailuresRepository, usersRepository } from '@schoolgate/db';
import { AppError } from '@schoolgate/domain';
import type { SessionStage, SignInRequest } from '@schoolgate/contracts';
import type { AppContext } from '../../app-context.ts';
import { decoyHash, passwordHasher } from '../../security/password-hasher.ts';
import { newSessionToken, sessionIdOf } from '../../security/session-token.ts';
import { loadMemberships } from './memberships.ts';
import { sessionStage } from './session-stage.ts';
import { recordAudit } from '../audit-entry.ts';

export const SIGN_IN_LIMITS = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;

export async function signIn(
  ctx: AppContext,
  input: SignInRequest,
  meta: { address: string | null; previousToken: string | null },
): Promise<{ token: string; stage: SessionStage }> {
  const now = ctx.now();
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const accountKey = `account:${input.email}`;
  const addressKey = `address:${meta.address ?? 'unknown'}`;
  const [byAccount, byAddress] = await Promise.all([
    signInFailuresRepository.countSince(ctx.db, accountKey, since),
    signInFailuresRepository.countSince(ctx.db, addressKey, since),
  ]);
  if (byAccount >= SIGN_IN_LIMITS.perAccount || byAddress >= SIGN_IN_LIMITS.perAddress) {
    throw new AppError(
      'RATE_LIMITED',
      `Too many failed sign-ins. Wait ${SIGN_IN_LIMITS.windowMinutes} minutes and try again.`,
    );
  }

  const user = await usersRepository.findByEmail(ctx.db, input.email);
  const passwordOk = user?.passwordHash
    ? await passwordHasher.verify(user.passwordHash, input.password)
    : (await passwordHasher.verify(await decoyHash(), input.password), false);
  if (!user || !passwordOk) {
    await signInFailuresRepository.record(ctx.db, [accountKey, addressKey], now);
    throw new AppError('SIGN_IN_FAILED', 'That email address and password do not match an account.');
  }
  const memberships = await loadMemberships(ctx.db, user.id);
  const place = memberships.places[0];
  if (user.status !== 'active' || !place) {
    throw new AppError('ACCOUNT_DISABLED', 'This account is not active. Ask your school office to restore it.');
  }
  await signInFailuresRepository.clear(ctx.db, [accountKey]);

  const token = newSessionToken();
  await ctx.db.transaction(async (tx) => {
    if (meta.previousToken) await sessionsRepository.delete(tx, sessionIdOf(meta.previousToken));
    const session = await sessionsRepository.create(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      trustId: place.trustId,
      activeSchoolId: place.schoolId,
      twoFactorVerified: false,
      expiresAt: new Date(now.getTime() + ctx.config.SESSION_HOURS * 3_600_000),
    });
    await recordAudit(
      tx,
      {
        userId: user.id,
        sessionId: session.id,
        displayName: user.displayName,
        trustId: place.trustId,
        schoolId: place.schoolId,
        role: place.role,
        address: meta.address,
      },
      // In the chain of the school they start in, so the head sees who signed in to their school.
      { action: 'auth.signed_in', entityType: 'user', entityId: user.id },
      now,
    );
  });
  return {
    token,
    stage: sessionStage({
      twoFactorEnabled: user.totpEnabledAt !== null,
      twoFactorVerified: false,
      needsTwoFactor: memberships.needsTwoFactor,
    }),
  };
}
