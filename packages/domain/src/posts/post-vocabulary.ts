// The checks anything Schoolgate sends to a platform must pass (issue 11), named once for the API, contracts and web.
export const PUBLICATION_CHECKS = [
  'pupil_consent',
  'pupil_full_name',
  'personal_data',
  'message_to_individual',
  'political_statement',
  'unrelated_advert',
  'staff_personal_account_link',
  'category_not_allowed',
  'platform_not_allowed',
  'abusive_wording',
  'alt_text_missing',
] as const;
export type PublicationCheck = (typeof PUBLICATION_CHECKS)[number];

/** The policy clause behind each check, shown with every finding (the web shows it beside a refusal too). */
export const PUBLICATION_CLAUSES: Readonly<Record<PublicationCheck, string>> = {
  pupil_consent:
    'Pupils’ photographs and names are published only with prior consent for that use, and never for a child on the do-not-publish list (002, 004).',
  pupil_full_name: 'We do not publish a pupil’s first name and surname together (000, 002).',
  personal_data: 'We do not publish anyone’s contact details or private information (000, 002).',
  message_to_individual: 'Posts are for all our followers, not messages to one person (000, 004).',
  political_statement: 'The school’s accounts stay out of politics and campaigning (000, 004).',
  unrelated_advert: 'We do not promote businesses with no link to the school (000, 004).',
  staff_personal_account_link: 'We do not link to or tag staff members’ personal accounts (001, 004).',
  category_not_allowed: 'Our posts are about the subjects the policy lists under "What we post".',
  platform_not_allowed: 'The school posts only on the platforms its policy names.',
  abusive_wording: 'Nothing the school publishes may be abusive, offensive or profane (000, 003).',
  alt_text_missing:
    'Every image needs a text description for people using screen readers (public sector accessibility).',
};

/** How a refusal (PUBLICATION_BLOCKED) says, after each finding's reason, whether a reason may send it anyway. */
export const OVERRIDE_NOTES = {
  overridable: 'may be overridden with a reason',
  fixed: 'cannot be overridden',
} as const;
