import { commentsRepository, socialAccountsRepository } from '@schoolgate/db';
import type { PlatformState, QueueResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { presentQueueItem } from './present-comment.ts';
import { pressRoutingOf } from './press-hold.ts';
import { getEnforcedPolicy } from '../policy/get-enforced-policy.ts';

export async function getQueue(
  ctx: AppContext,
  actor: Actor,
  query: {
    view: 'to_review' | 'awaiting_response' | 'all';
    category?: string;
    accountId?: string;
    platformState?: PlatformState;
    page: number;
    pageSize: number;
  },
): Promise<QueueResponse> {
  authorise(actor, 'read', 'comment');
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  const [{ items, total, totalIsLowerBound }, accounts, enforced] = await Promise.all([
    commentsRepository.queue(ctx.db, schoolId, query),
    socialAccountsRepository.listForSchool(ctx.db, schoolId),
    getEnforcedPolicy(ctx.db, schoolId),
  ]);
  const press = pressRoutingOf(enforced);
  return {
    items: items.map((row) => presentQueueItem(row, now, press)),
    total,
    totalIsLowerBound,
    page: query.page,
    pageSize: query.pageSize,
    accounts: accounts.map((a) => ({
      id: a.id,
      platform: a.platform as 'facebook',
      handle: a.handle,
      displayName: a.displayName,
    })),
  };
}
