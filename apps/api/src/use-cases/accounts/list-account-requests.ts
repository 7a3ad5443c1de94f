// Every request of the school, newest first, and the staff a request may name as runners.
import { accountRequestsRepository, staffRepository } from '@schoolgate/db';
import type { AccountRequestsResponse, StaffOptionsResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { accountRulesFor, runnerStatuses } from './runner-readiness.ts';
import { presentAccountRequest } from './present-account-request.ts';

export async function listAccountRequests(ctx: AppContext, actor: Actor): Promise<AccountRequestsResponse> {
  authorise(actor, 'read', 'account');
  const schoolId = schoolOf(actor);
  const rules = await accountRulesFor(ctx.db, schoolId);
  const rows = await accountRequestsRepository.listForSchool(ctx.db, schoolId);
  const items = [];
  for (const row of rows) items.push(await presentAccountRequest(ctx, schoolId, row, rules));
  return { items };
}

export async function listRunnerOptions(ctx: AppContext, actor: Actor): Promise<StaffOptionsResponse> {
  authorise(actor, 'create', 'account');
  const schoolId = schoolOf(actor);
  const active = (await staffRepository.listForImport(ctx.db, schoolId)).filter((s) => s.status === 'active');
  // The same readiness approval checks, so the form shows before sending what would hold the request up.
  const rules = await accountRulesFor(ctx.db, schoolId);
  const statuses = await runnerStatuses(
    ctx.db,
    schoolId,
    active.map((s) => s.id),
    ctx.now(),
    rules,
  );
  return {
    items: statuses
      .map((s) => ({ id: s.staffId, name: s.name, missing: s.missing }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
