// X has no webhooks for replies and mentions: each connected X account is polled. What a poll finds is stored
// as a delivery, like a webhook, and processed by the same job, so X comments get the same guarantees.
import { inboundDeliveriesRepository, socialAccountsRepository } from '@schoolgate/db';
import { createHash } from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import { pollMentionsAndReplies } from '../../connectors/x/x-poll.ts';
import { PROCESS_DELIVERIES_JOB } from '../../jobs/process-deliveries.job.ts';

export async function pollXAccounts(ctx: AppContext): Promise<{ polled: number; stored: number }> {
  let polled = 0;
  let stored = 0;
  for (const account of await socialAccountsRepository.listActive(ctx.db, 'x')) {
    if (!account.credentialsSealed) continue;
    polled += 1;
    const result = await pollMentionsAndReplies({
      baseUrl: ctx.platforms.xApiUrl,
      bearerToken: ctx.credentialsBox.open(account.credentialsSealed),
      userId: account.externalId,
      ...(account.pollCursor ? { sinceId: account.pollCursor } : {}),
      now: ctx.now,
    });
    if (!result.ok) {
      ctx.log.warn({ accountId: account.id, code: result.error.code }, 'X poll failed');
      continue;
    }
    if (result.value.events.length > 0) {
      const body = JSON.stringify({ accountExternalId: account.externalId, events: result.value.events });
      await ctx.db.transaction(async (tx) => {
        await inboundDeliveriesRepository.insert(tx, {
          platform: 'x',
          body,
          bodySha256: createHash('sha256').update(body).digest('hex'),
          receivedAt: ctx.now(),
        });
        if (result.value.nextSinceId)
          await socialAccountsRepository.setPollCursor(tx, account.id, result.value.nextSinceId);
      });
      stored += 1;
    }
  }
  if (stored > 0) ctx.jobs?.trigger(PROCESS_DELIVERIES_JOB);
  return { polled, stored };
}
