// One Facebook Page `feed` webhook change about a comment, read into a normalised event. Pure: no I/O, no clock.
//
// Graph's shape for a comment change (value): item "comment", verb add | edited | remove | hide | unhide,
// comment_id "<post>_<comment>", post_id "<page>_<post>", parent_id (the post id for a top-level comment, the
// parent comment's id for a reply), from { id, name }, message, created_time (Unix seconds), and often `post`:
// { id, status_type, is_published, updated_time, permalink_url, promotion_status }, which gives the post's address
// but not its wording (that is fetched once through the connector).
import { z } from 'zod';
import {
  dateFromUnix,
  dedupeKeyFor,
  httpsUrl,
  type PostDetails,
  type EventKind,
  type NormalisedEvent,
} from '../normalised-event.ts';
import type { ChangeReading, EnvelopeChange } from './webhook-envelope.ts';

const VERB_TO_KIND: Record<string, EventKind> = {
  add: 'comment_added',
  edited: 'comment_edited',
  remove: 'comment_removed',
  hide: 'comment_hidden',
  unhide: 'comment_unhidden',
};

const CommentChange = z.object({
  item: z.literal('comment'),
  verb: z.string(),
  comment_id: z.string().min(1),
  post_id: z.string().min(1),
  parent_id: z.string().optional(),
  from: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  message: z.string().optional(),
  created_time: z.number().optional(),
});

/** What the change says about its post; read loosely, because a post object Meta changes must not lose the comment. */
function postDetailsOf(value: unknown): PostDetails | undefined {
  const post = (value as { post?: unknown }).post;
  if (typeof post !== 'object' || post === null) return undefined;
  const { message, permalink_url: permalinkUrl } = post as { message?: unknown; permalink_url?: unknown };
  const permalink = httpsUrl(permalinkUrl);
  const details: PostDetails = {
    ...(typeof message === 'string' ? { text: message } : {}),
    ...(permalink ? { permalink } : {}),
  };
  return Object.keys(details).length > 0 ? details : undefined;
}

export function readFacebookFeedChange(change: EnvelopeChange, receivedAt: Date): ChangeReading {
  const item = (change.value as { item?: unknown } | null)?.item;
  if (item !== 'comment') {
    // Posts, reactions, shares and the rest arrive on the same field; only comments matter here.
    return { skip: `feed item "${String(item)}" is not a comment` };
  }
  const parsed = CommentChange.safeParse(change.value);
  if (!parsed.success) {
    return { skip: `comment change unreadable: ${parsed.error.issues[0]?.message ?? ''}` };
  }
  const value = parsed.data;
  const kind = VERB_TO_KIND[value.verb];
  if (!kind) {
    return { skip: `comment verb "${value.verb}" not handled` };
  }
  const post = postDetailsOf(change.value);
  const changedAt = dateFromUnix(change.entryTime);
  const createdAt = value.created_time === undefined ? changedAt : dateFromUnix(value.created_time);
  // For an addition the comment's own time is the change; for the rest, entry.time is when it happened, and it is
  // the same on every redelivery, which keeps the dedupe key stable.
  const occurredAt = kind === 'comment_added' ? createdAt : changedAt;
  const event: NormalisedEvent = {
    platform: 'facebook',
    kind,
    accountExternalId: change.accountExternalId,
    postExternalId: value.post_id,
    commentExternalId: value.comment_id,
    ...(value.parent_id && value.parent_id !== value.post_id ? { parentCommentExternalId: value.parent_id } : {}),
    // Removals can come without `from`; the empty id tells ingestion to keep the author it already has.
    author: value.from
      ? { externalId: value.from.id, ...(value.from.name ? { name: value.from.name } : {}) }
      : { externalId: '' },
    ...(value.message !== undefined ? { text: value.message } : {}),
    ...(post ? { post } : {}),
    createdAt,
    occurredAt,
    receivedAt,
    dedupeKey: '',
    raw: change.raw,
  };
  event.dedupeKey = dedupeKeyFor(event);
  return { event };
}
