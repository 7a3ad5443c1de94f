// Turns stored deliveries into comments, several per transaction: a worker claims a batch of due deliveries (oldest
// first, skipping those another worker holds), holds their schools for ingestion (a school another worker is
// ingesting is left for later, never waited for), locks the comments they touch, and writes every event of every
// delivery in id order before marking them processed in one statement. Either the whole batch is written or none of
// it is, and then each of its deliveries is retried on its own, in its own transaction, so one bad delivery costs
// only itself an attempt. Running it twice (a retry after a crash) changes nothing the second time: each event is
// recorded by its dedupe key, and each school's audit chain is appended under its lock as before.
// A delivery that fails every attempt is abandoned, never silently: the school's account administrators and head
// are told (or, when the school cannot be known, an error is logged).
import {
  commentsRepository,
  inboundDeliveriesRepository,
  ingestionLocksRepository,
  socialAccountsRepository,
  tenancyRepository,
  type Db,
  type InboundDeliveryRow,
} from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';
import type { NormaliseOutcome, Platform, SkippedChange } from '../../connectors/normalised-event.ts';
import { notify } from '../../notifications/notify.ts';
import type { IngestOutcome } from './ingest-event.ts';
import { accountKey, ingestDeliveries, type AccountsByExternal, type DeliveryToIngest } from './ingest-batch.ts';
import { normaliseDelivery as defaultNormalise } from './normalise-delivery.ts';
import { HIDE_CLAIM_STALE_MS, hideOnArrival } from './hide-on-arrival.ts';
import { fillPostDetails } from './fill-post-details.ts';
import { safeError, safeErrorLine } from '../../logging/safe-error.ts';
import { normaliseGraphMessages } from '../../connectors/graph/graph-messages.ts';

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
  /** Deliveries per transaction (default DELIVERY_BATCH); the ingestion benchmark tries others. */
  batchSize?: number;
}

/**
 * Deliveries written per transaction. A batch's statements are about fifteen whatever its size, so a bigger batch
 * costs the database less per comment (0.77 ms of PostgreSQL's CPU per comment at 25, 0.47 ms at 100, one worker);
 * a smaller one lets workers share a trust's few schools more evenly, since a batch holds its schools until it commits.
 */
export const DELIVERY_BATCH = 100;

interface PreparedDelivery extends DeliveryToIngest {
  delivery: InboundDeliveryRow;
  /** The schools its events are for (of the accounts Schoolgate knows). */
  schoolIds: string[];
}

/** Reads a delivery's events; no database. Throws on a body that cannot be read. */
function readDelivery(ctx: AppContext, delivery: InboundDeliveryRow, normalise: Normalise) {
  const platform = delivery.platform as Platform;
  const body: unknown = JSON.parse(delivery.body);
  const { events, skipped } = normalise(platform, body, delivery.receivedAt);
  logSkipped(ctx, delivery, skipped);
  const messages = platform === 'x' ? [] : normaliseGraphMessages(platform, body, delivery.receivedAt);
  return { delivery, deliveryId: delivery.id, events, messages };
}

/** Finds whose the deliveries' events are: every account they name, in one statement. */
async function findAccounts(
  tx: Db,
  read: Array<ReturnType<typeof readDelivery>>,
): Promise<{ prepared: PreparedDelivery[]; accounts: AccountsByExternal }> {
  const named = read.flatMap((r) => [...r.events, ...r.messages]);
  const accounts: AccountsByExternal = new Map(named.map((e) => [accountKey(e), null]));
  const rows = await socialAccountsRepository.findManyByExternal(
    tx,
    named.map((e) => ({ platform: e.platform, externalId: e.accountExternalId })),
  );
  for (const row of rows) accounts.set(accountKey({ platform: row.platform, accountExternalId: row.externalId }), row);
  const prepared = read.map((r) => {
    const schoolIds = new Set<string>();
    for (const e of [...r.events, ...r.messages]) {
      const account = accounts.get(accountKey(e));
      if (account) schoolIds.add(account.schoolId);
    }
    return { ...r, schoolIds: [...schoolIds] };
  });
  return { prepared, accounts };
}

/** One delivery in its own transaction: a batch's deliveries after the batch failed, and tests. */
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
      const {
        prepared: [prepared],
        accounts,
      } = await findAccounts(tx, [readDelivery(ctx, delivery, normalise)]);
      // Waits for a batch that holds its school; it holds nothing else yet, so it cannot deadlock with one.
      await ingestionLocksRepository.holdSchools(tx, prepared!.schoolIds);
      const outcomes = await ingestDeliveries(tx, [prepared!], accounts, now);
      await deps.beforeCommit?.(tx);
      await inboundDeliveriesRepository.markProcessed(tx, delivery.id, now);
      return outcomes.get(delivery.id)!;
    });
  } catch (error) {
    await recordFailure(ctx, deliveryId, error);
    throw error;
  }
}

