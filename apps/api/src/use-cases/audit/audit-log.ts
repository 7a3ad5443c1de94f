import { auditRepository, chainFor } from '@schoolgate/db';
import type { AuditListResponse, AuditVerifyResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { usersRepository } from '@schoolgate/db';

export async function listAudit(
  ctx: AppContext,
  actor: Actor,
  query: { page: number; pageSize: number; action?: string },
): Promise<AuditListResponse> {
  authorise(actor, 'read', 'audit');
  const { items, total, totalIsLowerBound } = await auditRepository.list(
    ctx.db,
    chainFor(actor.trustId, schoolOf(actor)),
    query,
  );
  const names = await usersRepository.displayNames(
    ctx.db,
    items.map((i) => i.actorUserId),
  );
  return {
    items: items.map((e) => ({
      id: e.id,
      seq: e.seq,
      occurredAt: e.occurredAt.toISOString(),
      actor: {
        userId: e.actorUserId,
        name: e.actorUserId ? (names.get(e.actorUserId) ?? null) : null,
        address: e.actorAddress,
      },
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      details: e.details,
      hash: e.hash,
    })),
    total,
    totalIsLowerBound,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function verifyAudit(ctx: AppContext, actor: Actor): Promise<AuditVerifyResponse> {
  authorise(actor, 'verify', 'audit');
  const result = await auditRepository.verify(ctx.db, chainFor(actor.trustId, schoolOf(actor)));
  return { intact: result.firstBroken === null, checked: result.checked, firstBroken: result.firstBroken };
}
