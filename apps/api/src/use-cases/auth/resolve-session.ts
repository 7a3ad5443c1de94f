// Turns a session cookie into the actor of a request: the session must be live (within its absolute length and
// used within the idle timeout), the user active, and the
// role is the one they hold in the session's active school.
import { sessionsRepository, usersRepository } from '@schoolgate/db';
import type { SessionStage } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { sessionIdOf } from '../../security/session-token.ts';
import { loadMemberships, type Memberships } from './memberships.ts';
import { sessionStage } from './session-stage.ts';

export interface ResolvedSession {
  actor: Actor;
  stage: SessionStage;
  memberships: Memberships;
  email: string;
  twoFactorEnabled: boolean;
}

export async function resolveSession(
  ctx: AppContext,
  token: string,
  address: string | null,
): Promise<ResolvedSession | null> {
  const now = ctx.now();
  const idleSince = new Date(now.getTime() - ctx.config.SESSION_IDLE_MINUTES * 60_000);
  const session = await sessionsRepository.findLive(ctx.db, sessionIdOf(token), now, idleSince);
  if (!session) return null;
  // One write a minute at most per session, not one per request.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await sessionsRepository.touch(ctx.db, session.id, now);
  const user = await usersRepository.findById(ctx.db, session.userId);
  if (!user || user.status !== 'active') {
    await sessionsRepository.delete(ctx.db, session.id);
    return null;
  }
  const memberships = await loadMemberships(ctx.db, user.id);
  const place = memberships.places.find((p) => p.schoolId === session.activeSchoolId) ?? memberships.places[0];
  if (!place) {
    // No active role anywhere any more (deactivated since sign-in): the session ends.
    await sessionsRepository.delete(ctx.db, session.id);
    return null;
  }
  const twoFactorEnabled = user.totpEnabledAt !== null;
  return {
    actor: {
      userId: user.id,
      sessionId: session.id,
      displayName: user.displayName,
      trustId: place.trustId,
      schoolId: place.schoolId,
      role: place.role,
      address,
    },
    stage: sessionStage({
      twoFactorEnabled,
      twoFactorVerified: session.twoFactorVerified,
      needsTwoFactor: memberships.needsTwoFactor,
      providerMfa: session.providerMfa,
    }),
    memberships,
    email: user.email,
    twoFactorEnabled,
  };
}
