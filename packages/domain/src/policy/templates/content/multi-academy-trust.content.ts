// Default content for the multi-academy trust template, in the order of seed 002: purpose and scope (with the
// definition), official school social media (posts, moderation, following), personal use by staff with 3.1 on
// harassment, pupils, parents and carers, training and awareness, monitoring and review, related policies.
import { WRITTEN_CLAUSES } from '../../clause-library/index.ts';
import { STATEMENT_OPENING, type TemplateContentDefinition } from './content-helpers.ts';

export const multiAcademyTrustContent: TemplateContentDefinition = {
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
        'purpose.trust',
        'purpose.schoolgate',
      ],
    ],
    ['definitions', 'Definition of social media', ['definitions.social-media']],
    [
      'official-accounts',
      'Official school social media',
      [
        'accounts.platforms',
        'accounts.central-oversight',
        'accounts.runners',
        'accounts.credentials',
        'accounts.handover',
        'accounts.new-account',
        'posts.suggestions',
      ],
    ],
    ['posts', 'What we post', ['posts.categories', 'posts.never-published', 'posts.approvals']],
    [
      'moderation',
      'Moderation',
      [
        'comments.response-deadline',
        'comments.moderation',
        'comments.evidence',
        'comments.complaints',
        'comments.repeat-offenders',
        'posts.age-appropriate',
      ],
    ],
    ['following', 'Following other social media users', ['accounts.like-and-follow']],
    [
      'staff',
      'Personal use of social media by staff',
      [
        'staff.consider-safety',
        'staff.privacy-settings',
        'concerns.reporting',
        'staff.must-not',
        'staff.not-in-lessons',
        'staff.conduct-route',
        'staff.past-pupils',
        ['staff.harassment', `### Harassment on social media\n\n${WRITTEN_CLAUSES['staff.harassment']}`],
        'staff.two-factor',
      ],
    ],
    [
      'pupils',
      'Personal use of social media by pupils',
      ['pupils.encouraged', 'pupils.should-not', 'pupils.behaviour-policy'],
    ],
    [
      'parents',
      'Personal use of social media by parents and carers',
      ['parents.model', 'parents.should', 'parents.should-not', 'parents.threatening-communications'],
    ],
    ['training', 'Training and awareness', ['training.data-protection', 'staff.training']],
    [
      'monitoring',
      'Monitoring and review',
      ['monitoring.without-notice', 'roles.head-monitors', 'roles.board-approves', 'data.retention', 'review.cycle'],
    ],
    [
      'related-policies',
      'Related policies',
      [
        [
          'related.policies',
          'This policy works alongside:\n\n- the child protection policy;\n- the ICT and internet acceptable use ' +
            'policy;\n- the behaviour policy;\n- the staff behaviour policy and code of conduct;\n- the data ' +
            'protection policy;\n- the dignity at work policy.',
        ],
      ],
    ],
    ['roles', 'Who is responsible', ['roles.named-people']],
    ['acceptance', 'Statement of Acceptance', ['staff.acceptance']],
  ],
  statementOfAcceptance:
    `${STATEMENT_OPENING}\n\n` +
    '- I will report any safeguarding matter, any misuse of social media and any breach of this policy to the ' +
    'designated safeguarding lead or a senior leader.\n' +
    '- I understand that harassing or bullying anyone online, or any other breach of this policy, may lead to ' +
    'disciplinary action under the trust’s policies.',
  responsiblePerson: { name: '', role: 'Trust operations lead' },
};
