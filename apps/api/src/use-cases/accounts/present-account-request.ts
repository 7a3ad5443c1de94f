// A request as people read it: names, runners with what each lacks, and what still stops approval.
import { usersRepository, type AccountRequestRow } from '@schoolgate/db';
import { describeShortfall } from '@schoolgate/domain';
import type { AccountRequestItem } from '@schoolgate/contracts';
import type { AppContext } from '../../app-context.ts';
import { runnerStatuses, type AccountRules } from './runner-readiness.ts';

export async function presentAccountRequest(
  ctx: AppContext,
  schoolId: string,
  row: AccountRequestRow,
  rules: AccountRules,
): Promise<AccountRequestItem> {
  const runners = await runnerStatuses(ctx.db, schoolId, row.runnerStaffIds, ctx.now(), rules);
  const names = await usersRepository.displayNames(ctx.db, [row.requestedBy, row.decidedBy, row.headConsentBy]);
  const blockers = runners.filter((r) => r.missing.length > 0).map((r) => describeShortfall(r));
  if (rules.headWrittenConsentRequired && !row.headConsentAt)
    blockers.push('The headteacher has not yet given written consent.');
  return {
    id: row.id,
    platform: row.platform as AccountRequestItem['platform'],
    handle: row.handle,
    aim: row.aim,
    audience: row.audience,
    promotion: row.promotion,
    visibility: row.visibility as AccountRequestItem['visibility'],
    status: row.status as AccountRequestItem['status'],
    requestedBy: names.get(row.requestedBy) ?? 'Unknown',
    requestedAt: row.createdAt.toISOString(),
    runners,
    blockers: row.status === 'pending' ? blockers : [],
    headConsentRequired: rules.headWrittenConsentRequired,
    headConsent:
      row.headConsentAt && row.headConsentBy
        ? {
            by: names.get(row.headConsentBy) ?? 'Unknown',
            at: row.headConsentAt.toISOString(),
            note: row.headConsentNote ?? '',
          }
        : null,
    decision:
      row.decidedAt && row.decidedBy
        ? {
            by: names.get(row.decidedBy) ?? 'Unknown',
            at: row.decidedAt.toISOString(),
            reason: row.decisionReason ?? '',
          }
        : null,
    accountId: row.accountId,
  };
}
