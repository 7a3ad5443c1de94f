// Modelled on seed 004: a secondary school with named roles, a business case and SLT approval for every new
// account, at least two runners, a 48-hour response, journalists routed to the head and chair of governors, and
// training from induction onwards.
import { BASELINE_TWO_FACTOR, OFFICE_DAY, moderationRules, type PolicyTemplateDefinition } from './template-helpers.ts';
import { POST_CATEGORIES, POST_CHECKS } from '../policy-vocabulary.ts';

export const secondaryAccountsAndRolesTemplate: PolicyTemplateDefinition = {
  id: 'secondary-accounts-and-roles',
  name: 'Secondary school (accounts and roles)',
  suits: 'A secondary school with several accounts, clear roles and a formal process for opening new ones.',
  modelledOn: '004',
  settings: {
    // "Definitions" names Facebook and Twitter.
    platforms: ['facebook', 'x'],
    // "Monitoring": 48 hours, next working day at a weekend.
    response: { hours: 48, counting: 'plain', workingDay: OFFICE_DAY },
    calendar: { nation: 'england_wales', closures: [] },
    posts: {
      // "Personal communications" and "Social Media Use - Staff" add teaching and learning with pupils.
      allowedCategories: [...POST_CATEGORIES],
      checks: [...POST_CHECKS],
      approvalsRequired: 1,
      suggestionsGoTo: 'runners',
    },
    moderation: {
      // "Handling abuse": offensive comments are dealt with swiftly; "Cyber bullying": evidence kept first.
      categories: moderationRules({
        hide: ['abuse', 'hate', 'threat', 'profanity', 'personal_data', 'spam'],
        queue: ['commercial', 'donation', 'complaint', 'incident'],
      }),
      // "Handling abuse" and "Cyber bullying": ask for removal, block and report, then the police.
      repeatOffender: {
        threshold: 3,
        windowDays: 90,
        ladder: ['ask_to_delete', 'block', 'report_to_platform', 'police'],
      },
      // "Behaviour": journalists' contact goes to the head and the chair of governors before any reply.
      journalistContactGoesTo: ['head', 'chair_of_governors'],
    },
    accounts: {
      // "Process for creating new social media accounts": a business case, SLT decides, two named runners who
      // have read the policy and been trained.
      businessCaseRequired: true,
      headWrittenConsentRequired: false,
      approvedBy: 'slt',
      minRunners: 2,
      runnersMustHaveSigned: true,
      runnersMustHaveTraining: true,
      likeAndFollowNonCommercialOnly: false,
    },
    people: {
      acceptance: 'runners',
      // "Training of Staff": at induction, then regular and ongoing.
      training: { required: 'all_staff', atInduction: true, validityMonths: 12 },
      twoFactorRoles: BASELINE_TWO_FACTOR,
    },
    // "Social Media Use - Staff": contact attempts and inappropriate content are reported to the head.
    concerns: { alsoNotify: ['head'] },
    // Reviewed every two years.
    review: { cycleMonths: 24 },
  },
};
