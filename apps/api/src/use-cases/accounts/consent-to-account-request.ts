// The head's written consent to a new account (001), recorded in their own words before approval.
import { accountRequestsRepository } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import type { AccountRequestItem, HeadConsentRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { presentAccountRequest } from './present-account-request.ts';
import { accountRulesFor } from './runner-readiness.ts';

export async function consentToAccountRequest(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: HeadConsentRequest,
): Promise<AccountRequestItem> {
  authorise(actor, 'sign', 'account');
  const schoolId = schoolOf(actor);
  const current = await accountRequestsRepository.findInSchool(ctx.db, schoolId, id);
  if (!current) throw notFound('That account request');
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await accountRequestsRepository.updatePending(tx, schoolId, id, {
      headConsentBy: actor.userId,
      headConsentAt: now,
      headConsentNote: input.note,
    });
    if (!updated) throw new AppError('CONFLICT', 'This request has already been decided.');
    await recordAudit(
      tx,
      actor,
      {
        action: 'account_request.head_consented',
        entityType: 'account_request',
        entityId: id,
        details: { note: input.note },
      },
      now,
    );
    return updated;
  });
  return presentAccountRequest(ctx, schoolId, row, await accountRulesFor(ctx.db, schoolId));
}
