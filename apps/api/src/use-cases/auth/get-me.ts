import { tenancyRepository } from '@schoolgate/db';
import { ACTIONS, can, permissionName, RESOURCES } from '@schoolgate/domain';
import type { MeResponse } from '@schoolgate/contracts';
import type { AppContext } from '../../app-context.ts';
import type { ResolvedSession } from './resolve-session.ts';

export async function getMe(ctx: AppContext, session: ResolvedSession): Promise<MeResponse> {
  const { actor, memberships } = session;
  const trust = await tenancyRepository.findTrust(ctx.db, actor.trustId);
  const place = memberships.places.find((p) => p.schoolId === actor.schoolId) ?? null;
  return {
    user: { id: actor.userId, email: session.email, displayName: actor.displayName },
    stage: session.stage,
    trust: { id: actor.trustId, name: trust?.name ?? '' },
    school: place ? { id: place.schoolId, name: place.schoolName } : null,
    role: actor.role,
    schools: memberships.places.map((p) => ({ id: p.schoolId, name: p.schoolName, role: p.role })),
    twoFactor: { enabled: session.twoFactorEnabled, required: memberships.needsTwoFactor },
    permissions: RESOURCES.flatMap((resource) =>
      ACTIONS.filter((action) => can(actor.role, action, resource)).map((action) => permissionName(action, resource)),
    ),
  };
}
