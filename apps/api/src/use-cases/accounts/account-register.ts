// The register of official accounts (004): platform, handle, link, status, runners and what needs attention:
// fewer active runners than the policy asks (two at least), a runner whose signature or training has lapsed, an
// approved account not yet connected. The health figures are those the connected accounts already record.
import { accountHealthRepository, accountRunnersRepository, socialAccountsRepository } from '@schoolgate/db';
import { requiredRunners } from '@schoolgate/domain';
import type { AccountRegisterResponse, RegisterAccount } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { NOT_CONNECTED } from './decide-account-request.ts';
import { accountRulesFor, runnerStatuses } from './runner-readiness.ts';
import { connectionFlags } from './connect/connection-health.ts';

const PROFILE_URL: Record<string, string> = {
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
  x: 'https://x.com/',
};

export async function getAccountRegister(ctx: AppContext, actor: Actor): Promise<AccountRegisterResponse> {
  authorise(actor, 'read', 'account');
  const schoolId = schoolOf(actor);
  const rules = await accountRulesFor(ctx.db, schoolId);
  const accounts = await socialAccountsRepository.listForSchool(ctx.db, schoolId);
  const ids = accounts.map((a) => a.id);
  const runners = await accountRunnersRepository.listForAccounts(ctx.db, schoolId, ids);
  const lastReceived = await accountHealthRepository.lastReceived(ctx.db, schoolId, ids);
  const items: RegisterAccount[] = [];
  for (const account of accounts) {
    const staffIds = runners.filter((r) => r.accountId === account.id).map((r) => r.staffId);
    const statuses = await runnerStatuses(ctx.db, schoolId, staffIds, ctx.now(), rules);
    const active = statuses.filter((s) => !s.missing.includes('inactive')).length;
    const flags: RegisterAccount['flags'] = [];
    // A closed account (004 handover) stays on the register for the record and needs nobody.
    const closed = account.status === 'closed';
    if (!closed && active < requiredRunners(rules.minRunners)) flags.push('too_few_runners');
    if (!closed && statuses.some((s) => s.missing.includes('signature') || s.missing.includes('training')))
      flags.push('runner_lapsed');
    const connected = account.status !== NOT_CONNECTED && !closed;
    if (!connected && !closed) flags.push('not_connected');
    if (!closed) flags.push(...connectionFlags(account, ctx.now()));
    items.push({
      id: account.id,
      platform: account.platform as RegisterAccount['platform'],
      handle: account.handle,
      displayName: account.displayName,
      status: account.status,
      link: connected
        ? `${PROFILE_URL[account.platform] ?? ''}${encodeURIComponent(account.handle.replace(/^@/, ''))}`
        : null,
      runners: statuses,
      flags,
      health: {
        lastDeliveryAt: lastReceived.get(account.id)?.toISOString() ?? null,
        lastPollCursor: account.pollCursor,
        tokenStored: account.credentialsSealed !== null,
        tokenExpiresAt: account.tokenExpiresAt?.toISOString() ?? null,
        missingPermissions: account.missingScopes ?? [],
        webhookSubscribed: account.webhookSubscribed,
        lastPollAt: account.lastPollAt?.toISOString() ?? null,
        connectedAt: account.connectedAt?.toISOString() ?? null,
        reconnectReason: account.reconnectReason,
      },
    });
  }
  return { items };
}

/** Only the accounts that need someone to act: for the dashboard. */
export async function getAccountsNeedingAttention(ctx: AppContext, actor: Actor): Promise<AccountRegisterResponse> {
  const register = await getAccountRegister(ctx, actor);
  return { items: register.items.filter((a) => a.flags.length > 0) };
}
