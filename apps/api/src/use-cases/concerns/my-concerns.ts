// What the person who raised a concern sees: its reference, type and status. What the team did stays with the team.
import { concernsRepository } from '@schoolgate/db';
import type { MyConcernsResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';

export async function myConcerns(ctx: AppContext, actor: Actor): Promise<MyConcernsResponse> {
  if (!actor.schoolId) return { items: [] };
  const rows = await concernsRepository.listRaisedBy(ctx.db, actor.schoolId, actor.userId);
  const seen = await concernsRepository.seenIds(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      type: row.type as MyConcernsResponse['items'][number]['type'],
      raisedAt: row.raisedAt.toISOString(),
      status: row.status as 'open' | 'closed',
      seen: seen.has(row.id),
      closedAt: row.closedAt?.toISOString() ?? null,
    })),
  };
}
