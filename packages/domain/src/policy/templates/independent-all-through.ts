// Modelled on seed 000: an independent all-through school on all three platforms, with a clear list of what it
// posts and never posts, a moderation list, and a repeat-offender route of reporting, blocking and legal action.
// Clause references are to the seed's headings; docs/policy-templates.md has the full mapping.
import { BASELINE_TWO_FACTOR, OFFICE_DAY, moderationRules, type PolicyTemplateDefinition } from './template-helpers.ts';

export const independentAllThroughTemplate: PolicyTemplateDefinition = {
  id: 'independent-all-through',
  name: 'Independent all-through school',
  suits: 'An independent school, nursery to sixth form, running Facebook, Instagram and X from one office.',
  modelledOn: '000',
  settings: {
    // "Use of official school social media accounts"
    platforms: ['facebook', 'instagram', 'x'],
    // The seed sets no deadline; Schoolgate's default.
    response: { hours: 48, counting: 'plain', workingDay: OFFICE_DAY },
    calendar: { nation: 'england_wales', closures: [] },
    posts: {
      // "Social media channels": the "will post" list.
      allowedCategories: [
        'alert',
        'reminder',
        'event',
        'vacancy',
        'newsletter',
        'achievement',
        'trip_or_activity',
        'seasonal_greeting',
      ],
      // The "will not post" list. Names are allowed with consent, so no blanket full-name check.
      checks: [
        'personal_data',
        'message_to_individual',
        'political_statement',
        'unrelated_advert',
        'staff_personal_account_link',
      ],
      approvalsRequired: 1,
      // Same section: staff with ideas for posts take them to the head.
      suggestionsGoTo: 'head',
    },
    moderation: {
      // "Moderation": the delete-promptly list (abuse and hate, spam, personal details, unrelated adverts).
      categories: moderationRules({
        hide: ['abuse', 'hate', 'threat', 'spam', 'personal_data', 'commercial'],
        queue: ['profanity', 'donation', 'complaint', 'incident'],
      }),
      // "Moderation", second paragraph: repeat offenders are addressed, reported, blocked, then legal action.
      repeatOffender: {
        threshold: 3,
        windowDays: 90,
        ladder: ['discuss', 'report_to_platform', 'block', 'legal_advice'],
      },
      journalistContactGoesTo: [],
    },
    accounts: {
      businessCaseRequired: false,
      headWrittenConsentRequired: false,
      approvedBy: 'head',
      // Same section: only designated staff run the accounts; no minimum number is set.
      minRunners: 1,
      runnersMustHaveSigned: true,
      runnersMustHaveTraining: false,
      // "Following other social media users"
      likeAndFollowNonCommercialOnly: true,
    },
    people: {
      // "Purpose and scope" binds every member of staff to the policy; signing is the record of it.
      acceptance: 'all_staff',
      training: { required: 'none', atInduction: false, validityMonths: 12 },
      twoFactorRoles: BASELINE_TWO_FACTOR,
    },
    // "Personal use of social media by staff": pupil contact goes to the DSL or a senior leader.
    concerns: { alsoNotify: ['slt'] },
    // Dated September, reviewed the following August: yearly.
    review: { cycleMonths: 12 },
  },
};
