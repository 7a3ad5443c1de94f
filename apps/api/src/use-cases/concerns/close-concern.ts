// Closes a concern: an outcome and the reason it can close are both required, and both go in the chronology.
import { concernsRepository } from '@schoolgate/db';
import { AppError, CONCERN_OUTCOME_LABELS } from '@schoolgate/domain';
import {
  CloseConcernRequest as CloseSchema,
  type CloseConcernRequest,
  type ConcernDetail,
} from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { recordAudit } from '../audit-entry.ts';
import { openConcern } from './concern-access.ts';
import { loadConcernDetail } from './get-concern.ts';

export async function closeConcern(
  ctx: AppContext,
  actor: Actor,
  id: string,
  request: CloseConcernRequest,
): Promise<ConcernDetail> {
  const input = CloseSchema.parse(request);
  const concern = await openConcern(ctx, actor, id);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const closed = await concernsRepository.close(tx, concern.id, {
      outcome: input.outcome,
      rationale: input.rationale,
      closedAt: now,
      closedBy: actor.userId,
    });
    if (!closed) throw new AppError('CONFLICT', 'This concern is already closed.');
    await concernsRepository.insertEntry(tx, {
      concernId: concern.id,
      kind: 'closed',
      text: `${CONCERN_OUTCOME_LABELS[input.outcome]}. ${input.rationale}`,
      byUserId: actor.userId,
      at: now,
    });
    await recordAudit(
      tx,
      actor,
      { action: 'concern.closed', entityType: 'concern', entityId: concern.id, details: { outcome: input.outcome } },
      now,
    );
  });
  return loadConcernDetail(ctx, concern.schoolId, concern.id);
}
