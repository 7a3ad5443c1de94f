// Modelled on seed 001: a primary school whose policy is mostly about staff conduct. What Schoolgate can act on is
// the head's written consent for any official site, the Statement of Acceptance every member of staff signs
// (Appendix 1), and concerns going to the head and senior leaders. The rest is conduct advice for the document.
import { BASELINE_TWO_FACTOR, OFFICE_DAY, moderationRules, type PolicyTemplateDefinition } from './template-helpers.ts';
import { POST_CATEGORIES, POST_CHECKS } from '../policy-vocabulary.ts';

export const primaryStaffConductTemplate: PolicyTemplateDefinition = {
  id: 'primary-staff-conduct',
  name: 'Primary school (staff conduct focus)',
  suits: 'A primary school with one Facebook page whose main concern is how staff behave online.',
  modelledOn: '001',
  settings: {
    // The seed names no official account; a primary usually starts with Facebook.
    platforms: ['facebook'],
    // The seed sets no deadline; Schoolgate's default.
    response: { hours: 48, counting: 'plain', workingDay: OFFICE_DAY },
    calendar: { nation: 'england_wales', closures: [] },
    posts: {
      allowedCategories: [...POST_CATEGORIES],
      // Section 3 forbids staff to post images of pupils or personal details; official posts get every check.
      checks: [...POST_CHECKS],
      approvalsRequired: 1,
      suggestionsGoTo: 'head',
    },
    moderation: {
      // The seed has no moderation rules: hide only what is plainly unacceptable, queue the rest.
      categories: moderationRules({
        hide: ['abuse', 'hate', 'threat', 'personal_data'],
        queue: ['profanity', 'spam', 'commercial', 'donation', 'complaint', 'incident'],
      }),
      repeatOffender: { threshold: 3, windowDays: 90, ladder: ['discuss', 'warn', 'block', 'report_to_platform'] },
      journalistContactGoesTo: [],
    },
    accounts: {
      // Section 3, "Using Social Media on behalf of the school": a strong reason and the head's written consent.
      businessCaseRequired: true,
      headWrittenConsentRequired: true,
      approvedBy: 'head',
      minRunners: 1,
      runnersMustHaveSigned: true,
      runnersMustHaveTraining: false,
      likeAndFollowNonCommercialOnly: false,
    },
    people: {
      // Section 7 and Appendix 1: every member of staff signs the Statement of Acceptance.
      acceptance: 'all_staff',
      training: { required: 'none', atInduction: false, validityMonths: 12 },
      twoFactorRoles: BASELINE_TWO_FACTOR,
    },
    // Sections 3 (friend requests from pupils), 4 and 5: the head and senior leaders hear of concerns.
    concerns: { alsoNotify: ['head', 'slt'] },
    // Written and next reviewed two years apart.
    review: { cycleMonths: 24 },
  },
};
