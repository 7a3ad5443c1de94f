// Instagram `comments` webhook changes turned into normalised events. Pure: no I/O, no clock.
//
// Meta only tells us about new comments on Instagram (no edit, removal or hide notifications), and the value has
// no time of its own: { id, text, from { id, username }, media { id, media_product_type }, parent_id? }. The
// entry's time is when the comment was made.
import { z } from 'zod';
import { readEnvelope } from '../meta/webhook-envelope.ts';
import { dateFromUnix, dedupeKeyFor, type NormaliseOutcome, type NormalisedEvent } from '../normalised-event.ts';

const CommentValue = z.object({
  id: z.string().min(1),
  text: z.string().optional(),
  from: z.object({ id: z.string().min(1), username: z.string().optional() }),
  media: z.object({ id: z.string().min(1) }),
  parent_id: z.string().optional(),
});

export function normaliseInstagramWebhook(payload: unknown, receivedAt: Date): NormaliseOutcome {
  const { changes, skipped } = readEnvelope(payload, 'instagram');
  const events: NormalisedEvent[] = [];
  for (const change of changes) {
    if (change.field !== 'comments') {
      // Mentions, live comments, story insights and messages come on other fields.
      skipped.push({ reason: `field "${change.field}" is not comments`, raw: change.raw });
      continue;
    }
    const parsed = CommentValue.safeParse(change.value);
    if (!parsed.success) {
      skipped.push({ reason: `comment unreadable: ${parsed.error.issues[0]?.message ?? ''}`, raw: change.raw });
      continue;
    }
    const value = parsed.data;
    const createdAt = dateFromUnix(change.entryTime);
    const event: NormalisedEvent = {
      platform: 'instagram',
      kind: 'comment_added',
      accountExternalId: change.accountExternalId,
      postExternalId: value.media.id,
      commentExternalId: value.id,
      ...(value.parent_id ? { parentCommentExternalId: value.parent_id } : {}),
      author: { externalId: value.from.id, ...(value.from.username ? { handle: value.from.username } : {}) },
      ...(value.text !== undefined ? { text: value.text } : {}),
      createdAt,
      occurredAt: createdAt,
      receivedAt,
      dedupeKey: '',
      raw: change.raw,
    };
    event.dedupeKey = dedupeKeyFor(event);
    events.push(event);
  }
  return { events, skipped };
}
