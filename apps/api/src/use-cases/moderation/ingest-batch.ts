// A batch of deliveries' events written in their order, in the caller's transaction, with as few statements as the
// order allows: the dedupe keys of every event are recorded in one statement and the comments they touch locked in
// one; a run of new comments is held back and stored together (store-new-comments.ts) until an event that needs
// what is stored (a change to a known comment, a second event about one of them, a private message) comes, and
// that event is applied alone, as before (ingest-event.ts). So each school's audit chain gets the same entries in
// the same order as one event at a time would give it, and a key seen before still changes nothing.
import { commentsRepository, processedEventsRepository, type Db, type SocialAccountRow } from '@schoolgate/db';
import { dedupeKeyFor, type NormalisedEvent } from '../../connectors/normalised-event.ts';
import type { NormalisedMessage } from '../../connectors/graph/graph-messages.ts';
import { ingestMessage } from '../messages/ingest-message.ts';
import { ingestEvent, type IngestOutcome } from './ingest-event.ts';
import { storeNewComments, type NewComment } from './store-new-comments.ts';

export interface DeliveryToIngest {
  deliveryId: number;
  events: NormalisedEvent[];
  messages: NormalisedMessage[];
}

/** Accounts by `${platform}:${accountExternalId}`; null: not an account Schoolgate knows. */
export type AccountsByExternal = Map<string, SocialAccountRow | null>;

export const accountKey = (e: { platform: string; accountExternalId: string }) =>
  `${e.platform}:${e.accountExternalId}`;
const commentKey = (accountId: string, externalId: string) => `${accountId} ${externalId}`;

/** Writes the deliveries' events and messages in order; answers each delivery's event outcomes. */
export async function ingestDeliveries(
  tx: Db,
  deliveries: DeliveryToIngest[],
  accounts: AccountsByExternal,
  now: Date,
): Promise<Map<number, IngestOutcome[]>> {
  const known = (e: NormalisedEvent) => accounts.get(accountKey(e)) ?? null;
  const all = deliveries.flatMap((d) => d.events.map((event) => ({ event, deliveryId: d.deliveryId })));
  // Comments first, in one order; the audit chains after, as a person's action takes them.
  const stored = new Set(
    (
      await commentsRepository.lockByExternal(
        tx,
        all.flatMap(({ event }) => {
          const account = known(event);
          return account ? [{ accountId: account.id, externalId: event.commentExternalId }] : [];
        }),
      )
    ).map((c) => commentKey(c.accountId, c.externalId)),
  );
  const keyOf = (account: SocialAccountRow, event: NormalisedEvent) =>
    `${account.id} ${event.dedupeKey || dedupeKeyFor(event)}`;
  const recorded = await processedEventsRepository.recordManyIfNew(
    tx,
    all.flatMap(({ event, deliveryId }) => {
      const account = known(event);
      if (!account) return [];
      return [
        {
          accountId: account.id,
          dedupeKey: event.dedupeKey || dedupeKeyFor(event),
          kind: event.kind,
          commentExternalId: event.commentExternalId,
          occurredAt: event.occurredAt,
          deliveryId,
          processedAt: now,
        },
      ];
    }),
  );

  const seen = new Set<string>();
  const held: Array<NewComment & { outcomes: IngestOutcome[]; at: number }> = [];
  const storeHeld = async () => {
    if (held.length === 0) return;
    const batch = held.splice(0);
    const results = await storeNewComments(tx, batch, now);
    for (const [i, item] of batch.entries()) {
      const result = results[i]!;
      // Stored by another writer after this batch looked: the event is then a change to it, applied alone.
      item.outcomes[item.at] =
        result.kind === 'stored'
          ? result
          : await ingestEvent(tx, item.event, item.deliveryId, now, { account: item.account, firstTime: true });
    }
  };

  const outcomes = new Map<number, IngestOutcome[]>();
  for (const { deliveryId, events, messages } of deliveries) {
    const list: IngestOutcome[] = [];
    outcomes.set(deliveryId, list);
    for (const event of events) {
      const account = known(event);
      if (!account) {
        list.push({ kind: 'unknown_account' });
        continue;
      }
      const key = keyOf(account, event);
      const firstTime = recorded.has(key) && !seen.has(key);
      seen.add(key);
      const comment = commentKey(account.id, event.commentExternalId);
      if (!stored.has(comment)) {
        // An event about a comment not stored, decided without the database, as ingestEvent would decide it.
        if (!firstTime) {
          list.push({ kind: 'duplicate' });
          continue;
        }
        // An edit can arrive for a comment never seen (its addition lost, or not yet delivered): it carries the text
        // and the author, so it is stored as the comment.
        const storable =
          event.kind === 'comment_added' ||
          (event.kind === 'comment_edited' && event.text !== undefined && event.author.externalId !== '');
        if (!storable) {
          list.push({ kind: 'unknown_comment' });
          continue;
        }
        if (event.author.externalId === account.externalId) {
          list.push({ kind: 'own_comment' });
          continue;
        }
        held.push({ account, event, deliveryId, outcomes: list, at: list.length });
        list.push({ kind: 'duplicate' }); // replaced when the held comments are stored
        stored.add(comment);
        continue;
      }
      await storeHeld();
      list.push(await ingestEvent(tx, event, deliveryId, now, { account, firstTime }));
    }
    if (messages.length > 0) {
      await storeHeld();
      for (const message of messages) await ingestMessage(tx, message, deliveryId, now);
    }
  }
  await storeHeld();
  return outcomes;
}
