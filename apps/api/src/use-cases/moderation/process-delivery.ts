// Turns one stored delivery into comments, in one transaction: either every event of the delivery is written and
// the delivery marked processed, or nothing is and the delivery stays pending for the next attempt. Running it
// twice (a retry after a crash) changes nothing the second time: each event is recorded by its dedupe key.
// A delivery that fails every attempt is abandoned, never silently: the school's account administrators and head
// are told (or, when the school cannot be known, an error is logged).
import {
  commentsRepository,
  inboundDeliveriesRepository,
  socialAccountsRepository,
  tenancyRepository,
  type Db,
  type InboundDeliveryRow,
} from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';
import type { NormaliseOutcome, Platform, SkippedChange } from '../../connectors/normalised-event.ts';
import { notify } from '../../notifications/notify.ts';
import { ingestEvent, type IngestOutcome } from './ingest-event.ts';
import { normaliseDelivery as defaultNormalise } from './normalise-delivery.ts';
import { HIDE_CLAIM_STALE_MS, hideOnArrival } from './hide-on-arrival.ts';
import { fillPostDetails } from './fill-post-details.ts';
import { safeError, safeErrorLine } from '../../logging/safe-error.ts';

export const MAX_DELIVERY_ATTEMPTS = 6;

/**
 * How long a delivery waits after its `attempts`-th failure: 1, 2, 4, 8, 16 minutes (about half an hour in all
 * before it is given up), so a fault that lasts a few minutes (a database restart, a full disk being cleared) does
 * not use up its attempts, and a burst of new deliveries does not re-run a failed one early.
 */
export function deliveryRetryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export type Normalise = (platform: Platform, body: unknown, receivedAt: Date) => NormaliseOutcome;

export interface ProcessDeps {
  normalise?: Normalise;
  /** Test hook: runs after the events are written, before commit (a crash here must lose nothing). */
  beforeCommit?: (tx: Db) => Promise<void>;
}

export async function processDelivery(
  ctx: AppContext,
  deliveryId: number,
  deps: ProcessDeps = {},
): Promise<IngestOutcome[] | 'skipped'> {
  const normalise = deps.normalise ?? defaultNormalise;
  try {
    return await ctx.db.transaction(async (tx) => {
      const now = ctx.now();
      const delivery = await inboundDeliveriesRepository.lockPending(tx, deliveryId, now);
      if (!delivery) return 'skipped' as const;
      const { events, skipped } = normalise(
        delivery.platform as Platform,
        JSON.parse(delivery.body),
        delivery.receivedAt,
      );
      logSkipped(ctx, delivery, skipped);
      const outcomes: IngestOutcome[] = [];
      for (const event of events) outcomes.push(await ingestEvent(tx, event, delivery.id, now));
      await deps.beforeCommit?.(tx);
      await inboundDeliveriesRepository.markProcessed(tx, delivery.id, now);
      return outcomes;
    });
  } catch (error) {
    // The transaction rolled back; count the attempt outside it so a poison delivery stops being retried.
    const failure = await inboundDeliveriesRepository.markFailed(ctx.db, deliveryId, {
      error: safeErrorLine(error),
      maxAttempts: MAX_DELIVERY_ATTEMPTS,
      now: ctx.now(),
      retryDelayMs: deliveryRetryDelayMs,
    });
    ctx.log.warn(
      { deliveryId, attempts: failure?.attempts, nextAttemptAt: failure?.nextAttemptAt, err: safeError(error) },
      'delivery not processed',
    );
    if (failure?.givenUp) {
      await reportAbandonedDelivery(ctx, deliveryId, failure.attempts, error).catch((reportError: unknown) =>
        ctx.log.error({ deliveryId, err: safeError(reportError) }, 'abandoned delivery not reported'),
      );
    }
    throw error;
  }
}

/** What a delivery held that gave no event (a reaction, a new post, an unreadable change): the reasons, counted. */
function logSkipped(ctx: AppContext, delivery: InboundDeliveryRow, skipped: SkippedChange[]) {
  if (skipped.length === 0) return;
  const reasons: Record<string, number> = {};
  // Only the reason: the skipped part itself (`raw`) can hold names and comment text.
  for (const s of skipped) {
    const reason = s.reason.slice(0, 120);
    reasons[reason] = (reasons[reason] ?? 0) + 1;
  }
  ctx.log.info(
    { deliveryId: delivery.id, platform: delivery.platform, skipped: skipped.length, reasons },
    'delivery parts skipped',
  );
}

