// The closed lists the policy settings are made of. Each list is the single source for its values: the settings
// schema, the templates, the document renderer and (later) the database enums and the web forms read from here.
export const PLATFORMS = ['facebook', 'instagram', 'x'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X (formerly Twitter)',
};

/** The labels the comment classifier can give (PRODUCT C4). */
export const COMMENT_CATEGORIES = [
  'abuse',
  'hate',
  'threat',
  'profanity',
  'spam',
  'commercial',
  'donation',
  'personal_data',
  'complaint',
  'incident',
] as const;
export type CommentCategory = (typeof COMMENT_CATEGORIES)[number];

export const COMMENT_CATEGORY_LABELS: Readonly<Record<CommentCategory, string>> = {
  abuse: 'Insults, abuse or remarks meant to stir up anger',
  hate: 'Hate aimed at someone’s race, sex, sexuality or another protected characteristic',
  threat: 'Threatening',
  profanity: 'Swearing',
  spam: 'Spam',
  commercial: 'Selling or promoting something unconnected with the school',
  donation: 'Asking for donations',
  personal_data: "Someone's contact details or other private information",
  complaint: 'A complaint about the school or its staff',
  incident: 'Talk of a behaviour incident at school',
};

export const MODERATION_ACTIONS = ['hide', 'queue', 'leave'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** What the school posts about (000 and 002 "will post" lists, 004 teaching and learning). */
export const POST_CATEGORIES = [
  'alert',
  'reminder',
  'event',
  'vacancy',
  'newsletter',
  'achievement',
  'trip_or_activity',
  'seasonal_greeting',
  'feedback_request',
  'teaching_and_learning',
] as const;
export type PostCategory = (typeof POST_CATEGORIES)[number];

export const POST_CATEGORY_LABELS: Readonly<Record<PostCategory, string>> = {
  alert: 'Changes families need to hear about, from new arrangements to snow closures and new staff',
  reminder: 'Dates coming up, and the school rules and routines families should keep in mind',
  event: 'Upcoming school events that families can come to or join in',
  vacancy: 'Jobs at the school and chances to help as a volunteer',
  newsletter: 'Newsletters, with other advice and information for families',
  achievement: 'Successes of our pupils and staff',
  trip_or_activity: 'Pictures and reports from outings, clubs and school events',
  seasonal_greeting: 'Good wishes for the holidays and for religious festivals',
  feedback_request: 'Asking families what they think of the school',
  teaching_and_learning: 'What pupils are learning in lessons',
};

/**
 * Checks a draft post must pass before anyone may approve it (PRODUCT C3). Consent for each pictured or named
 * pupil and the do-not-publish list are not here: Schoolgate always enforces them, whatever the settings say.
 */
export const POST_CHECKS = [
  'pupil_full_name',
  'personal_data',
  'message_to_individual',
  'political_statement',
  'unrelated_advert',
  'staff_personal_account_link',
] as const;
export type PostCheck = (typeof POST_CHECKS)[number];

export const POST_CHECK_LABELS: Readonly<Record<PostCheck, string>> = {
  pupil_full_name: "a pupil's first name and surname together",
  personal_data: "anyone's contact details, or private facts about a person or their family",
  message_to_individual: 'a post written to one person rather than to our followers',
  political_statement: 'political views or campaigning',
  unrelated_advert: 'promotion of a business with no link to the school',
  staff_personal_account_link: 'a link or tag pointing to a member of staff’s own social media',
};

/** Steps the school may take with someone who keeps posting unacceptable comments, in the order it takes them. */
export const LADDER_STEPS = [
  'discuss',
  'ask_to_delete',
  'warn',
  'report_to_platform',
  'meeting_with_head',
  'written_warning',
  'block',
  'legal_advice',
  'police',
  'contact_host',
] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

export const LADDER_STEP_LABELS: Readonly<Record<LadderStep, string>> = {
  discuss: 'speak to the person about what they wrote',
  ask_to_delete: 'ask them to take the post down',
  warn: 'tell them that we will act if it happens again',
  report_to_platform: 'report the comments through the platform’s own reporting tools',
  meeting_with_head: 'ask them to come in and see the headteacher',
  written_warning: 'write to them with a formal warning, asking for the material to come down',
  block: 'block or restrict them on our accounts',
  legal_advice: 'take legal advice',
  police: 'contact the police',
  contact_host: 'complain to the company that runs the site and ask it to take the material down',
};

// Roles themselves (head, slt, dsl...) come from ../roles.ts; these lists name who the policy routes things to.
export const PRESS_CONTACTS = ['head', 'chair_of_governors'] as const;
export type PressContact = (typeof PRESS_CONTACTS)[number];

export const PRESS_CONTACT_LABELS: Readonly<Record<PressContact, string>> = {
  head: 'The headteacher',
  chair_of_governors: 'The chair of governors',
};

export const ACCEPTANCE_SCOPES = ['all_staff', 'runners', 'none'] as const;
export type AcceptanceScope = (typeof ACCEPTANCE_SCOPES)[number];

export const ACCEPTANCE_SCOPE_LABELS: Readonly<Record<AcceptanceScope, string>> = {
  all_staff: 'Every member of staff',
  runners: 'Only the staff who run an official account',
  none: 'Nobody signs',
};

export const TRAINING_SCOPES = ['all_staff', 'runners', 'none'] as const;
export type TrainingScope = (typeof TRAINING_SCOPES)[number];

export const TRAINING_SCOPE_LABELS: Readonly<Record<TrainingScope, string>> = {
  all_staff: 'Every member of staff',
  runners: 'Only the staff who run an official account',
  none: 'No training is required',
};

export const SUGGESTION_ROUTES = ['head', 'runners', 'head_and_runners'] as const;
export type SuggestionRoute = (typeof SUGGESTION_ROUTES)[number];

export const SUGGESTION_ROUTE_LABELS: Readonly<Record<SuggestionRoute, string>> = {
  head: 'The headteacher',
  runners: 'The staff who run the account',
  head_and_runners: 'The headteacher or the staff who run the account',
};

export const ACCOUNT_APPROVERS = ['slt', 'head'] as const;
export type AccountApprover = (typeof ACCOUNT_APPROVERS)[number];
