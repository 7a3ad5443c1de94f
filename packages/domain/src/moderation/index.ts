// Moderation rules that need no I/O: how bad a comment is, and whether it needs an answer.
export { CATEGORY_GRAVITY, commentSeverity } from './severity.ts';
export { responseNeed, type ResponseNeed } from './needs-response.ts';
export { looksLikePressContact } from './press-contact.ts';
export { safeguardingAlertFor, type AlertLabel, type SafeguardingAlert } from './safeguarding-alert.ts';
