// Which platform normaliser reads a stored delivery. Meta deliveries are webhook bodies, normalised here; X has
// no webhooks, so our own poll normalises what X answered and stores the events ({ accountExternalId, events },
// each with the platform's own object in `raw`), and this only revives their dates.
import { normaliseFacebookWebhook } from '../../connectors/graph/graph-normalise.ts';
import { normaliseInstagramWebhook } from '../../connectors/graph/graph-normalise.ts';
import type { NormaliseOutcome, NormalisedEvent, Platform } from '../../connectors/normalised-event.ts';

export function normaliseDelivery(platform: Platform, body: unknown, receivedAt: Date): NormaliseOutcome {
  switch (platform) {
    case 'facebook':
      return normaliseFacebookWebhook(body, receivedAt);
    case 'instagram':
      return normaliseInstagramWebhook(body, receivedAt);
    case 'x': {
      const { events } = (body ?? {}) as { events?: Array<Record<string, unknown>> };
      if (!Array.isArray(events))
        return { events: [], skipped: [{ reason: 'X poll stored without its events', raw: body }] };
      return {
        events: events.map((e) => ({
          ...(e as unknown as NormalisedEvent),
          createdAt: new Date(String(e.createdAt)),
          occurredAt: new Date(String(e.occurredAt)),
          receivedAt: new Date(String(e.receivedAt ?? receivedAt.toISOString())),
        })),
        skipped: [],
      };
    }
  }
}
