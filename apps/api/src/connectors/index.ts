// The connectors' public face: what ingestion, the moderation use cases and the simulator import.
export * from './connector.ts';
export * from './connector-error.ts';
export * from './normalised-event.ts';
export { MANUAL_STEPS } from './manual-steps.ts';
export {
  META_SIGNATURE_HEADER,
  signMetaPayload,
  verifyMetaSignature,
  type SignatureCheck,
} from './meta/webhook-signature.ts';
export { answerVerificationHandshake, type HandshakeAnswer } from './meta/verification-handshake.ts';
export { FACEBOOK_CAPABILITIES } from './facebook/facebook-capabilities.ts';
export { createFacebookConnector, type FacebookConnectorOptions } from './facebook/facebook-connector.ts';
export { normaliseFacebookWebhook } from './facebook/facebook-normalise.ts';
export { INSTAGRAM_CAPABILITIES } from './instagram/instagram-capabilities.ts';
export { createInstagramConnector, type InstagramConnectorOptions } from './instagram/instagram-connector.ts';
export { normaliseInstagramWebhook } from './instagram/instagram-normalise.ts';
export { X_CAPABILITIES } from './x/x-capabilities.ts';
export { createXConnector, type XConnectorOptions } from './x/x-connector.ts';
export { normaliseXMentions } from './x/x-normalise.ts';
export {
  pollMentionsAndReplies,
  type PollMentionsInput,
  type PollMentionsResult,
  type PollResume,
} from './x/x-poll.ts';
