// The team's list: a page of the concerns on the routes this person may read, open and urgent first. It names no
// one, so it needs no second-factor check; opening a concern does.
import { concernsRepository } from '@schoolgate/db';
import { forbidden } from '@schoolgate/domain';
import type { ConcernListResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { secondFactorValidUntil, visibleRoutes } from './concern-access.ts';
import { presentListItem } from './present-concern.ts';

export async function listConcerns(
  ctx: AppContext,
  actor: Actor,
  query: { status: 'open' | 'closed' | 'all'; page: number; pageSize: number },
): Promise<ConcernListResponse> {
  const routes = await visibleRoutes(ctx.db, actor);
  if (routes.length === 0 || !actor.schoolId)
    throw forbidden("Concerns are read by the DSL team and the headteacher (parents' complaints also by the office).");
  const {
    items: rows,
    total,
    totalIsLowerBound,
  } = await concernsRepository.listOnRoutes(ctx.db, schoolOf(actor), routes, query);
  const seen = await concernsRepository.seenIds(
    ctx.db,
    rows.map((r) => r.id),
  );
  const until = await secondFactorValidUntil(ctx, actor);
  return {
    items: rows.map((row) => presentListItem(row, seen.has(row.id))),
    total,
    totalIsLowerBound,
    page: query.page,
    pageSize: query.pageSize,
    secondFactorValidUntil: until?.toISOString() ?? null,
  };
}
