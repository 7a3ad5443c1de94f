// Re-entering a code from the authenticator app before opening concerns. The session records when, and concerns
// open for 15 minutes after it. Wrong codes count towards the same limit as at sign-in.
import { concernsRepository, signInFailuresRepository, usersRepository } from '@schoolgate/db';
import { AppError, CONCERN_SECOND_FACTOR_MINUTES } from '@schoolgate/domain';
import type { SecondFactorCheckResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { totpStep } from '../../security/totp.ts';
import { recordAudit } from '../audit-entry.ts';
import { refuseWhileCodesThrottled } from '../auth/two-factor.ts';

export async function checkSecondFactor(
  ctx: AppContext,
  actor: Actor,
  code: string,
): Promise<SecondFactorCheckResponse> {
  const user = await usersRepository.findById(ctx.db, actor.userId);
  if (!user?.totpEnabledAt || !user.totpSecretEncrypted) {
    throw new AppError('TWO_FACTOR_ENROLMENT_REQUIRED', 'Set up two-factor sign-in first.');
  }
  const now = ctx.now();
  const key = `two_factor:${user.id}`;
  // The same back-off as a code at sign-in.
  await refuseWhileCodesThrottled(ctx, key, now);
  const step = totpStep(ctx.totpBox.open(user.totpSecretEncrypted), code.trim(), now);
  if (step === null || !(await usersRepository.claimTotpStep(ctx.db, user.id, step))) {
    await signInFailuresRepository.record(ctx.db, [key], now);
    throw new AppError('TWO_FACTOR_INVALID', 'That code does not match. Use the newest code from your app.', [
      { field: 'code', message: 'The code does not match.' },
    ]);
  }
  await signInFailuresRepository.clear(ctx.db, [key]);
  await ctx.db.transaction(async (tx) => {
    await concernsRepository.markSecondFactor(tx, actor.sessionId, now);
    await recordAudit(tx, actor, { action: 'auth.second_factor_checked', entityType: 'user', entityId: user.id }, now);
  });
  return { validUntil: new Date(now.getTime() + CONCERN_SECOND_FACTOR_MINUTES * 60_000).toISOString() };
}
