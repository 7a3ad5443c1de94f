// Senior leaders (or only the head, as the policy says) approve or reject a request with a reason. Approval waits
// until every runner has signed the policy in force and holds training in date, and the head's written consent is
// recorded where the policy asks; nobody decides their own request. An approved request joins the register as
// "approved, not connected" with its runners.
import { accountRequestsRepository, accountRunnersRepository, socialAccountsRepository } from '@schoolgate/db';
import { AppError, mayDecideAccountRequest, notFound, ROLE_LABELS } from '@schoolgate/domain';
import type { AccountRequestItem, DecideAccountRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { presentAccountRequest } from './present-account-request.ts';
import { accountRulesFor } from './runner-readiness.ts';

export const NOT_CONNECTED = 'approved_not_connected';

export async function decideAccountRequest(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: DecideAccountRequest,
): Promise<AccountRequestItem> {
  authorise(actor, 'approve', 'account');
  const schoolId = schoolOf(actor);
  const rules = await accountRulesFor(ctx.db, schoolId);
  if (!mayDecideAccountRequest(actor.role, rules.approvedBy)) {
    throw new AppError(
      'FORBIDDEN',
      `The school's policy has new accounts approved by the headteacher, not a ${ROLE_LABELS[actor.role].toLowerCase()}.`,
    );
  }
  const current = await accountRequestsRepository.findInSchool(ctx.db, schoolId, id);
  if (!current) throw notFound('That account request');
  if (current.status !== 'pending') throw new AppError('CONFLICT', 'This request has already been decided.');
  if (current.requestedBy === actor.userId) {
    throw new AppError('FORBIDDEN', 'You cannot decide your own request. Another leader must.');
  }
  if (input.decision === 'approve') {
    const presented = await presentAccountRequest(ctx, schoolId, current, rules);
    if (presented.blockers.length > 0) {
      throw new AppError('CONFLICT', `This request cannot be approved yet. ${presented.blockers.join(' ')}`);
    }
  }
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const account =
      input.decision === 'approve'
        ? await socialAccountsRepository.create(tx, {
            schoolId,
            platform: current.platform,
            // Until it is connected the platform's id is not known; this placeholder is unique per request.
            externalId: `pending:${current.id}`,
            handle: current.handle,
            displayName: current.handle,
            status: NOT_CONNECTED,
          })
        : null;
    if (account) await accountRunnersRepository.add(tx, schoolId, account.id, current.runnerStaffIds);
    const updated = await accountRequestsRepository.updatePending(tx, schoolId, id, {
      status: input.decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: actor.userId,
      decidedAt: now,
      decisionReason: input.reason,
      accountId: account?.id ?? null,
    });
    if (!updated) throw new AppError('CONFLICT', 'This request has already been decided.');
    await recordAudit(
      tx,
      actor,
      {
        action: input.decision === 'approve' ? 'account_request.approved' : 'account_request.rejected',
        entityType: 'account_request',
        entityId: id,
        details: { reason: input.reason, accountId: account?.id ?? null },
      },
      now,
    );
    return updated;
  });
  return presentAccountRequest(ctx, schoolId, row, rules);
}
