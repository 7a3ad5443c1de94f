// Plain words for the codes the moderation API sends, short enough for a queue. The codes themselves come from their
// one list in the domain's browser-safe entry; a code these labels do not know is shown as it came.
import type { CommentCategory, LadderStep } from '@schoolgate/domain/shared';

export const CATEGORY_LABELS: Readonly<Record<string, string>> & Readonly<Record<CommentCategory, string>> = {
  abuse: 'Abusive or insulting',
  hate: 'Hateful',
  threat: 'Threatening',
  profanity: 'Swearing',
  spam: 'Spam',
  commercial: 'Advertising',
  donation: 'Asking for donations',
  personal_data: 'Personal information',
  complaint: 'Complaint about the school',
  incident: 'Talk of a behaviour incident',
};

const HATE_TARGET_LABELS: Readonly<Record<string, string>> = {
  race: 'race',
  religion: 'religion',
  sex: 'sex',
  sexual_orientation: 'sexual orientation',
  gender_identity: 'gender identity',
  disability: 'disability',
  age: 'age',
};

const PERSONAL_DATA_KIND_LABELS: Readonly<Record<string, string>> = {
  phone: 'phone number',
  email: 'email address',
  address: 'address',
  name: 'name',
  circumstances: 'personal circumstances',
};

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category.replace(/_/g, ' ');
}

/** "Hateful (race)", "Personal information (phone number)": the qualifier says what the label is about. */
export function labelText(label: { category: string; target?: string; kind?: string }): string {
  const qualifier = label.target
    ? (HATE_TARGET_LABELS[label.target] ?? label.target)
    : label.kind
      ? (PERSONAL_DATA_KIND_LABELS[label.kind] ?? label.kind)
      : null;
  return qualifier ? `${categoryLabel(label.category)} (${qualifier})` : categoryLabel(label.category);
}

export const PLATFORM_LABELS: Readonly<Record<string, string>> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
};

/** What the school's settings decided when the comment arrived (not necessarily what the platform did). */
export const DECISION_LABELS: Readonly<Record<string, string>> = {
  hide: 'Hide at once',
  queue: 'Queue for a person',
  leave: 'Leave up',
};

/** "personal_data scored 0.95" from the API becomes "Personal information scored 95%". */
export function decisionReasonText(reason: string): string {
  return reason.replace(/\b([a-z_]+) scored (\d(?:\.\d+)?)/g, (whole, category: string, score: string) =>
    CATEGORY_LABELS[category] ? `${CATEGORY_LABELS[category]} scored ${Math.round(Number(score) * 100)}%` : whole,
  );
}

export const PLATFORM_STATE_LABELS: Readonly<Record<string, string>> = {
  visible: 'Visible',
  hidden: 'Hidden',
  deleted: 'Deleted',
  removed_by_author: 'Removed by the author',
};

export const LADDER_STEP_LABELS: Readonly<Record<string, string>> & Readonly<Record<LadderStep, string>> = {
  discuss: 'Talk it through',
  ask_to_delete: 'Ask them to take it down',
  warn: 'Warning',
  meeting_with_head: 'Meeting with the headteacher',
  written_warning: 'Letter setting out concerns',
  block: 'Block on our accounts',
  report_to_platform: 'Report to the platform',
  legal_advice: 'Legal advice',
  police: 'Police',
  contact_host: "Ask the site's host to remove it",
};

/** What each recorded action was, for the history on the comment page. */
export const ACTION_LABELS: Readonly<Record<string, string>> = {
  approve: 'Approved',
  hide: 'Hidden',
  unhide: 'Shown again',
  delete: 'Deleted',
  reply: 'Replied',
  mark_responded: 'Marked as responded',
  approve_press_reply: 'Press reply approved by the head',
  record_manual: 'Manual step recorded',
  reply_proposed: "Reply to the press drafted for the head's approval",
  block: 'Author blocked',
  report_platform: 'Reported to the platform',
  ask_to_delete: 'Author asked to delete it',
};

export const MANUAL_ACTION_LABELS: Readonly<Record<string, string>> = {
  hide: 'hide',
  unhide: 'show again',
  delete: 'delete',
  block: 'block',
  reply: 'reply',
  report_platform: 'report to the platform',
  ask_to_delete: 'request to delete',
};

export function lookup(labels: Readonly<Record<string, string>>, code: string): string {
  return labels[code] ?? code.replace(/_/g, ' ');
}
