// X has no webhooks for replies and mentions: each connected X account is polled. What a poll finds is stored
// as a delivery, like a webhook, and processed by the same job, so X comments get the same guarantees.
//
// The account keeps its place between polls: `pollCursor`, the newest post read, and `pollResume`, set when a burst
// had more pages than one poll reads, so the next poll carries on down the older pages instead of starting again at
// the newest (which would never reach them). Both are saved with the delivery, in one transaction, after every poll
// that succeeded, even one that found nothing readable: the place moves on either way.
import { inboundDeliveriesRepository, socialAccountsRepository, type SocialAccountRow } from '@schoolgate/db';
import { createHash } from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import { pollMentionsAndReplies } from '../../connectors/x/x-poll.ts';
import { PROCESS_DELIVERIES_JOB } from '../../jobs/process-deliveries.job.ts';
import { noticeRefusedToken } from '../accounts/connect/needs-reconnecting.ts';
import { refreshAccountToken } from '../accounts/connect/refresh-tokens.ts';

/** Longer than any poll can take: ten pages, each within the connector's timeout. */
export const POLL_CLAIM_MS = 5 * 60_000;

export interface PollXOptions {
  /** Pages of 100 per account per poll (default: the connector's, 10). */
  maxPages?: number;
}

export async function pollXAccounts(
  ctx: AppContext,
  options: PollXOptions = {},
): Promise<{ polled: number; stored: number }> {
  let polled = 0;
  let stored = 0;
  for (const listed of await socialAccountsRepository.listActive(ctx.db, 'x')) {
    if (!listed.credentialsSealed) continue;
    // Several workers may run this job at once (or a poll asked for by hand overlaps the schedule): each account is
    // claimed first, and read again as claimed, so it is polled by one process at a time from where the last poll
    // left it. A crashed poll's claim runs out after POLL_CLAIM_MS.
    const now = ctx.now();
    const account = await socialAccountsRepository.claimPoll(
      ctx.db,
      listed.id,
      now,
      new Date(now.getTime() + POLL_CLAIM_MS),
    );
    if (!account) continue;
    polled += 1;
    try {
      if (await pollAccount(ctx, account, options)) stored += 1;
    } catch (error) {
      await socialAccountsRepository.releasePoll(ctx.db, account.id);
      throw error;
    }
  }
  if (stored > 0) ctx.jobs?.trigger(PROCESS_DELIVERIES_JOB);
  return { polled, stored };
}

/** One account's poll; true when it stored a delivery. */
async function pollAccount(ctx: AppContext, given: SocialAccountRow, options: PollXOptions): Promise<boolean> {
  let account = given;
  // A token about to run out is refreshed first (the refresh job normally does it earlier).
  if (
    account.refreshSealed &&
    account.tokenExpiresAt &&
    account.tokenExpiresAt.getTime() <= ctx.now().getTime() + 60_000
  ) {
    const refreshed = await refreshAccountToken(ctx, account);
    if (refreshed === 'needs_reconnecting') return false;
    account = (await socialAccountsRepository.findInSchool(ctx.db, account.schoolId, account.id)) ?? account;
  }
  const resume = account.pollResume ?? undefined;
  const result = await pollMentionsAndReplies({
    baseUrl: ctx.platforms.xApiUrl,
    bearerToken: ctx.credentialsBox.open(account.credentialsSealed!),
    userId: account.externalId,
    ...(account.pollCursor ? { sinceId: account.pollCursor } : {}),
    ...(resume ? { resume } : {}),
    ...(options.maxPages ? { maxPages: options.maxPages } : {}),
    ...(ctx.platforms.connectorTimeoutMs ? { timeoutMs: ctx.platforms.connectorTimeoutMs } : {}),
    now: ctx.now,
  });
  if (!result.ok) {
    ctx.log.warn({ accountId: account.id, code: result.error.code, resuming: !!resume }, 'X poll failed');
    // A refused token never crashes the job: the account is marked and its runners told, and polling stops.
    if (await noticeRefusedToken(ctx, account, result.error, 'reading its mentions')) return false;
    // X refusing the page token (expired, say) would fail every poll from here on. Drop it: the next poll starts
    // again from the newest post, with the same cursor, so nothing is skipped, only read again.
    if (resume && result.error.code === 'PLATFORM_REJECTED') {
      await socialAccountsRepository.setPollPosition(ctx.db, account.id, { cursor: account.pollCursor, resume: null });
    } else {
      await socialAccountsRepository.releasePoll(ctx.db, account.id);
    }
    return false;
  }
  const { events, skipped, nextSinceId } = result.value;
  if (skipped.length > 0) {
    const reasons: Record<string, number> = {};
    for (const s of skipped) reasons[s.reason.slice(0, 120)] = (reasons[s.reason.slice(0, 120)] ?? 0) + 1;
    // The reasons only: a skipped post itself holds someone's words and name.
    ctx.log.info({ accountId: account.id, skipped: skipped.length, reasons }, 'X posts skipped');
  }
  const body = events.length > 0 ? JSON.stringify({ accountExternalId: account.externalId, events }) : null;
  await ctx.db.transaction(async (tx) => {
    if (body) {
      await inboundDeliveriesRepository.insert(tx, {
        platform: 'x',
        body,
        bodySha256: createHash('sha256').update(body).digest('hex'),
        receivedAt: ctx.now(),
      });
    }
    // Only with the delivery stored does the place move on: a crash before this commit reads the same posts again.
    await socialAccountsRepository.setPollPosition(tx, account.id, {
      cursor: nextSinceId ?? account.pollCursor,
      resume: result.value.resume ?? null,
    });
    await socialAccountsRepository.setLastPoll(tx, account.id, ctx.now());
  });
  return body !== null;
}
