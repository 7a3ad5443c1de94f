// Re-entering a code from the authenticator app before opening concerns. The session records when, and concerns
// open for 15 minutes after it. Wrong codes count towards the same limit as at sign-in.
import { concernsRepository, signInFailuresRepository, usersRepository } from '@schoolgate/db';
import {
  AppError,
  CONCERN_SECOND_FACTOR_MINUTES,
  SIGN_IN_THROTTLE,
  signInWaitMs,
  waitInWords,
} from '@schoolgate/domain';
import type { SecondFactorCheckResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { totpStep } from '../../security/totp.ts';
import { recordAudit } from '../audit-entry.ts';

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
  // The same back-off as a code at sign-in: only someone signed in gets here, so it is counted per account.
  const since = new Date(now.getTime() - SIGN_IN_THROTTLE.windowMs);
  const history = await signInFailuresRepository.historySince(ctx.db, key, since);
  const waitMs = signInWaitMs(history, SIGN_IN_THROTTLE.accountAtAddress, now);
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new AppError(
      'RATE_LIMITED',
      `Too many wrong codes. Wait ${waitInWords(seconds)} and try again.`,
      [],
      seconds,
    );
  }
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
