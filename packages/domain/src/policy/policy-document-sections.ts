// The document's fixed sections, for a version without the school's own words (PolicyContent): what every version
// was before issue 15, and what buildPolicyDocument still gives when called without content. The sentences come
// from clause-wording.ts, which the clause generators share, so both forms say the same about every rule. What
// Schoolgate acts on today is named once, in the opening section (docs/policy-templates.md lists every clause).
import type { PolicyBlock, PolicyDocumentFacts, PolicySection } from './policy-document.ts';
import type { PolicySettings } from './policy-settings.schema.ts';
import {
  acceptanceSentence,
  approvalsSentence,
  COMPLAINTS_SENTENCE,
  concernBlocks,
  CREDENTIALS_ITEM,
  deadlineBlocks,
  EVIDENCE_SENTENCE,
  HANDOVER_ITEM,
  likeAndFollowItem,
  list,
  moderationBlocks,
  namedPeopleItems,
  neverPublishedBlocks,
  newAccountItems,
  paragraph,
  platformsSentence,
  postCategoryBlocks,
  pressSentence,
  repeatOffenderBlocks,
  retentionBlocks,
  reviewSentence,
  runnerItems,
  SCHOOLGATE_DOES,
  suggestionsSentence,
  trainingSentence,
  trustSentence,
  twoFactorSentence,
} from './clause-wording.ts';

type SectionBuilder = (settings: PolicySettings, facts: PolicyDocumentFacts) => PolicySection;
const present = <T>(value: T | null): T[] => (value === null ? [] : [value]);

const about: SectionBuilder = (_settings, facts) => ({
  id: 'about',
  heading: 'About this policy',
  blocks: [
    paragraph(
      `This policy explains how ${facts.schoolName} uses social media in its own name, how it protects the pupils, ` +
        'families and staff who appear on or write to its accounts, and what it expects of the adults who work here.',
    ),
    ...present(trustSentence(facts)).map(paragraph),
    paragraph(
      'It applies to everyone who works or volunteers for the school, including governors and contractors, whenever ' +
        'they act for the school online, from any device and at any time of day.',
    ),
    paragraph(SCHOOLGATE_DOES),
  ],
});

const responsibilities: SectionBuilder = (settings, facts) => ({
  id: 'responsibilities',
  heading: 'Who is responsible',
  blocks: [list(namedPeopleItems(settings, facts))],
});

const accounts: SectionBuilder = (settings) => ({
  id: 'accounts',
  heading: 'Our official accounts',
  blocks: [
    paragraph(platformsSentence(settings)),
    list([
      ...runnerItems(settings),
      CREDENTIALS_ITEM,
      HANDOVER_ITEM,
      ...(settings.accounts.likeAndFollowNonCommercialOnly ? [likeAndFollowItem(settings)] : []),
    ]),
    paragraph('Opening a new account:'),
    list(newAccountItems(settings)),
  ],
});

const posts: SectionBuilder = (settings) => ({
  id: 'posts',
  heading: 'What we post',
  blocks: [
    ...postCategoryBlocks(settings),
    ...neverPublishedBlocks(settings),
    paragraph(approvalsSentence(settings)),
    paragraph(suggestionsSentence(settings)),
  ],
});

const comments: SectionBuilder = (settings) => ({
  id: 'comments',
  heading: 'Comments and messages on our accounts',
  blocks: [
    ...deadlineBlocks(settings),
    ...moderationBlocks(settings),
    paragraph(EVIDENCE_SENTENCE),
    paragraph(COMPLAINTS_SENTENCE),
    ...repeatOffenderBlocks(settings),
    ...present(pressSentence(settings)).map(paragraph),
  ],
});

const concerns: SectionBuilder = (settings, facts) => ({
  id: 'concerns',
  heading: 'Safeguarding and raising concerns',
  blocks: concernBlocks(settings, facts),
});

export const PERSONAL_ACCOUNT_ASKS = [
  'keep school business to the school’s official accounts',
  'turn down friend and follow requests from pupils, and report them',
  'keep pictures and details of pupils off their own accounts',
  'keep their privacy settings tight and check them from time to time',
  'make clear that personal views are their own',
];

const staff: SectionBuilder = (settings) => {
  const blocks: PolicyBlock[] = [
    ...present(acceptanceSentence(settings)).map(paragraph),
    ...present(trainingSentence(settings)).map(paragraph),
    paragraph(twoFactorSentence(settings)),
    paragraph('On their personal accounts, we ask staff to:'),
    list(PERSONAL_ACCOUNT_ASKS),
  ];
  return { id: 'staff', heading: 'What we ask of staff', blocks };
};

const review: SectionBuilder = (settings, facts) => ({
  id: 'review',
  heading: 'Review',
  blocks: [paragraph(reviewSentence(settings, facts))],
});

const data: SectionBuilder = (settings, facts) => ({
  id: 'data',
  heading: 'Keeping information',
  blocks: retentionBlocks(settings, facts),
});

const SECTIONS: readonly SectionBuilder[] = [
  about,
  responsibilities,
  accounts,
  posts,
  comments,
  concerns,
  staff,
  data,
  review,
];

export function buildPolicySections(settings: PolicySettings, facts: PolicyDocumentFacts): PolicySection[] {
  return SECTIONS.map((build) => build(settings, facts));
}
