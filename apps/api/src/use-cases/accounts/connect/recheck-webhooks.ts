// Comments and messages reach Schoolgate only while each Page stays subscribed to the app's webhooks, and a Page can
// lose its subscription without anyone in the school noticing (someone removes the app in the Page's settings, Meta
// drops it after a permission change). Every hour each connected Facebook Page, and the Page behind each Instagram
// account, is asked which fields it is subscribed to; a missing subscription is made again, and the register's
// "webhook not subscribed" flag says what was found. A token the platform refuses turns the account "needs
// reconnecting", as anywhere else. No Meta app configured (a deployment without Facebook): nothing to check.
import { auditRepository, socialAccountsRepository, tenancyRepository, type SocialAccountRow } from '@schoolgate/db';
import type { AppContext } from '../../../app-context.ts';
import { PAGE_SUBSCRIBED_FIELDS, pageSubscribedFields, subscribePage } from '../../../connectors/graph/graph-oauth.ts';
import { noticeRefusedToken } from './needs-reconnecting.ts';
import { metaApp } from './oauth-apps.ts';

export interface RecheckSummary {
  checked: number;
  resubscribed: number;
  stillUnsubscribed: number;
  needReconnecting: number;
}

export async function recheckWebhookSubscriptions(ctx: AppContext): Promise<RecheckSummary> {
  const summary: RecheckSummary = { checked: 0, resubscribed: 0, stillUnsubscribed: 0, needReconnecting: 0 };
  if (!ctx.platforms.oauth?.metaAppId || !ctx.platforms.metaAppSecret) return summary;
  const app = metaApp(ctx);
  const accounts = [
    ...(await socialAccountsRepository.listActive(ctx.db, 'facebook')),
    ...(await socialAccountsRepository.listActive(ctx.db, 'instagram')),
  ].filter((account) => account.credentialsSealed && account.connectedAt);

  for (const account of accounts) {
    summary.checked += 1;
    const outcome = await recheckOne(ctx, app, account);
    if (outcome === 'resubscribed') summary.resubscribed += 1;
    if (outcome === 'unsubscribed') summary.stillUnsubscribed += 1;
    if (outcome === 'needs_reconnecting') summary.needReconnecting += 1;
  }
  return summary;
}

type Outcome = 'subscribed' | 'resubscribed' | 'unsubscribed' | 'needs_reconnecting' | 'unknown';

async function recheckOne(
  ctx: AppContext,
  app: ReturnType<typeof metaApp>,
  account: SocialAccountRow,
): Promise<Outcome> {
  const pageId = account.linkedPageId ?? account.externalId;
  const token = ctx.credentialsBox.open(account.credentialsSealed!);
  const wanted = PAGE_SUBSCRIBED_FIELDS[account.platform === 'instagram' ? 'instagram' : 'facebook'];
  const during = 'checking its webhook subscription';

  const listed = await pageSubscribedFields(app, pageId, token);
  if (!listed.ok) {
    if (await noticeRefusedToken(ctx, account, listed.error, during)) return 'needs_reconnecting';
    // A timeout or an outage says nothing about the subscription: leave the flag as it was, try next hour.
    ctx.log.warn({ accountId: account.id, code: listed.error.code }, 'webhook subscription check failed');
    return 'unknown';
  }
  if (wanted.every((field) => listed.value.includes(field))) {
    if (account.webhookSubscribed !== true)
      await socialAccountsRepository.setWebhookSubscribed(ctx.db, account.id, true);
    return 'subscribed';
  }

  const again = await subscribePage(app, pageId, token, wanted);
  if (!again.ok && (await noticeRefusedToken(ctx, account, again.error, during))) return 'needs_reconnecting';
  // Known to be lost already (the register says so): no new audit entry every hour.
  if (!again.ok && account.webhookSubscribed === false) return 'unsubscribed';
  const school = await tenancyRepository.findSchool(ctx.db, account.schoolId);
  if (!school) return 'unknown';
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await socialAccountsRepository.setWebhookSubscribed(tx, account.id, again.ok);
    await auditRepository.append(tx, {
      trustId: school.trustId,
      schoolId: school.id,
      actorUserId: null,
      actorAddress: 'schoolgate (automatic)',
      action: again.ok ? 'account.webhook_resubscribed' : 'account.webhook_lost',
      entityType: 'social_account',
      entityId: account.id,
      details: { platform: account.platform, ...(again.ok ? {} : { code: again.error.code }) },
      now,
    });
  });
  if (!again.ok) ctx.log.warn({ accountId: account.id, code: again.error.code }, 'webhook subscription lost');
  return again.ok ? 'resubscribed' : 'unsubscribed';
}