/** The school accounts a stored delivery is about, read from its envelope (not from its events, which failed). */
function accountIdsOf(delivery: InboundDeliveryRow): string[] {
  try {
    const body = JSON.parse(delivery.body) as { accountExternalId?: unknown; entry?: unknown };
    if (delivery.platform === 'x') return typeof body.accountExternalId === 'string' ? [body.accountExternalId] : [];
    const entries = Array.isArray(body.entry) ? (body.entry as Array<{ id?: unknown }>) : [];
    return [...new Set(entries.map((e) => e?.id).filter((id): id is string => typeof id === 'string'))];
  } catch {
    return [];
  }
}

/** A delivery given up after its last attempt: its comments are not in the queue, so someone must know. */
async function reportAbandonedDelivery(ctx: AppContext, deliveryId: number, attempts: number, error: unknown) {
  const delivery = await inboundDeliveriesRepository.find(ctx.db, deliveryId);
  const accounts = [];
  for (const externalId of delivery ? accountIdsOf(delivery) : []) {
    const account = await socialAccountsRepository.findByExternal(ctx.db, delivery!.platform, externalId);
    if (account) accounts.push(account);
  }
  // No personal data: the delivery's id, platform and the error's class and code, never its body or message.
  const logged = { deliveryId, platform: delivery?.platform, attempts, err: safeErrorLine(error) };
  if (accounts.length === 0) {
    ctx.log.error(logged, 'delivery abandoned after its last attempt; no connected account is named in it');
    return;
  }
  ctx.log.error({ ...logged, accounts: accounts.length }, 'delivery abandoned after its last attempt');
  for (const account of accounts) {
    const school = await tenancyRepository.findSchool(ctx.db, account.schoolId);
    if (!school) continue;
    await ctx.db.transaction((tx) =>
      notify(tx, {
        school: { id: school.id, trustId: school.trustId },
        roles: ['account_admin', 'head'],
        kind: 'delivery-abandoned',
        title: 'Comments from a social media account could not be read',
        body: `Schoolgate received an update from ${account.displayName} on ${delivery!.receivedAt.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' })} but could not read it after ${attempts} attempts, so any comments in it are not in the moderation queue. Check the account's recent comments on the platform itself, and ask whoever runs Schoolgate to look at delivery ${deliveryId}: it is kept as it arrived.`,
        link: '/moderation',
        dedupeKey: `delivery-abandoned:${deliveryId}`,
        now: ctx.now(),
      }),
    );
  }
}

/** Processes every delivery due (new, or failed with attempts left and back-off passed), oldest first, in batches. */
export async function processPendingDeliveries(
  ctx: AppContext,
  deps: ProcessDeps = {},
): Promise<{ processed: number; failed: number }> {
  let processed = 0;
  let failed = 0;
  const tried = new Set<number>();
  // New comments whose post may need looking up on the platform, once the sweep's deliveries are all stored.
  const stored: string[] = [];
  for (;;) {
    // A delivery that failed in this sweep waits for the next one, so a poison delivery cannot hold the loop.
    const batch = (await inboundDeliveriesRepository.listPendingIds(ctx.db, MAX_DELIVERY_ATTEMPTS, ctx.now())).filter(
      (id) => !tried.has(id),
    );
    if (batch.length === 0) {
      // Catch up on hides a restart interrupted after their comment was stored.
      const staleBefore = new Date(ctx.now().getTime() - HIDE_CLAIM_STALE_MS);
      for (const commentId of await commentsRepository.awaitingAutomaticHide(ctx.db, staleBefore)) {
        await hideOnArrival(ctx, commentId).catch((error: unknown) =>
          ctx.log.warn({ commentId, err: safeError(error) }, 'hide on arrival failed'),
        );
      }
      await fillPostDetails(ctx, stored);
      return { processed, failed };
    }
    for (const id of batch) {
      tried.add(id);
      let outcomes: Awaited<ReturnType<typeof processDelivery>>;
      try {
        outcomes = await processDelivery(ctx, id, deps);
      } catch {
        failed += 1;
        continue;
      }
      if (outcomes === 'skipped') continue;
      processed += 1;
      // After commit: the comments are safely stored before any platform is called.
      for (const outcome of outcomes) {
        if (outcome.kind === 'stored') stored.push(outcome.commentId);
        if ((outcome.kind === 'stored' || outcome.kind === 'updated') && outcome.decision === 'hide') {
          await hideOnArrival(ctx, outcome.commentId).catch((error: unknown) =>
            ctx.log.warn({ commentId: outcome.commentId, err: safeError(error) }, 'hide on arrival failed'),
          );
        }
      }
    }
  }
}