/** Counts a failed attempt, outside the rolled-back transaction, so a poison delivery stops being retried. */
async function recordFailure(ctx: AppContext, deliveryId: number, error: unknown) {
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
}

interface BatchResult {
  /** Written and committed, by delivery id. */
  outcomes: Map<number, IngestOutcome[]>;
  /** Unreadable deliveries (their attempt is counted). */
  failed: number[];
  /** Claimed, but the batch failed: each is to be tried on its own. */
  retryAlone: number[];
  /** Left for later because another worker is ingesting their school. */
  deferred: number;
}

/** Claims and writes one batch; null when nothing is due. */
async function processBatch(ctx: AppContext, deps: ProcessDeps, except: number[]): Promise<BatchResult | null> {
  const normalise = deps.normalise ?? defaultNormalise;
  let claimed: number[] = [];
  const unreadable: Array<{ id: number; error: unknown }> = [];
  let written: { outcomes: Map<number, IngestOutcome[]>; deferred: number } | null;
  try {
    written = await ctx.db.transaction(async (tx) => {
      const now = ctx.now();
      const deliveries = await inboundDeliveriesRepository.claimDue(tx, {
        maxAttempts: MAX_DELIVERY_ATTEMPTS,
        now,
        limit: deps.batchSize ?? DELIVERY_BATCH,
        except,
      });
      claimed = deliveries.map((d) => d.id);
      if (deliveries.length === 0) return null;
      const read: Array<ReturnType<typeof readDelivery>> = [];
      for (const delivery of deliveries) {
        try {
          read.push(readDelivery(ctx, delivery, normalise));
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          unreadable.push({ id: delivery.id, error });
        }
      }
      const { prepared, accounts } = await findAccounts(tx, read);
      const held = await ingestionLocksRepository.tryHoldSchools(
        tx,
        prepared.flatMap((p) => p.schoolIds),
      );
      const ready = prepared.filter((p) => p.schoolIds.every((id) => held.has(id)));
      const outcomes = await ingestDeliveries(tx, ready, accounts, now);
      await deps.beforeCommit?.(tx);
      await inboundDeliveriesRepository.markProcessedMany(tx, [...outcomes.keys()], now);
      return { outcomes, deferred: prepared.length - ready.length };
    });
  } catch (error) {
    ctx.log.info(
      { deliveries: claimed.length, err: safeError(error) },
      'delivery batch rolled back; trying each alone',
    );
    return { outcomes: new Map(), failed: [], retryAlone: claimed, deferred: 0 };
  }
  if (!written) return null;
  for (const { id, error } of unreadable) await recordFailure(ctx, id, error);
  return {
    outcomes: written.outcomes,
    failed: unreadable.map((u) => u.id),
    retryAlone: [],
    deferred: written.deferred,
  };
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
  // A delivery that failed in this sweep waits for the next one, so a poison delivery cannot hold the loop.
  const tried = new Set<number>();
  // New comments whose post may need looking up on the platform, once the sweep's deliveries are all stored.
  const stored: string[] = [];
  let waits = 0;
  const afterCommit = async (outcomes: IngestOutcome[]) => {
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
  };
  for (;;) {
    const batch = await processBatch(ctx, deps, [...tried]);
    if (!batch) {
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
    for (const id of batch.failed) tried.add(id);
    failed += batch.failed.length;
    for (const outcomes of batch.outcomes.values()) await afterCommit(outcomes);
    for (const id of batch.retryAlone) {
      tried.add(id);
      let outcomes: Awaited<ReturnType<typeof processDelivery>>;
      try {
        outcomes = await processDelivery(ctx, id, deps);
      } catch {
        failed += 1;
        continue;
      }
      if (outcomes !== 'skipped') await afterCommit(outcomes);
    }
    // Everything claimed belongs to schools another worker is ingesting right now: let it finish them, and give
    // up this sweep if it keeps them for long (it, or the next sweep, takes what is left).
    if (batch.outcomes.size === 0 && batch.retryAlone.length === 0 && batch.failed.length === 0) {
      if (++waits > 100) return { processed, failed };
      await new Promise((resolve) => setTimeout(resolve, 20));
    } else waits = 0;
  }
}
