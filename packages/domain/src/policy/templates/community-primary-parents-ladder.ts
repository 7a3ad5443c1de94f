// Modelled on seed 003: a community primary's policy for parents. Its enforceable core is the 24-hour response
// (next working day at weekends) and the long escalation ladder for parents who keep posting unacceptable content.
import { BASELINE_TWO_FACTOR, OFFICE_DAY, moderationRules, type PolicyTemplateDefinition } from './template-helpers.ts';
import { POST_CATEGORIES, POST_CHECKS } from '../policy-vocabulary.ts';

export const communityPrimaryParentsLadderTemplate: PolicyTemplateDefinition = {
  id: 'community-primary-parents-ladder',
  name: "Community primary (parents' ladder)",
  suits: 'A primary school that wants a firm, step-by-step route for handling parents who post unacceptable content.',
  modelledOn: '003',
  settings: {
    // "What is social media?": the school runs Facebook, X and Instagram accounts.
    platforms: ['facebook', 'instagram', 'x'],
    // "Monitoring": 24 hours, next working day at weekends.
    response: { hours: 24, counting: 'plain', workingDay: OFFICE_DAY },
    calendar: { nation: 'england_wales', closures: [] },
    posts: {
      allowedCategories: [...POST_CATEGORIES],
      checks: [...POST_CHECKS],
      approvalsRequired: 1,
      suggestionsGoTo: 'head_and_runners',
    },
    moderation: {
      // "Inappropriate use...": offensive, racist and violent comments are logged and reported; complaints and
      // allegations are steered to the complaints procedure, so they go to a person.
      categories: moderationRules({
        hide: ['abuse', 'hate', 'threat', 'personal_data', 'spam'],
        queue: ['profanity', 'commercial', 'donation', 'complaint', 'incident'],
      }),
      // "Procedure the school will follow if inappropriate use continues", in the order it is written.
      repeatOffender: {
        threshold: 2,
        windowDays: 180,
        ladder: [
          'discuss',
          'ask_to_delete',
          'report_to_platform',
          'meeting_with_head',
          'written_warning',
          'legal_advice',
          'police',
          'block',
          'contact_host',
        ],
      },
      journalistContactGoesTo: [],
    },
    accounts: {
      businessCaseRequired: false,
      headWrittenConsentRequired: false,
      approvedBy: 'head',
      minRunners: 1,
      runnersMustHaveSigned: false,
      runnersMustHaveTraining: false,
      likeAndFollowNonCommercialOnly: false,
    },
    people: {
      // A policy addressed to parents: nothing for staff to sign or train for.
      acceptance: 'none',
      training: { required: 'none', atInduction: false, validityMonths: 12 },
      twoFactorRoles: BASELINE_TWO_FACTOR,
    },
    // The ladder's meeting step is with the head, who needs to know from the start.
    concerns: { alsoNotify: ['head'] },
    // Version table: reviewed every three years.
    review: { cycleMonths: 36 },
  },
};
