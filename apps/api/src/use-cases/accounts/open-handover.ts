// 004: before a runner leaves, their accounts pass to another runner or close. When a runner is deactivated, the
// head and the account's other runners are told, for each account, to name a new runner or close it; a handover
// task is stored for each (stewardship/handovers.ts settles it) and the register flags the account (too few
// runners) until they do.
import {
  accountHandoversRepository,
  accountRunnersRepository,
  socialAccountsRepository,
  type Db,
} from '@schoolgate/db';
import { notify } from '../../notifications/notify.ts';

export async function openHandoverFor(
  tx: Db,
  school: { id: string; trustId: string },
  leaver: { staffId: string; name: string },
  now: Date,
): Promise<number> {
  const accountIds = await accountRunnersRepository.accountIdsForStaff(tx, school.id, leaver.staffId);
  const runners = await accountRunnersRepository.listForAccounts(tx, school.id, accountIds);
  for (const accountId of accountIds) {
    const account = await socialAccountsRepository.findInSchool(tx, school.id, accountId);
    if (!account || account.status === 'closed') continue;
    await accountHandoversRepository.open(tx, {
      schoolId: school.id,
      accountId,
      leaverStaffId: leaver.staffId,
      openedAt: now,
    });
    const others = runners
      .filter((r) => r.accountId === accountId && r.staffId !== leaver.staffId && r.status === 'active' && r.userId)
      .map((r) => r.userId!);
    await notify(tx, {
      school,
      roles: ['head'],
      userIds: others,
      kind: 'account.handover',
      title: `Handover needed: ${account.handle}`,
      body: `${leaver.name} has left and ran this ${account.platform} account. Name a new runner or close the account.`,
      link: `/accounts/${accountId}`,
      dedupeKey: `handover:${accountId}:${leaver.staffId}`,
      now,
    });
  }
  return accountIds.length;
}
