// Two-factor sign-in with an authenticator app (TOTP): enrol, confirm, and verify at each sign-in.
// Each success rotates the session token, so a token seen before the second factor is worth nothing after.
import { sessionsRepository, signInFailuresRepository, usersRepository } from '@schoolgate/db';
import { AppError, SIGN_IN_THROTTLE, signInWaitMs, waitInWords } from '@schoolgate/domain';
import type { TwoFactorEnrolmentResponse } from '@schoolgate/contracts';
import type { AppContext } from '../../app-context.ts';
import type { ResolvedSession } from './resolve-session.ts';
import { newSessionToken, sessionIdOf } from '../../security/session-token.ts';
import {
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUrl,
  qrCodeDataUrl,
  totpStep,
} from '../../security/totp.ts';
import { recordAudit } from '../audit-entry.ts';

export async function startTwoFactorEnrolment(
  ctx: AppContext,
  session: ResolvedSession,
): Promise<TwoFactorEnrolmentResponse> {
  if (session.twoFactorEnabled)
    throw new AppError('CONFLICT', 'Two-factor sign-in is already set up for this account.');
  const secret = newTotpSecret();
  await usersRepository.setPendingTotpSecret(ctx.db, session.actor.userId, ctx.totpBox.seal(secret));
  const url = otpauthUrl(secret, session.email);
  return { otpauthUrl: url, qrCodeDataUrl: await qrCodeDataUrl(url), secret };
}

async function rotateVerifiedSession(ctx: AppContext, session: ResolvedSession): Promise<string> {
  const old = await sessionsRepository.findLive(ctx.db, session.actor.sessionId, ctx.now());
  const token = newSessionToken();
  await sessionsRepository.delete(ctx.db, session.actor.sessionId);
  await sessionsRepository.create(ctx.db, {
    id: sessionIdOf(token),
    userId: session.actor.userId,
    trustId: session.actor.trustId,
    activeSchoolId: session.actor.schoolId,
    twoFactorVerified: true,
    lastSeenAt: ctx.now(),
    expiresAt: old?.expiresAt ?? new Date(ctx.now().getTime() + ctx.config.SESSION_HOURS * 3_600_000),
  });
  return token;
}

export async function confirmTwoFactorEnrolment(
  ctx: AppContext,
  session: ResolvedSession,
  code: string,
): Promise<{ token: string; recoveryCodes: string[] }> {
  if (session.twoFactorEnabled)
    throw new AppError('CONFLICT', 'Two-factor sign-in is already set up for this account.');
  const user = await usersRepository.findById(ctx.db, session.actor.userId);
  if (!user?.totpSecretEncrypted) throw new AppError('CONFLICT', 'Start the set-up again: no QR code has been issued.');
  const step = totpStep(ctx.totpBox.open(user.totpSecretEncrypted), code, ctx.now());
  if (step === null || !(await usersRepository.claimTotpStep(ctx.db, user.id, step))) {
    throw new AppError(
      'TWO_FACTOR_INVALID',
      'That code does not match. Check the time on your phone and try the newest code.',
      [{ field: 'code', message: 'The code does not match.' }],
    );
  }
  const recoveryCodes = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    await usersRepository.setTwoFactor(tx, user.id, {
      totpSecretEncrypted: user.totpSecretEncrypted!,
      recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
      enabledAt: ctx.now(),
    });
    await recordAudit(
      tx,
      session.actor,
      { action: 'auth.two_factor_enabled', entityType: 'user', entityId: user.id },
      ctx.now(),
    );
  });
  return { token: await rotateVerifiedSession(ctx, session), recoveryCodes };
}

/**
 * Refuses a code while wrong codes under `key` still hold it back (429 with the wait). Only someone who already has
 * the password gets to a code, so the wait is counted per account.
 */
export async function refuseWhileCodesThrottled(ctx: AppContext, key: string, now: Date): Promise<void> {
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
}

export async function verifyTwoFactor(
  ctx: AppContext,
  session: ResolvedSession,
  code: string,
): Promise<{ token: string }> {
  const user = await usersRepository.findById(ctx.db, session.actor.userId);
  if (!user?.totpEnabledAt || !user.totpSecretEncrypted) {
    throw new AppError('TWO_FACTOR_ENROLMENT_REQUIRED', 'Set up two-factor sign-in first.');
  }
  const now = ctx.now();
  const key = `two_factor:${user.id}`;
  await refuseWhileCodesThrottled(ctx, key, now);
  const trimmed = code.trim();
  let usedRecoveryCode = false;
  const step = totpStep(ctx.totpBox.open(user.totpSecretEncrypted), trimmed, now);
  // A right code used a second time is refused like a wrong one.
  if (step === null || !(await usersRepository.claimTotpStep(ctx.db, user.id, step))) {
    const digest = hashRecoveryCode(trimmed);
    if (!user.recoveryCodeHashes.includes(digest)) {
      await signInFailuresRepository.record(ctx.db, [key], now);
      throw new AppError(
        'TWO_FACTOR_INVALID',
        'That code does not match. Use the newest code from your app, or a recovery code.',
        [{ field: 'code', message: 'The code does not match.' }],
      );
    }
    // A recovery code works once.
    await usersRepository.setRecoveryCodes(
      ctx.db,
      user.id,
      user.recoveryCodeHashes.filter((h) => h !== digest),
    );
    usedRecoveryCode = true;
  }
  await signInFailuresRepository.clear(ctx.db, [key]);
  if (usedRecoveryCode) {
    await ctx.db.transaction((tx) =>
      recordAudit(tx, session.actor, { action: 'auth.recovery_code_used', entityType: 'user', entityId: user.id }, now),
    );
  }
  return { token: await rotateVerifiedSession(ctx, session) };
}
