// What a concern can be about, how urgent it is, what can be written in its chronology and how it can end.
// The types follow the reporting duties of the seed policies (000, 001, 002 incl. 3.1, 003, 004).

export const CONCERN_TYPES = [
  'pupil_contact',
  'cyberbullying',
  'harassment',
  'parent_post',
  'inappropriate_content',
  'journalist_contact',
  'colleague_breach',
  'other',
] as const;
export type ConcernType = (typeof CONCERN_TYPES)[number];

export const CONCERN_TYPE_LABELS: Record<ConcernType, string> = {
  pupil_contact: 'Contact or friend request from a pupil',
  cyberbullying: 'Cyberbullying',
  harassment: 'Harassment of a member of staff',
  parent_post: "A parent's post",
  inappropriate_content: 'Inappropriate content seen',
  journalist_contact: 'Contact from a journalist',
  colleague_breach: 'A breach of the policy by a colleague',
  other: 'Something else',
};

export const CONCERN_URGENCIES = ['routine', 'urgent'] as const;
export type ConcernUrgency = (typeof CONCERN_URGENCIES)[number];

/** Where a concern came from. */
export const CONCERN_SOURCES = ['staff', 'moderation', 'public'] as const;
export type ConcernSource = (typeof CONCERN_SOURCES)[number];

/** What a member of the team can add to the chronology (the system adds "raised", "seen" and "closed"). */
export const CONCERN_ENTRY_KINDS = ['note', 'action', 'referral', 'parent_contact'] as const;
export type ConcernEntryKind = (typeof CONCERN_ENTRY_KINDS)[number];
export const CONCERN_CHRONOLOGY_KINDS = ['raised', 'seen', ...CONCERN_ENTRY_KINDS, 'closed'] as const;
export type ConcernChronologyKind = (typeof CONCERN_CHRONOLOGY_KINDS)[number];

export const REFERRAL_AGENCIES = ['local_authority', 'police', 'lado'] as const;
export type ReferralAgency = (typeof REFERRAL_AGENCIES)[number];
export const REFERRAL_AGENCY_LABELS: Record<ReferralAgency, string> = {
  local_authority: "Local authority children's social care",
  police: 'Police',
  lado: 'Local authority designated officer (LADO)',
};

export const CONCERN_OUTCOMES = [
  'no_further_action',
  'handled_in_school',
  'referred',
  'staff_disciplinary',
  'pupil_behaviour',
  'reported_to_platform',
] as const;
export type ConcernOutcome = (typeof CONCERN_OUTCOMES)[number];
export const CONCERN_OUTCOME_LABELS: Record<ConcernOutcome, string> = {
  no_further_action: 'No further action',
  handled_in_school: 'Handled in school',
  referred: 'Referred to another agency',
  staff_disciplinary: 'Staff disciplinary route',
  pupil_behaviour: 'Pupil behaviour route',
  reported_to_platform: 'Reported to the platform',
};
