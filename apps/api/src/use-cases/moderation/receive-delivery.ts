// The first thing that happens to a webhook delivery: it is stored exactly as received, before any parsing, and
// only then acknowledged. Everything after runs in a job over the stored copy.
import { createHash } from 'node:crypto';
import { inboundDeliveriesRepository } from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';

export async function receiveDelivery(ctx: AppContext, input: { platform: string; rawBody: Buffer }): Promise<number> {
  const body = input.rawBody.toString('utf8');
  return inboundDeliveriesRepository.insert(ctx.db, {
    platform: input.platform,
    body,
    bodySha256: createHash('sha256').update(input.rawBody).digest('hex'),
    receivedAt: ctx.now(),
  });
}
