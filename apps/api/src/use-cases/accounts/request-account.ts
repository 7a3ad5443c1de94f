// Anyone on the staff asks for a new official account with its business case and at least two named runners, who
// must be on the staff of the same school (004).
import { accountRequestsRepository, staffRepository } from '@schoolgate/db';
import { AppError, requiredRunners } from '@schoolgate/domain';
import type { AccountRequestItem, CreateAccountRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { accountRulesFor } from './runner-readiness.ts';
import { presentAccountRequest } from './present-account-request.ts';

export async function requestAccount(
  ctx: AppContext,
  actor: Actor,
  input: CreateAccountRequest,
): Promise<AccountRequestItem> {
  authorise(actor, 'create', 'account');
  const schoolId = schoolOf(actor);
  const rules = await accountRulesFor(ctx.db, schoolId);
  const needed = requiredRunners(rules.minRunners);
  if (input.runnerStaffIds.length < needed) {
    throw new AppError('VALIDATION_FAILED', `The policy asks for at least ${needed} runners.`, [
      { field: 'runnerStaffIds', message: `Name at least ${needed} runners.` },
    ]);
  }
  const staff = new Map((await staffRepository.listForImport(ctx.db, schoolId)).map((s) => [s.id, s]));
  const strangers = input.runnerStaffIds.filter((id) => staff.get(id)?.status !== 'active');
  if (strangers.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'Every runner must be a current member of staff of this school.', [
      { field: 'runnerStaffIds', message: 'Choose runners from this school’s current staff.' },
    ]);
  }
  const row = await ctx.db.transaction(async (tx) => {
    const created = await accountRequestsRepository.insert(tx, { schoolId, requestedBy: actor.userId, ...input });
    await recordAudit(
      tx,
      actor,
      {
        action: 'account_request.created',
        entityType: 'account_request',
        entityId: created.id,
        details: { platform: input.platform, runnerStaffIds: input.runnerStaffIds },
      },
      ctx.now(),
    );
    return created;
  });
  return presentAccountRequest(ctx, schoolId, row, rules);
}
