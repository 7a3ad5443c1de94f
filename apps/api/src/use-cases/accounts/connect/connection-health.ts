// What the register says about an account's connection (issue 10): it needs reconnecting; a permission it needs
// was not granted; its Page is not subscribed to the webhooks (so no comments arrive); its token runs out soon and
// cannot be renewed by itself (Meta's user tokens; X's are refreshed by the refresh-tokens job, so only one already
// past its time counts); an X account that has not been polled for an hour.
import type { SocialAccountRow } from '@schoolgate/db';
import type { RegisterAccount } from '@schoolgate/contracts';

export const TOKEN_WARNING_MS = 7 * 24 * 3600_000;
export const POLL_OVERDUE_MS = 3600_000;

export function connectionFlags(account: SocialAccountRow, now: Date): RegisterAccount['flags'] {
  const flags: RegisterAccount['flags'] = [];
  if (account.status === 'needs_reconnecting') return ['needs_reconnecting'];
  if (account.status !== 'active') return flags;
  if ((account.missingScopes ?? []).length > 0) flags.push('permission_missing');
  if (account.webhookSubscribed === false) flags.push('webhook_not_subscribed');
  if (account.tokenExpiresAt) {
    const left = account.tokenExpiresAt.getTime() - now.getTime();
    if (left < (account.refreshSealed ? 0 : TOKEN_WARNING_MS)) flags.push('token_expiring');
  }
  if (account.platform === 'x' && account.connectedAt) {
    const last = account.lastPollAt ?? account.connectedAt;
    if (now.getTime() - last.getTime() > POLL_OVERDUE_MS) flags.push('poll_overdue');
  }
  return flags;
}
