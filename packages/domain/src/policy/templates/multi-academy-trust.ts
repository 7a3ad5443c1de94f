// Modelled on seed 002: a trust whose every school runs its own Facebook page under central oversight. It is
// meant as a trust's default policy that its schools inherit and override field by field.
import { BASELINE_TWO_FACTOR, OFFICE_DAY, moderationRules, type PolicyTemplateDefinition } from './template-helpers.ts';

export const multiAcademyTrustTemplate: PolicyTemplateDefinition = {
  id: 'multi-academy-trust',
  name: 'Multi-academy trust',
  suits: 'A trust setting one default policy for all its schools, each with its own Facebook page.',
  modelledOn: '002',
  settings: {
    // Section 2: each setting has its own Facebook account.
    platforms: ['facebook'],
    // The seed sets no deadline; Schoolgate's default.
    response: { hours: 48, counting: 'plain', workingDay: OFFICE_DAY },
    calendar: { nation: 'england_wales', closures: [] },
    posts: {
      // Section 2.1: the list of what is posted, including invitations to give feedback.
      allowedCategories: [
        'alert',
        'reminder',
        'event',
        'vacancy',
        'newsletter',
        'achievement',
        'trip_or_activity',
        'seasonal_greeting',
        'feedback_request',
      ],
      // 2.1: names and photos only with prior consent (always enforced), so no blanket full-name check.
      checks: [
        'personal_data',
        'message_to_individual',
        'political_statement',
        'unrelated_advert',
        'staff_personal_account_link',
      ],
      approvalsRequired: 1,
      // Section 2: ideas for posts go to the headteacher or head of school.
      suggestionsGoTo: 'head',
    },
    moderation: {
      // Section 2.3: abuse and hate, spam, personal information, commercial posts and donation requests.
      categories: moderationRules({
        hide: ['abuse', 'hate', 'threat', 'spam', 'personal_data', 'commercial', 'donation'],
        queue: ['profanity', 'complaint', 'incident'],
      }),
      // 2.3: concerns handled through the complaints policy; repeat offenders are blocked.
      repeatOffender: { threshold: 3, windowDays: 90, ladder: ['discuss', 'block'] },
      journalistContactGoesTo: [],
    },
    accounts: {
      businessCaseRequired: false,
      headWrittenConsentRequired: false,
      approvedBy: 'head',
      minRunners: 1,
      runnersMustHaveSigned: true,
      runnersMustHaveTraining: true,
      // Section 2.4: like and follow only pages with no commercial interest.
      likeAndFollowNonCommercialOnly: true,
    },
    people: {
      // Section 1: staff must read, understand and comply; Section 6: data protection training covers social media.
      acceptance: 'all_staff',
      training: { required: 'all_staff', atInduction: false, validityMonths: 12 },
      twoFactorRoles: BASELINE_TWO_FACTOR,
    },
    concerns: { alsoNotify: [] },
    // Approved and next reviewed two years apart; Section 3.1 was added between versions.
    review: { cycleMonths: 24 },
  },
};
