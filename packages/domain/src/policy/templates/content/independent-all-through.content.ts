// Default content for the independent all-through template, in the order of seed 000's sections: purpose and
// scope, the definition, official accounts (what is and is not posted, moderation, following), personal use by
// staff, pupils and parents, monitoring and review, related policies. Schoolgate's own sections follow.
import { STATEMENT_OPENING, type TemplateContentDefinition } from './content-helpers.ts';

export const independentAllThroughContent: TemplateContentDefinition = {
  sections: [
    [
      'purpose',
      'Purpose and scope',
      [
        'purpose.aims',
        'purpose.who-must-follow',
        'purpose.work-and-personal',
        'purpose.any-device',
        'purpose.law-applies',
        'purpose.schoolgate',
      ],
    ],
    ['definitions', 'What we mean by social media', ['definitions.social-media']],
    [
      'official-accounts',
      'Our official social media accounts',
      [
        'accounts.platforms',
        'accounts.runners',
        'accounts.credentials',
        'accounts.handover',
        'accounts.new-account',
        'posts.suggestions',
      ],
    ],
    [
      'posts',
      'What we post, and what we never post',
      ['posts.categories', 'posts.never-published', 'posts.not-shared', 'posts.approvals'],
    ],
    [
      'moderation',
      'Moderation',
      [
        'comments.response-deadline',
        'comments.moderation',
        'comments.evidence',
        'comments.complaints',
        'comments.repeat-offenders',
        'comments.press',
        'posts.age-appropriate',
      ],
    ],
    ['following', 'Following other users', ['accounts.like-and-follow', 'following.follow-back']],
    [
      'staff',
      'Personal use of social media by staff',
      [
        'staff.consider-safety',
        'staff.privacy-settings',
        'concerns.reporting',
        'staff.must-not',
        'staff.no-parent-contact',
        'staff.no-contact-after-leaving',
        'staff.others-see',
        'staff.conduct-route',
        'staff.past-pupils',
        'staff.findability',
        'staff.two-factor',
      ],
    ],
    [
      'pupils',
      'Personal use of social media by pupils',
      ['pupils.encouraged', 'pupils.should-not', 'pupils.not-in-school-day', 'pupils.behaviour-policy'],
    ],
    [
      'parents',
      'Personal use of social media by parents and carers',
      ['parents.model', 'parents.should', 'parents.should-not', 'parents.not-for-complaints'],
    ],
    ['monitoring', 'Monitoring and review', ['monitoring.without-notice', 'data.retention', 'review.cycle']],
    ['related-policies', 'Related policies', ['related.policies']],
    ['roles', 'Who is responsible', ['roles.named-people']],
    ['acceptance', 'Statement of Acceptance', ['staff.acceptance']],
  ],
  statementOfAcceptance:
    `${STATEMENT_OPENING}\n\n` +
    '- I will tell the designated safeguarding lead or a senior leader straight away about any safeguarding matter ' +
    'I come across, and about any misuse of social media or breach of this policy.\n' +
    '- I understand that a concern about my own use of social media will be dealt with under the staff conduct policy.',
  responsiblePerson: { name: '', role: 'Principal' },
};
