// The two accounts the Graph API serves, as data: where each keeps its comments' fields and endpoints, and which
// webhook object and field bring its comments. The connector (graph-connector.ts) and the normaliser
// (graph-normalise.ts) are one code path each, read through these.
import type { ConnectorCapabilities } from '../connector.ts';
import { readFacebookFeedChange } from './facebook-feed-change.ts';
import { FACEBOOK_CAPABILITIES, INSTAGRAM_CAPABILITIES } from './graph-capabilities.ts';
import { readInstagramCommentChange } from './instagram-comment-change.ts';
import type { ChangeReading, EnvelopeChange } from './webhook-envelope.ts';

export interface GraphPlatform {
  platform: 'facebook' | 'instagram';
  capabilities: ConnectorCapabilities;
  /** `POST /{comment-id}` with this parameter set to true or false hides or shows a comment. */
  hideParam: string;
  /** `POST /{comment-id}/{replyEdge}` with `message` replies as the account. */
  replyEdge: string;
  /** The post's fields to ask `GET /{post-id}` for: its wording and its address. */
  postFields: { text: string; permalink: string };
  /** `POST /{account-id}/{blockEdge}` with `user` blocks a person; null where the API cannot block. */
  blockEdge: string | null;
  webhook: {
    /** The envelope's `object`. */
    object: 'page' | 'instagram';
    /** The subscribed field that carries comments. */
    field: string;
    readChange(change: EnvelopeChange, receivedAt: Date): ChangeReading;
  };
}

export const FACEBOOK_PAGE: GraphPlatform = {
  platform: 'facebook',
  capabilities: FACEBOOK_CAPABILITIES,
  hideParam: 'is_hidden',
  replyEdge: 'comments',
  postFields: { text: 'message', permalink: 'permalink_url' },
  blockEdge: 'blocked',
  webhook: { object: 'page', field: 'feed', readChange: readFacebookFeedChange },
};

export const INSTAGRAM_ACCOUNT: GraphPlatform = {
  platform: 'instagram',
  capabilities: INSTAGRAM_CAPABILITIES,
  hideParam: 'hide',
  replyEdge: 'replies',
  postFields: { text: 'caption', permalink: 'permalink' },
  blockEdge: null,
  webhook: { object: 'instagram', field: 'comments', readChange: readInstagramCommentChange },
};
