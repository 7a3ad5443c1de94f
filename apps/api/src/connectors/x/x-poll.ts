// Polling X for new replies and mentions (X has no webhooks for the tiers schools can get). One call reads every
// page newer than `sinceId`; the caller stores the events and only then saves `nextSinceId`, so a crash between
// the two re-reads the same posts (and dedupe keys make that harmless) instead of skipping them.
import { DEFAULT_TIMEOUT_MS } from '../connector.ts';
import { failed, succeeded, type ConnectorResult } from '../connector-error.ts';
import type { NormalisedEvent, SkippedChange } from '../normalised-event.ts';
import { createXClient } from './x-client.ts';
import { normaliseXMentions } from './x-normalise.ts';

export interface PollMentionsInput {
  baseUrl: string;
  bearerToken: string;
  /** The school account's X user id. */
  userId: string;
  /** The newest post id already stored; absent on the first poll (X then gives the most recent mentions). */
  sinceId?: string;
  /** Carry on from a poll that stopped at `maxPages` (pass its `resume` back unchanged). */
  resume?: PollResume;
  /** Pages of 100 per poll before stopping; the rest comes with the next poll through `resume`. Default 10. */
  maxPages?: number;
  timeoutMs?: number;
  now?: () => Date;
}

export interface PollResume {
  paginationToken: string;
  /** The newest id seen when the interrupted poll began: it becomes `nextSinceId` once the older pages are read. */
  newestId: string;
}

export interface PollMentionsResult {
  events: NormalisedEvent[];
  skipped: SkippedChange[];
  /** What to pass as `sinceId` next time. Unchanged when nothing new arrived. */
  nextSinceId: string | undefined;
  /** Set when the poll stopped at `maxPages`: pass it back next time, with the same `sinceId`. */
  resume?: PollResume;
}

const TWEET_FIELDS = 'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets';

export async function pollMentionsAndReplies(input: PollMentionsInput): Promise<ConnectorResult<PollMentionsResult>> {
  const now = input.now ?? (() => new Date());
  const x = createXClient({
    baseUrl: input.baseUrl,
    bearerToken: input.bearerToken,
    timeoutMs: input.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    now,
  });
  const events: NormalisedEvent[] = [];
  const skipped: SkippedChange[] = [];
  let newestId = input.resume?.newestId;
  let token = input.resume?.paginationToken;
  const maxPages = input.maxPages ?? 10;

  for (let page = 0; page < maxPages; page += 1) {
    const query: Record<string, string> = {
      max_results: '100',
      'tweet.fields': TWEET_FIELDS,
      expansions: 'author_id,referenced_tweets.id',
      'user.fields': 'username,name',
    };
    if (input.sinceId) query['since_id'] = input.sinceId;
    if (token) query['pagination_token'] = token;
    const answer = await x({
      method: 'GET',
      path: `2/users/${encodeURIComponent(input.userId)}/mentions`,
      query,
      idempotent: true,
    });
    // A failed page fails the poll: the caller keeps its old sinceId and nothing is skipped.
    if (!answer.ok) return failed(answer.error);
    const outcome = normaliseXMentions(answer.value, input.userId, now());
    events.push(...outcome.events);
    skipped.push(...outcome.skipped);
    const meta = (answer.value as { meta?: { newest_id?: string; next_token?: string } } | undefined)?.meta;
    // Pages come newest first, so the first page's newest_id is the newest of the whole poll.
    newestId ??= meta?.newest_id;
    token = meta?.next_token;
    if (!token) return succeeded({ events, skipped, nextSinceId: newestId ?? input.sinceId });
  }
  return succeeded({
    events,
    skipped,
    nextSinceId: input.sinceId,
    ...(token && newestId ? { resume: { paginationToken: token, newestId } } : {}),
  });
}
