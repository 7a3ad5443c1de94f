// A Meta webhook delivery turned into normalised events, for either account the Graph API serves: the envelope
// walked once, changes on other fields skipped, and each comment change read by its platform's reader. Pure: no
// I/O, no clock.
import type { NormaliseOutcome, NormalisedEvent } from '../normalised-event.ts';
import { FACEBOOK_PAGE, INSTAGRAM_ACCOUNT, type GraphPlatform } from './graph-platforms.ts';
import { readEnvelope } from './webhook-envelope.ts';
import { withoutNul } from '../storable-text.ts';

export function normaliseGraphWebhook(platform: GraphPlatform, payload: unknown, receivedAt: Date): NormaliseOutcome {
  const { object, field, readChange } = platform.webhook;
  const { changes, skipped } = readEnvelope(withoutNul(payload), object);
  const events: NormalisedEvent[] = [];
  for (const change of changes) {
    if (change.field !== field) {
      // Mentions, messages, reactions' own fields and the rest arrive on other fields.
      skipped.push({ reason: `field "${change.field}" is not ${field}`, raw: change.raw });
      continue;
    }
    const reading = readChange(change, receivedAt);
    if ('skip' in reading) skipped.push({ reason: reading.skip, raw: change.raw });
    else events.push(reading.event);
  }
  return { events, skipped };
}

/** A Page's `feed` webhook: comments added, edited, removed, hidden and unhidden. */
export const normaliseFacebookWebhook = (payload: unknown, receivedAt: Date) =>
  normaliseGraphWebhook(FACEBOOK_PAGE, payload, receivedAt);

/** An Instagram account's `comments` webhook: new comments only. */
export const normaliseInstagramWebhook = (payload: unknown, receivedAt: Date) =>
  normaliseGraphWebhook(INSTAGRAM_ACCOUNT, payload, receivedAt);
