// The connectors' public face: what ingestion, the moderation use cases and the simulator import.
export * from './connector.ts';
export * from './connector-error.ts';
export * from './normalised-event.ts';
export { MANUAL_STEPS } from './manual-steps.ts';
export { POST_REMOVAL } from './post-removal.ts';
export {
  META_SIGNATURE_HEADER,
  signMetaPayload,
  verifyMetaSignature,
  type SignatureCheck,
} from './graph/webhook-signature.ts';
export { answerVerificationHandshake, type HandshakeAnswer } from './graph/verification-handshake.ts';
export { FACEBOOK_CAPABILITIES, INSTAGRAM_CAPABILITIES } from './graph/graph-capabilities.ts';
export { FACEBOOK_PAGE, INSTAGRAM_ACCOUNT, type GraphPlatform } from './graph/graph-platforms.ts';
export {
  createFacebookConnector,
  createGraphConnector,
  createInstagramConnector,
  type FacebookConnectorOptions,
  type GraphConnectorOptions,
  type InstagramConnectorOptions,
} from './graph/graph-connector.ts';
export { normaliseFacebookWebhook, normaliseGraphWebhook, normaliseInstagramWebhook } from './graph/graph-normalise.ts';
export { X_CAPABILITIES } from './x/x-capabilities.ts';
export { createXConnector, type XConnectorOptions } from './x/x-connector.ts';
export { normaliseXMentions } from './x/x-normalise.ts';
export {
  pollMentionsAndReplies,
  type PollMentionsInput,
  type PollMentionsResult,
  type PollResume,
} from './x/x-poll.ts';
