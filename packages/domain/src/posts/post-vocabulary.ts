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
