// Who may open a concern, checked the same way by every use case that shows or changes one: the concern must be in
// the actor's school and on a route they may read (else 404, as if it did not exist), and the actor must have
// entered a two-factor code in the last 15 minutes (else SECOND_FACTOR_CHECK_REQUIRED).
import { concernsRepository, type ConcernRow, type Db } from '@schoolgate/db';
import {
  AppError,
  canSeeConcern,
  CONCERN_SECOND_FACTOR_MINUTES,
  notFound,
  routesVisibleTo,
  secondFactorIsFresh,
  type ConcernRoute,
  type ConcernViewer,
} from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { chairOfGovernorsUserIds } from '../moderation/press-hold.ts';

export async function viewerOf(db: Db, actor: Actor): Promise<ConcernViewer> {
  if (actor.role !== 'governor' || !actor.schoolId) return { role: actor.role, isChairOfGovernors: false };
  const chairs = await chairOfGovernorsUserIds(db, actor.schoolId);
  return { role: actor.role, isChairOfGovernors: chairs.includes(actor.userId) };
}

export async function visibleRoutes(db: Db, actor: Actor): Promise<ConcernRoute[]> {
  return routesVisibleTo(await viewerOf(db, actor));
}

export async function secondFactorValidUntil(ctx: AppContext, actor: Actor): Promise<Date | null> {
  const at = await concernsRepository.secondFactorAt(ctx.db, actor.sessionId);
  if (!at || !secondFactorIsFresh(at, ctx.now())) return null;
  return new Date(at.getTime() + CONCERN_SECOND_FACTOR_MINUTES * 60_000);
}

export async function requireFreshSecondFactor(ctx: AppContext, actor: Actor): Promise<void> {
  if (!(await secondFactorValidUntil(ctx, actor))) {
    throw new AppError(
      'SECOND_FACTOR_CHECK_REQUIRED',
      `Enter a code from your authenticator app to open concerns (asked again after ${CONCERN_SECOND_FACTOR_MINUTES} minutes).`,
    );
  }
}

/** The concern, when the actor may read its details; a 404 otherwise, whatever the reason. */
export async function openConcern(ctx: AppContext, actor: Actor, id: string): Promise<ConcernRow> {
  const concern = actor.schoolId ? await concernsRepository.findInSchool(ctx.db, schoolOf(actor), id) : null;
  if (!concern || !canSeeConcern(await viewerOf(ctx.db, actor), concern.route as ConcernRoute)) {
    throw notFound('That concern');
  }
  await requireFreshSecondFactor(ctx, actor);
  return concern;
}
