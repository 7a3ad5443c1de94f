// The words a governors' report prints for each value it counts, shared by the screen, the PDF and the CSV (this
// file is part of the browser-safe entry, so it imports only the other shared lists).
import type { CONCERN_URGENCIES } from '../concerns/concern-kinds.ts';
import { CONCERN_OUTCOME_LABELS, CONCERN_TYPE_LABELS } from '../concerns/concern-kinds.ts';
import { CONSENT_USE_LABELS } from '../consent/consent-vocabulary.ts';
import { LADDER_STEP_LABELS, PLATFORM_LABELS } from '../policy/policy-vocabulary.ts';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const REPORT_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  abuse: 'Abuse',
  hate: 'Hate',
  threat: 'Threats',
  profanity: 'Swearing',
  spam: 'Spam',
  commercial: 'Selling or promotion',
  donation: 'Asking for donations',
  personal_data: 'Private information',
  complaint: 'Complaints',
  incident: 'Behaviour incidents',
  none: 'Nothing flagged',
};

export const REPORT_ACTION_LABELS: Readonly<Record<string, string>> = {
  hide: 'Hidden',
  unhide: 'Shown again',
  delete: 'Deleted',
  reply: 'Replied to',
  approve: 'Approved as fine',
  mark_responded: 'Marked as answered',
  press_approved: 'Reply to the press approved',
};

export const REPORT_URGENCY_LABELS: Readonly<Record<(typeof CONCERN_URGENCIES)[number], string>> = {
  routine: 'Routine',
  urgent: 'Urgent',
};

export const REPORT_CHECK_LABELS: Readonly<Record<string, string>> = {
  pupil_consent: 'A pupil without consent, or on the do-not-publish list',
  pupil_full_name: "A pupil's first name and surname together",
  personal_data: 'Contact details or private information',
  message_to_individual: 'Written to one person',
  political_statement: 'Political views or campaigning',
  unrelated_advert: 'Promoting an unrelated business',
  staff_personal_account_link: "A staff member's own account",
  category_not_allowed: 'A subject the policy does not list',
  platform_not_allowed: 'A platform the policy does not name',
  abusive_wording: 'Abusive or offensive wording',
  alt_text_missing: 'An image without a description',
};

export const RAG_LABELS = { green: 'Green', amber: 'Amber', red: 'Red' } as const;

/** The printed word for a value of one of the report's lists, falling back to the value itself. */
export const reportLabel = {
  category: (value: string) => REPORT_CATEGORY_LABELS[value] ?? value,
  action: (value: string) => REPORT_ACTION_LABELS[value] ?? value.replace(/_/g, ' '),
  step: (value: string) => sentence((LADDER_STEP_LABELS as Record<string, string>)[value] ?? value),
  concernType: (value: string) => (CONCERN_TYPE_LABELS as Record<string, string>)[value] ?? value,
  urgency: (value: string) => (REPORT_URGENCY_LABELS as Record<string, string>)[value] ?? value,
  outcome: (value: string) =>
    value === 'open' ? 'Still open' : ((CONCERN_OUTCOME_LABELS as Record<string, string>)[value] ?? value),
  consentUse: (value: string) => (CONSENT_USE_LABELS as Record<string, string>)[value] ?? value,
  check: (value: string) => REPORT_CHECK_LABELS[value] ?? value.replace(/_/g, ' '),
  platform: (value: string) => (PLATFORM_LABELS as Record<string, string>)[value] ?? value,
};
