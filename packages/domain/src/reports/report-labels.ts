// The words a governors' report prints for each value it counts, shared by the screen, the PDF and the CSV (this
// file is part of the browser-safe entry, so it imports only the other shared lists).
import type { CONCERN_URGENCIES } from '../concerns/concern-kinds.ts';
import { CONCERN_OUTCOME_LABELS, CONCERN_TYPE_LABELS } from '../concerns/concern-kinds.ts';
import { CONSENT_USE_LABELS } from '../consent/consent-vocabulary.ts';
import { LADDER_STEP_LABELS } from '../policy/policy-vocabulary.ts';

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
};
