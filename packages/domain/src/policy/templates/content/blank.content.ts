// Default content for the blank template: Schoolgate's generated clauses in the usual order of a school social
// media policy, with a short set of widely shared guidance clauses for the school to keep, edit or remove.
import { STATEMENT_OPENING, type TemplateContentDefinition } from './content-helpers.ts';

export const blankContent: TemplateContentDefinition = {
  sections: [
    [
      'purpose',
      'Purpose and scope',
      ['purpose.aims', 'purpose.work-and-personal', 'purpose.any-device', 'purpose.trust', 'purpose.schoolgate'],
    ],
    ['definitions', 'What we mean by social media', ['definitions.social-media']],
    ['roles', 'Who is responsible', ['roles.named-people']],
    [
      'official-accounts',
      'Our official accounts',
      [
        'accounts.platforms',
        'accounts.runners',
        'accounts.credentials',
        'accounts.handover',
        'accounts.new-account',
        'accounts.like-and-follow',
      ],
    ],
    [
      'posts',
      'What we post',
      ['posts.categories', 'posts.never-published', 'posts.approvals', 'posts.suggestions', 'posts.age-appropriate'],
    ],
    [
      'moderation',
      'Comments and messages on our accounts',
      [
        'comments.response-deadline',
        'comments.moderation',
        'comments.evidence',
        'comments.complaints',
        'comments.repeat-offenders',
        'comments.press',
      ],
    ],
    [
      'staff',
      'Staff',
      [
        'staff.consider-safety',
        'staff.privacy-settings',
        'staff.must-not',
        'staff.past-pupils',
        'staff.conduct-route',
        'concerns.reporting',
        'staff.two-factor',
      ],
    ],
    ['pupils', 'Pupils', ['pupils.encouraged', 'pupils.should-not', 'pupils.behaviour-policy']],
    ['parents', 'Parents and carers', ['parents.should', 'parents.should-not', 'parents.not-for-complaints']],
    ['training', 'Training', ['staff.training']],
    ['monitoring', 'Monitoring and review', ['monitoring.without-notice', 'data.retention', 'review.cycle']],
    ['related-policies', 'Related policies', ['related.policies']],
    ['acceptance', 'Statement of Acceptance', ['staff.acceptance']],
  ],
  statementOfAcceptance:
    `${STATEMENT_OPENING}\n\n` +
    '- I will report any misuse of social media or breach of this policy to the headteacher or the designated ' +
    'safeguarding lead.\n' +
    '- I understand that breaking this policy may lead to disciplinary action.',
  responsiblePerson: null,
};
