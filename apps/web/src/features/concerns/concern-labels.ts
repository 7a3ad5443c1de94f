// Words for the concern values the API sends (the same wording as the domain's labels and the PDF).
export const TYPE_LABELS: Record<string, string> = {
  pupil_contact: 'Contact or friend request from a pupil',
  cyberbullying: 'Cyberbullying',
  harassment: 'Harassment of a member of staff',
  parent_post: "A parent's post",
  inappropriate_content: 'Inappropriate content seen',
  journalist_contact: 'Contact from a journalist',
  colleague_breach: 'A breach of the policy by a colleague',
  other: 'Something else',
};
export const ENTRY_LABELS: Record<string, string> = {
  raised: 'Raised',
  seen: 'Seen',
  note: 'Note',
  action: 'Action taken',
  referral: 'Referral',
  parent_contact: 'Contact with parents',
  closed: 'Closed',
};
export const AGENCY_LABELS: Record<string, string> = {
  local_authority: "Local authority children's social care",
  police: 'Police',
  lado: 'LADO',
};
export const OUTCOME_LABELS: Record<string, string> = {
  no_further_action: 'No further action',
  handled_in_school: 'Handled in school',
  referred: 'Referred to another agency',
  staff_disciplinary: 'Staff disciplinary route',
  pupil_behaviour: 'Pupil behaviour route',
  reported_to_platform: 'Reported to the platform',
};
export const ROUTE_LABELS: Record<string, string> = {
  safeguarding: 'Safeguarding',
  allegation_staff: 'About a member of staff',
  allegation_head: 'About the headteacher',
  complaint: 'Complaint from a parent',
};
export const when = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' }).format(
    new Date(iso),
  );
export const toOptions = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
