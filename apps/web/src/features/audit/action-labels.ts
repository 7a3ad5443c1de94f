// Audit actions are stable machine codes ("staff.created"); the table shows them in plain words where we know them
// and the code itself otherwise, so a new kind of entry is never hidden.
const ACTION_LABELS: Record<string, string> = {
  'demo.seeded': 'Created the demo school',
  'demo.policy_seeded': 'Set up the demo policy',
  'auth.signed_in': 'Signed in',
  'auth.two_factor_enabled': 'Turned on two-factor sign-in',
  'auth.recovery_code_used': 'Used a recovery code',
  'auth.school_switched': 'Switched school',
  'staff.created': 'Added a member of staff',
  'staff.updated': 'Changed a member of staff',
  'staff.deactivated': 'Deactivated a member of staff',
  'staff.deleted': 'Deleted a member of staff',
  'staff.imported': 'Imported staff',
  'pupils.imported': 'Imported pupils',
  'pupil.viewed': 'Viewed a pupil',
  'consent.recorded': 'Recorded consent',
  'consent.viewed': 'Viewed consent',
  'consent.withdrawn': 'Recorded a withdrawal of consent',
  'restriction.viewed': 'Viewed why a pupil must not be published',
  'restriction.set': 'Put a pupil on the do-not-publish list',
  'restriction.cleared': 'Took a pupil off the do-not-publish list',
  'staff.reactivated': 'Reactivated a member of staff',
  'policy.settings_updated': 'Changed policy settings',
  'policy.settings_reset': "Went back to the trust's policy setting",
  'policy.template_applied': 'Started the policy settings from a template',
  'trust_policy.updated': "Changed the trust's default policy",
  'trust_policy.template_applied': "Started the trust's default policy from a template",
  'policy.version_drafted': 'Drafted a policy version',
  'policy.version_refreshed': 'Refreshed a draft policy version',
  'policy.version_approved': "Recorded the governors' approval of a policy version",
  'policy.version_published': 'Put a policy version into force',
  'policy.history_added': 'Added an earlier version to the policy history',
  'policy.history_updated': 'Corrected an earlier version in the policy history',
  'policy.history_removed': 'Removed an earlier version from the policy history',
  'policy.history_imported': 'Imported earlier versions into the policy history',
  'acceptance.signed': 'Signed the Statement of Acceptance',
  'acceptance.reminded': 'Reminded staff to sign the policy',
  'training.recorded': 'Recorded training',
  'training.updated': 'Changed a training record',
  'training.reminded': 'Reminded staff about their training',
  'training.evidence_downloaded': 'Downloaded a training certificate',
  'comment.received': 'A comment arrived',
  'comment.edited': 'A comment was edited by its author',
  'comment.removed': 'A comment was removed by its author',
  'comment.hidden': 'A comment was hidden on the platform',
  'comment.unhidden': 'A comment was shown again on the platform',
  'comment.approve': 'Approved a comment',
  'comment.hide': 'Hid a comment',
  'comment.hide_failed': 'The platform did not hide a comment',
  'comment.unhide': 'Showed a comment again',
  'comment.delete': 'Deleted a comment',
  'comment.reply': 'Replied to a comment',
  'comment.reply_proposed': 'Drafted a reply to a journalist for the head',
  'comment.block': 'Blocked the author of a comment',
  'comment.mark_responded': 'Marked a comment as answered',
  'comment.report_platform': 'Reported a comment to the platform',
  'comment.escalated': 'A comment passed its response deadline',
  'evidence.kept': 'Kept evidence before removal',
  'evidence.downloaded': 'Downloaded an evidence pack',
  'author.marked_press': 'Marked an author as press',
  'author.discuss': 'Talked the matter through with a comment author',
  'author.ask_to_delete': 'Asked a comment author to take content down',
  'author.warn': 'Warned a comment author',
  'author.report_to_platform': 'Reported a comment author to the platform',
  'author.meeting_with_head': 'Met a comment author with the head',
  'author.written_warning': 'Gave a comment author a written warning',
  'author.block': 'Blocked a comment author',
  'author.legal_advice': 'Took legal advice about a comment author',
  'author.police': 'Reported a comment author to the police',
  'author.contact_host': 'Contacted the platform about a comment author',
  'author.unmarked_press': 'Unmarked an author as press',
  // Looking after official accounts (issue 10)
  'account.runner_named': 'Named a new runner of an official account',
  'account.closed': 'Closed an official account',
  'account.credentials_changed': "Changed an official account's sign-in details",
  'account.credentials_revealed': "Revealed an official account's sign-in details",
  'account.page_added': 'Recorded a page an official account likes or follows',
  'account.page_approved': 'Approved a commercial page for an official account',
  'account.page_refused': 'Refused a commercial page for an official account',
  // Posts and replies (issue 11)
  'comment.reply_blocked': 'A reply was stopped by the publication checks',
  // Sign-in and invitations (issue 13)
  'sign_in.provider_saved': 'Changed signing in with Microsoft or Google',
  'sign_in.provider_removed': 'Turned off signing in with Microsoft or Google',
  'staff.invited': 'Invited to set up a sign-in',
  'staff.invitation_accepted': 'Set up their sign-in from an invitation',
  // Governors' reports (issue 14)
  'report.termly_email_set': 'Turned the termly email of the governors’ report on or off',
  // Data protection (issue 13)
  'retention.applied': 'Deleted or anonymised records past their retention period',
  'legal_hold.placed': 'Placed a legal hold',
  'legal_hold.lifted': 'Lifted a legal hold',
  'personal_data.exported': 'Made a subject access download',
  'personal_data.erased': 'Erased a person’s information',
};

const RECORD_LABELS: Record<string, string> = {
  school: 'School',
  staff: 'Staff',
  pupil: 'Pupil',
  user: 'User',
  policy_version: 'Policy version',
  comment: 'Comment',
  author: 'Comment author',
  social_account: 'Official account',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function recordLabel(entityType: string): string {
  const known = RECORD_LABELS[entityType];
  if (known) return known;
  const words = entityType.replace(/[_.]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
