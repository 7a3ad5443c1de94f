// Starts a session for a person who has just proved who they are (password, identity provider or invitation): a
// new random token, any previous session of this browser ended, and the sign-in in the audit chain of the school
// they start in, all in one transaction.
import { sessionsRepository, type Db, type UserRow } from '@schoolgate/db';
import type { SessionStage } from '@schoolgate/contracts';
import type { AppContext } from '../../app-context.ts';
import { newSessionToken, sessionIdOf } from '../../security/session-token.ts';
import { recordAudit } from '../audit-entry.ts';
import type { Memberships, Place } from './memberships.ts';
import { sessionStage } from './session-stage.ts';

export async function openSession(
  ctx: AppContext,
  tx: Db,
  input: {
    user: Pick<UserRow, 'id' | 'displayName' | 'totpEnabledAt'>;
    memberships: Memberships;
    place: Place;
    meta: { address: string | null; previousToken: string | null };
    /** The identity provider's id token said MFA was done (the school vouches that its provider enforces it). */
    providerMfa?: boolean;
    /** Extra audit details (how they signed in). */
    details?: Record<string, unknown>;
  },
): Promise<{ token: string; stage: SessionStage }> {
  const now = ctx.now();
  const { user, place, meta } = input;
  const providerMfa = input.providerMfa ?? false;
  const token = newSessionToken();
  if (meta.previousToken) await sessionsRepository.delete(tx, sessionIdOf(meta.previousToken));
  const session = await sessionsRepository.create(tx, {
    id: sessionIdOf(token),
    userId: user.id,
    trustId: place.trustId,
    activeSchoolId: place.schoolId,
    twoFactorVerified: providerMfa,
    providerMfa,
    secondFactorAt: providerMfa ? now : null,
    lastSeenAt: now,
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
    { action: 'auth.signed_in', entityType: 'user', entityId: user.id, details: input.details },
    now,
  );
  return {
    token,
    stage: sessionStage({
      twoFactorEnabled: user.totpEnabledAt !== null,
      twoFactorVerified: providerMfa,
      needsTwoFactor: input.memberships.needsTwoFactor,
      providerMfa,
    }),
  };
}
