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
  abuse: 'Abusive, insulting or inflammatory',
  hate: 'Hateful (racist, sexist, homophobic or aimed at another protected characteristic)',
  threat: 'Threatening',
  profanity: 'Swearing',
  spam: 'Spam',
  commercial: 'Advertising unrelated commercial activity',
  donation: 'Asking for donations',
  personal_data: 'Personal information (phone numbers, addresses and the like)',
  complaint: 'A complaint about the school or its staff',
  incident: 'Discussion of a behaviour incident',
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
  alert: 'Notices of changes, such as new procedures, closures for bad weather or staff changes',
  reminder: 'Reminders of deadlines, events, activities and policies',
  event: 'Publicity for school events and activities',
  vacancy: 'Job vacancies and calls for volunteers',
  newsletter: 'Links to newsletters, guidance and information for families',
  achievement: 'Pupil and staff achievements',
  trip_or_activity: 'Photos and news from trips, events and activities',
  seasonal_greeting: 'Seasonal greetings and messages for religious festivals',
  feedback_request: 'Invitations to give the school feedback',
  teaching_and_learning: 'Teaching and learning activity with pupils',
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
  pupil_full_name: "a pupil's full name",
  personal_data:
    'phone numbers, email or home addresses, or anything else that identifies a person or their circumstances',
  message_to_individual: 'messages addressed to one particular person',
  political_statement: 'political statements',
  unrelated_advert: 'adverts for businesses that have nothing to do with the school',
  staff_personal_account_link: "links to staff members' personal accounts",
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
  discuss: 'talk the matter through with the person',
  ask_to_delete: 'ask them to take the content down',
  warn: 'warn them that further posts will lead to action',
  report_to_platform: 'report the comments to the platform using its own reporting tools',
  meeting_with_head: 'invite them to a meeting with the headteacher',
  written_warning: 'set out our concerns in a letter and ask for the content to be removed',
  block: 'block or restrict them on our accounts',
  legal_advice: 'take legal advice',
  police: 'contact the police',
  contact_host: "ask the site's host or provider to remove the content",
};

// Roles themselves (head, slt, dsl...) come from ../roles.ts; these lists name who the policy routes things to.
export const PRESS_CONTACTS = ['head', 'chair_of_governors'] as const;
export type PressContact = (typeof PRESS_CONTACTS)[number];

export const ACCEPTANCE_SCOPES = ['all_staff', 'runners', 'none'] as const;
export type AcceptanceScope = (typeof ACCEPTANCE_SCOPES)[number];

export const TRAINING_SCOPES = ['all_staff', 'runners', 'none'] as const;
export type TrainingScope = (typeof TRAINING_SCOPES)[number];

export const SUGGESTION_ROUTES = ['head', 'runners', 'head_and_runners'] as const;
export type SuggestionRoute = (typeof SUGGESTION_ROUTES)[number];

export const ACCOUNT_APPROVERS = ['slt', 'head'] as const;
export type AccountApprover = (typeof ACCOUNT_APPROVERS)[number];
