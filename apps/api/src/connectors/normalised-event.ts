// What every inbound delivery (a Meta webhook, an X poll) becomes: one shape for all platforms, so ingestion,
// classification and the moderation queue never look at a platform's own payload again (it is kept in `raw`).

export const PLATFORMS = ['facebook', 'instagram', 'x'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const EVENT_KINDS = [
  'comment_added',
  'comment_edited',
  'comment_removed',
  'comment_hidden',
  // Facebook tells us when a comment is unhidden (by us or by another page admin); without this kind the
  // queue would go on showing a comment as hidden that the public can see again.
  'comment_unhidden',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface EventAuthor {
  /** The platform's id for the person (page-scoped on Facebook, Instagram-scoped on Instagram). */
  externalId: string;
  name?: string;
  handle?: string;
}

export interface NormalisedEvent {
  platform: Platform;
  kind: EventKind;
  /** The school's account the comment is on: the Page id, the Instagram professional account id, the X user id. */
  accountExternalId: string;
  postExternalId: string;
  commentExternalId: string;
  /** Set when the comment is a reply to another comment, not to the post itself. */
  parentCommentExternalId?: string;
  author: EventAuthor;
  /** Absent on removals and hides, where platforms send no text. */
  text?: string;
  /**
   * What the delivery itself said about the post the comment is on, when it said anything: a Facebook feed change
   * often carries the post's permalink, an X poll the conversation's first post. Most say only the post's id; its
   * text is then fetched once through the connector (`Connector.fetchPost`).
   */
  post?: PostDetails;
  /** When the comment was written, or, when the platform does not say, when the change happened. */
  createdAt: Date;
  /** When this change happened on the platform (the edit, removal or hide); equal to `createdAt` for additions. */
  occurredAt: Date;
  /** When Schoolgate received the delivery or poll answer that held it. */
  receivedAt: Date;
  /**
   * Stable across redeliveries of the same change: platform, comment id, kind and, except for additions, the time of
   * the change. Platforms deliver at least once, so ingestion stores one event per key (idempotency is its job).
   */
  dedupeKey: string;
  /** The part of the platform's payload this event came from, exactly as received. */
  raw: unknown;
}

/** A post's wording and address on the platform, as far as the platform gave them. */
export interface PostDetails {
  text?: string;
  /** An https address of the post on the platform. */
  permalink?: string;
}

/** An address a platform gave for a post, kept only when it is https (it is shown to moderators as a link). */
export function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A part of a delivery that produced no event, and why: kept so ingestion can log it without guessing. */
export interface SkippedChange {
  reason: string;
  raw: unknown;
}

export interface NormaliseOutcome {
  events: NormalisedEvent[];
  skipped: SkippedChange[];
}

export function dedupeKeyFor(
  event: Pick<NormalisedEvent, 'platform' | 'commentExternalId' | 'kind' | 'occurredAt'>,
): string {
  // A comment is added once, so its key needs no time; a comment can be edited, hidden or unhidden many times,
  // and each is a separate change to keep.
  const base = `${event.platform}:${event.commentExternalId}:${event.kind}`;
  return event.kind === 'comment_added' ? base : `${base}:${event.occurredAt.toISOString()}`;
}

/** Meta sends Unix seconds; a few objects send milliseconds. Anything past the year 33658 in seconds is milliseconds. */
export function dateFromUnix(value: number): Date {
  return new Date(value > 1e12 ? value : value * 1000);
}
