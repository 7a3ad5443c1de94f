// Handover tasks (004): when a runner leaves, the head or another runner of the account names a new runner (who
// must be ready: on the staff, signed the policy in force, training in date, as the policy asks) or closes the
// account. Either settles the task, with its audit entry, in one transaction.
import {
  accountHandoversRepository,
  accountRunnersRepository,
  socialAccountsRepository,
  staffRepository,
  type AccountHandoverRow,
} from '@schoolgate/db';
import { AppError, candidateRunnerProblem, describeShortfall, notFound } from '@schoolgate/domain';
import type { HandoverTask, HandoverTasksResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { notify } from '../../notifications/notify.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { assertMayActOnAccount, mayActOnAccount } from '../accounts/account-access.ts';
import { accountRulesFor, runnerStatuses } from '../accounts/runner-readiness.ts';

/** Every open handover of the school, each saying whether this person may settle it. */
export async function listHandovers(ctx: AppContext, actor: Actor): Promise<HandoverTasksResponse> {
  authorise(actor, 'read', 'account');
  const schoolId = schoolOf(actor);
  const open = await accountHandoversRepository.listOpen(ctx.db, schoolId);
  const accounts = new Map((await socialAccountsRepository.listForSchool(ctx.db, schoolId)).map((a) => [a.id, a]));
  const staff = new Map((await staffRepository.listForImport(ctx.db, schoolId)).map((s) => [s.id, s]));
  const items: HandoverTask[] = [];
  for (const task of open) {
    const account = accounts.get(task.accountId);
    if (!account) continue;
    const leaver = staff.get(task.leaverStaffId);
    items.push({
      id: task.id,
      accountId: task.accountId,
      platform: account.platform as HandoverTask['platform'],
      handle: account.handle,
      leaver: leaver ? `${leaver.firstName} ${leaver.lastName}` : 'A former runner',
      openedAt: task.openedAt.toISOString(),
      mayResolve: await mayActOnAccount(ctx.db, actor, task.accountId),
    });
  }
  return { items };
}

async function openTask(ctx: AppContext, actor: Actor, id: string): Promise<AccountHandoverRow> {
  authorise(actor, 'read', 'account');
  const task = await accountHandoversRepository.findInSchool(ctx.db, schoolOf(actor), id);
  if (!task) throw notFound('That handover');
  if (task.status !== 'open') throw new AppError('CONFLICT', 'This handover has already been settled.');
  await assertMayActOnAccount(ctx.db, actor, task.accountId, 'settle its handover');
  return task;
}

const settled = () => new AppError('CONFLICT', 'Someone settled this handover a moment ago.');

export async function nameNewRunner(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { staffId: string },
): Promise<HandoverTasksResponse> {
  const task = await openTask(ctx, actor, id);
  const schoolId = schoolOf(actor);
  const candidate = await staffRepository.findInSchool(ctx.db, schoolId, input.staffId);
  const field = (message: string) => new AppError('VALIDATION_FAILED', message, [{ field: 'staffId', message }]);
  if (!candidate) throw field('Choose the new runner from the school’s staff.');
  const runners = await accountRunnersRepository.listForAccounts(ctx.db, schoolId, [task.accountId]);
  const [status] = await runnerStatuses(
    ctx.db,
    schoolId,
    [candidate.id],
    ctx.now(),
    await accountRulesFor(ctx.db, schoolId),
  );
  const missing = status!.missing.filter((m) => m !== 'inactive');
  const problem = candidateRunnerProblem({
    active: candidate.status === 'active',
    alreadyRuns: runners.some((r) => r.staffId === candidate.id),
    missing,
  });
  if (problem)
    throw field(
      missing.length > 0 && candidate.status === 'active'
        ? describeShortfall({ ...status!, missing })
        : `${status!.name} ${problem}.`,
    );
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await accountHandoversRepository.lockOpen(tx, schoolId, id))) throw settled();
    await accountRunnersRepository.add(tx, schoolId, task.accountId, [candidate.id]);
    await accountRunnersRepository.remove(tx, schoolId, task.accountId, task.leaverStaffId);
    await accountHandoversRepository.resolve(tx, id, {
      status: 'runner_named',
      resolvedBy: actor.userId,
      resolvedAt: now,
      newRunnerStaffId: candidate.id,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'account.runner_named',
        entityType: 'social_account',
        entityId: task.accountId,
        details: { handoverId: id, leaverStaffId: task.leaverStaffId, newRunnerStaffId: candidate.id },
      },
      now,
    );
    if (candidate.userId)
      await notify(tx, {
        school: { id: schoolId, trustId: actor.trustId },
        userIds: [candidate.userId],
        kind: 'account.runner_named',
        title: 'You now run an official account',
        body: `${actor.displayName} named you a runner of the school’s account, in place of someone who has left.`,
        link: `/accounts/${task.accountId}`,
        now,
      });
  });
  return listHandovers(ctx, actor);
}

export async function closeAccountForHandover(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { reason: string },
): Promise<HandoverTasksResponse> {
  const task = await openTask(ctx, actor, id);
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await accountHandoversRepository.lockOpen(tx, schoolId, id))) throw settled();
    await socialAccountsRepository.close(tx, schoolId, task.accountId);
    const tasks = await accountHandoversRepository.closeAllForAccount(tx, schoolId, task.accountId, {
      resolvedBy: actor.userId,
      resolvedAt: now,
      note: input.reason,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'account.closed',
        entityType: 'social_account',
        entityId: task.accountId,
        details: { handoverId: id, handoversSettled: tasks, reason: input.reason },
      },
      now,
    );
  });
  return listHandovers(ctx, actor);
}
