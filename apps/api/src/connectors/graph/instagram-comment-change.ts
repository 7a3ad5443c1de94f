// One Instagram `comments` webhook change, read into a normalised event. Pure: no I/O, no clock.
//
// Meta only tells us about new comments on Instagram (no edit, removal or hide notifications), and the value has
// no time of its own: { id, text, from { id, username }, media { id, media_product_type }, parent_id? }. The
// entry's time is when the comment was made.
import { z } from 'zod';
import { dateFromUnix, dedupeKeyFor, type NormalisedEvent } from '../normalised-event.ts';
import type { ChangeReading, EnvelopeChange } from './webhook-envelope.ts';

const CommentValue = z.object({
  id: z.string().min(1),
  text: z.string().optional(),
  from: z.object({ id: z.string().min(1), username: z.string().optional() }),
  media: z.object({ id: z.string().min(1) }),
  parent_id: z.string().optional(),
});

export function readInstagramCommentChange(change: EnvelopeChange, receivedAt: Date): ChangeReading {
  const parsed = CommentValue.safeParse(change.value);
  if (!parsed.success) {
    return { skip: `comment unreadable: ${parsed.error.issues[0]?.message ?? ''}` };
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
  return { event };
}
