// The blank template: nothing switched on beyond what Schoolgate always does. Every comment category is queued
// for a person (nothing hidden automatically, nothing ignored) until the school decides otherwise.
import { BASELINE_TWO_FACTOR, OFFICE_DAY, moderationRules, type PolicyTemplateDefinition } from './template-helpers.ts';
import { COMMENT_CATEGORIES, POST_CATEGORIES, POST_CHECKS } from '../policy-vocabulary.ts';

export const blankTemplate: PolicyTemplateDefinition = {
  id: 'blank',
  name: 'Blank policy',
  suits: 'A school that wants to set every choice itself.',
  modelledOn: null,
  settings: {
    platforms: [],
    response: { hours: 48, counting: 'plain', workingDay: OFFICE_DAY },
    calendar: { nation: 'england_wales', closures: [] },
    posts: {
      allowedCategories: [...POST_CATEGORIES],
      checks: [...POST_CHECKS],
      approvalsRequired: 1,
      suggestionsGoTo: 'head_and_runners',
    },
    moderation: {
      categories: moderationRules({ hide: [], queue: COMMENT_CATEGORIES }),
      repeatOffender: { threshold: 3, windowDays: 90, ladder: ['discuss', 'warn', 'block', 'report_to_platform'] },
      journalistContactGoesTo: [],
    },
    accounts: {
      businessCaseRequired: false,
      headWrittenConsentRequired: false,
      approvedBy: 'slt',
      minRunners: 1,
      runnersMustHaveSigned: false,
      runnersMustHaveTraining: false,
      likeAndFollowNonCommercialOnly: false,
    },
    people: {
      acceptance: 'none',
      training: { required: 'none', atInduction: false, validityMonths: 12 },
      twoFactorRoles: BASELINE_TWO_FACTOR,
    },
    concerns: { alsoNotify: [] },
    review: { cycleMonths: 12 },
  },
};
