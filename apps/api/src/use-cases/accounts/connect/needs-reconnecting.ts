// When a platform refuses an account's token (revoked, expired, the password changed, the app removed), nothing
// crashes and nothing keeps trying: the account turns "needs reconnecting", its runners, the head and the account
// administrators are told in plain words what happened and what to do, and the audit log records it. Only the
// first caller to notice does this; later refusals find the account already marked.
import { accountRunnersRepository, auditRepository, socialAccountsRepository, tenancyRepository } from '@schoolgate/db';
import type { SocialAccountRow } from '@schoolgate/db';
import type { AppContext } from '../../../app-context.ts';
import type { ConnectorError } from '../../../connectors/connector-error.ts';
import { notify } from '../../../notifications/notify.ts';

const PLATFORM_NAMES: Record<string, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' };

/** The reason kept on the account and shown on the register. */
export function reconnectReason(platform: string, during: string): string {
  const name = PLATFORM_NAMES[platform] ?? platform;
  return `${name} stopped accepting Schoolgate’s access while ${during}. The access may have been removed, the password changed, or the access run out.`;
}

/** True when the error means the account must be reconnected (and it has now been marked so). */
export async function noticeRefusedToken(
  ctx: AppContext,
  account: SocialAccountRow,
  error: Pick<ConnectorError, 'code'>,
  during: string,
): Promise<boolean> {
  if (error.code !== 'AUTH_FAILED') return false;
  await markNeedsReconnecting(ctx, account, reconnectReason(account.platform, during));
  return true;
}

export async function markNeedsReconnecting(ctx: AppContext, account: SocialAccountRow, reason: string): Promise<void> {
  const now = ctx.now();
  const school = await tenancyRepository.findSchool(ctx.db, account.schoolId);
  if (!school) return;
  const runners = await accountRunnersRepository.listForAccounts(ctx.db, account.schoolId, [account.id]);
  const runnerUserIds = runners.flatMap((r) => (r.userId && r.status === 'active' ? [r.userId] : []));
  const name = `${PLATFORM_NAMES[account.platform] ?? account.platform} account ${account.handle}`;
  await ctx.db.transaction(async (tx) => {
    if (!(await socialAccountsRepository.markNeedsReconnecting(tx, account.id, reason))) return;
    await notify(tx, {
      school: { id: school.id, trustId: school.trustId },
      userIds: runnerUserIds,
      roles: ['head', 'account_admin'],
      kind: 'account-needs-reconnecting',
      title: `The ${name} needs reconnecting`,
      body: `${reason} Until an account administrator connects it again on the Official accounts page, Schoolgate cannot hide, answer or read comments on it: check it on the platform itself in the meantime.`,
      link: '/accounts',
      now,
    });
    await auditRepository.append(tx, {
      trustId: school.trustId,
      schoolId: school.id,
      actorUserId: null,
      actorAddress: 'schoolgate (automatic)',
      action: 'account.needs_reconnecting',
      entityType: 'social_account',
      entityId: account.id,
      details: { platform: account.platform },
      now,
    });
  });
  ctx.log.warn({ accountId: account.id, platform: account.platform }, 'account needs reconnecting');
}
