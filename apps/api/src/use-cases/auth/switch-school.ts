import { sessionsRepository } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { AppContext } from '../../app-context.ts';
import type { ResolvedSession } from './resolve-session.ts';
import { recordAudit } from '../audit-entry.ts';

/** Moves the session to another school the person works in. Any other school is "not found". */
export async function switchSchool(ctx: AppContext, session: ResolvedSession, schoolId: string): Promise<void> {
  const place = session.memberships.places.find((p) => p.schoolId === schoolId);
  if (!place) throw notFound('That school');
  await ctx.db.transaction(async (tx) => {
    await sessionsRepository.update(tx, session.actor.sessionId, { activeSchoolId: place.schoolId });
    await recordAudit(
      tx,
      { ...session.actor, schoolId: place.schoolId, role: place.role },
      {
        action: 'auth.school_switched',
        entityType: 'school',
        entityId: place.schoolId,
      },
      ctx.now(),
    );
  });
}
