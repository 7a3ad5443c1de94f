// The interface every platform module implements (Facebook Pages, Instagram, X). Moderation use cases talk to a
// `Connector` and never to a platform's API, so a new platform is a new folder here and nothing else changes.
//
// Two halves:
// - outbound actions on one school account (hide, unhide, delete, reply, block), and one read (`fetchPost`, the
//   wording and address of a post whose comments arrived with only its id), each answering a `ConnectorResult`
//   with a typed value or a `ConnectorError` with a stable code; nothing here throws for a platform failure;
// - inbound normalisation, which is not on this interface: it is a pure function per platform
//   (`normaliseFacebookWebhook`, `normaliseInstagramWebhook`, `normaliseXMentions`) so ingestion can run it in
//   a job over a stored raw delivery, with no account credentials at hand.
import type { ConnectorResult } from './connector-error.ts';
import type { Platform } from './normalised-event.ts';

export const CONNECTOR_ACTIONS = ['hide', 'unhide', 'delete', 'reply', 'block'] as const;
export type ConnectorAction = (typeof CONNECTOR_ACTIONS)[number];

export interface ActionCapability {
  /** The platform's API can do this for us. When false, the operation answers NOT_SUPPORTED without a call. */
  viaApi: boolean;
  /**
   * What a person does by hand, in plain words for a school office: the whole job when `viaApi` is false, and
   * the fallback when the platform refuses the call. The moderator records that the steps were done.
   */
  manualSteps: readonly string[];
  /** One line for the screen, e.g. why the API cannot do this. */
  note?: string;
}

export interface ConnectorCapabilities {
  platform: Platform;
  actions: Readonly<Record<ConnectorAction, ActionCapability>>;
}

export interface CommentTarget {
  commentExternalId: string;
}

export interface ReplyInput extends CommentTarget {
  /** The reply as the school's account; plain text. */
  text: string;
}

export interface BlockInput {
  authorExternalId: string;
}

export interface ActionDone {
  /** What the platform answered, for the audit entry (never holds tokens). */
  platformResponse: unknown;
}

export interface ReplyPosted extends ActionDone {
  /** The platform's id for the new reply, so its own webhook echo can be matched to it. */
  replyExternalId: string;
}

export interface PostTarget {
  postExternalId: string;
}

/** A post as the platform describes it; null where it gives nothing (a photo with no caption, X's permalinks). */
export interface PostFetched {
  text: string | null;
  /** An https address of the post on the platform. */
  permalink: string | null;
}

/**
 * One image of a new post (issue 11): the stored bytes (already re-encoded, so no camera or location data), their
 * type, the description for screen readers, and where the platform may fetch it: a signed address on Schoolgate
 * that expires, for Instagram, which only takes images by URL (null when no public address is configured).
 */
export interface PublishImage {
  altText: string;
  contentType: string;
  bytes: Uint8Array;
  publicUrl: string | null;
}

/**
 * The video of a new post (issue 11), instead of images: the stored file (location and camera boxes blanked), its
 * type and length, the description (what it shows, for people who cannot see it), and a signed address on Schoolgate
 * for Instagram, which fetches videos itself (null when no public address is configured).
 */
export interface PublishVideo {
  description: string;
  contentType: string;
  bytes: Uint8Array;
  durationMs: number;
  publicUrl: string | null;
}

/** A new post on the account (issue 11): its text and its images, in order, or its video. */
export interface PublishInput {
  text: string;
  images: readonly PublishImage[];
  video?: PublishVideo | null;
}

export interface PostPublished extends ActionDone {
  postExternalId: string;
  /** An https address of the new post, where the platform gives one. */
  permalink: string | null;
}

/** A private message to a person who wrote to the account (issue 10). */
export interface MessageInput {
  /** The person's id as the platform gave it with their message (page-scoped or Instagram-scoped). */
  recipientExternalId: string;
  text: string;
}

export interface MessageSent extends ActionDone {
  /** The platform's id for the message, so its echo is recognised as already stored. */
  messageExternalId: string;
}

export interface Connector {
  readonly platform: Platform;
  /** The school account this connector acts as. */
  readonly accountExternalId: string;
  readonly capabilities: ConnectorCapabilities;
  hideComment(input: CommentTarget): Promise<ConnectorResult<ActionDone>>;
  unhideComment(input: CommentTarget): Promise<ConnectorResult<ActionDone>>;
  deleteComment(input: CommentTarget): Promise<ConnectorResult<ActionDone>>;
  reply(input: ReplyInput): Promise<ConnectorResult<ReplyPosted>>;
  blockAuthor(input: BlockInput): Promise<ConnectorResult<ActionDone>>;
  /** Reads a post on the account: Graph `GET /{id}?fields=...`, X `GET /2/tweets/:id`. Changes nothing. */
  fetchPost(input: PostTarget): Promise<ConnectorResult<PostFetched>>;
  /**
   * Publishes a new post as the account (issue 11): Facebook photos then `POST /{page-id}/feed`, Instagram a media
   * container then `media_publish`, X media uploads then `POST /2/tweets`.
   */
  publishPost(input: PublishInput): Promise<ConnectorResult<PostPublished>>;
  /**
   * Removes one of the account's own posts (a take-down, issue 11): Facebook `DELETE /{post-id}`, X
   * `DELETE /2/tweets/:id`. Instagram's API cannot delete media: NOT_SUPPORTED, with the steps in POST_REMOVAL.
   */
  deletePost(input: PostTarget): Promise<ConnectorResult<ActionDone>>;
  /**
   * Answers a private message as the account: Graph's Send API `POST /{account-id}/messages` for a Page or an
   * Instagram account. Absent where Schoolgate does not handle private messages (X).
   */
  sendMessage?(input: MessageInput): Promise<ConnectorResult<MessageSent>>;
}

/** Settings every HTTP connector takes. */
export interface HttpConnectorOptions {
  /** Platform API root, e.g. https://graph.facebook.com/v21.0 or the simulator's. No trailing slash needed. */
  baseUrl: string;
  /** Per call; a platform that does not answer in time is PLATFORM_UNAVAILABLE. Default 10 s. */
  timeoutMs?: number;
  /** For tests that want a fixed clock (rate-limit reset times). */
  now?: () => Date;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
