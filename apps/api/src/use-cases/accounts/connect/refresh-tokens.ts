// X access tokens last two hours; each connected X account's is refreshed before it runs out (X hands back a new
// refresh token each time, which replaces the old). A refresh X refuses means the person must connect again: the
// account turns "needs reconnecting" and its runners are told. A refresh that fails for another reason (X down)
// is tried again on the next run, while the old token still works.
import { socialAccountsRepository, type SocialAccountRow } from '@schoolgate/db';
import type { AppContext } from '../../../app-context.ts';
import { refreshXToken } from '../../../connectors/x/x-oauth.ts';
import { safeError } from '../../../logging/safe-error.ts';
import { markNeedsReconnecting, reconnectReason } from './needs-reconnecting.ts';
import { xApp } from './oauth-apps.ts';

/** Refresh when less than this is left: the refresh job runs every ten minutes. */
export const REFRESH_MARGIN_MS = 20 * 60_000;

export async function refreshExpiringTokens(ctx: AppContext): Promise<{ refreshed: number; failed: number }> {
  let refreshed = 0;
  let failed = 0;
  const due = await socialAccountsRepository.listExpiringWithRefresh(
    ctx.db,
    new Date(ctx.now().getTime() + REFRESH_MARGIN_MS),
  );
  for (const account of due) {
    if ((await refreshAccountToken(ctx, account)) === 'refreshed') refreshed += 1;
    else failed += 1;
  }
  return { refreshed, failed };
}

/** Refreshes one account's token; the account answered is the one to use afterwards. */
export async function refreshAccountToken(
  ctx: AppContext,
  account: SocialAccountRow,
): Promise<'refreshed' | 'needs_reconnecting' | 'try_later'> {
  if (account.platform !== 'x' || !account.refreshSealed) return 'try_later';
  try {
    const result = await refreshXToken(xApp(ctx), ctx.credentialsBox.open(account.refreshSealed), ctx.now());
    if (!result.ok) {
      ctx.log.warn({ accountId: account.id, code: result.error.code }, 'X token not refreshed');
      if (result.error.code !== 'AUTH_FAILED') return 'try_later';
      await markNeedsReconnecting(ctx, account, reconnectReason('x', 'renewing its access'));
      return 'needs_reconnecting';
    }
    await socialAccountsRepository.setRefreshedTokens(ctx.db, account.id, {
      credentialsSealed: ctx.credentialsBox.seal(result.value.accessToken),
      // X rotates it; keep the old one only if none came back.
      refreshSealed: result.value.refreshToken
        ? ctx.credentialsBox.seal(result.value.refreshToken)
        : account.refreshSealed,
      tokenExpiresAt: result.value.expiresAt,
    });
    return 'refreshed';
  } catch (error) {
    // X not configured any more, or a sealed value that will not open: log and leave for a person.
    ctx.log.warn({ accountId: account.id, err: safeError(error) }, 'X token not refreshed');
    return 'try_later';
  }
}
