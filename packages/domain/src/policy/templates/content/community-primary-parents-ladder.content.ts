// Default content for the parents' ladder template, in the order of seed 003, a policy addressed to parents:
// introduction, objectives, what social media is, appropriate and inappropriate use, the school's procedure when
// it continues, communicating with parents, monitoring. Schoolgate's sections on the accounts, staff and review
// follow, since a school adopting it still runs accounts and employs staff.
import { STATEMENT_OPENING, type TemplateContentDefinition } from './content-helpers.ts';

export const communityPrimaryParentsLadderContent: TemplateContentDefinition = {
  sections: [
    [
      'introduction',
      'Introduction',
      ['parents.intro-opportunity', 'parents.intro-purpose', 'parents.who-is-a-parent', 'purpose.schoolgate'],
    ],
    ['objectives', 'Objectives', ['parents.objectives']],
    ['definitions', 'What is social media?', ['definitions.social-media-parents', 'accounts.platforms']],
    ['appropriate-use', 'Appropriate use by parents and carers', ['parents.appropriate-use', 'parents.before-posting']],
    [
      'inappropriate-use',
      'Inappropriate use by parents and carers',
      [
        'parents.never-appropriate',
        'parents.inappropriate-examples',
        'comments.moderation',
        'parents.children-use',
        'parents.monitor-children',
      ],
    ],
    [
      'procedure',
      'What the school does if inappropriate use continues',
      [
        'parents.first-step',
        'parents.raise-directly',
        'comments.evidence',
        'comments.repeat-offenders',
        'parents.platform-rules',
        'parents.home-school-agreement',
      ],
    ],
    [
      'communication',
      'Communicating with parents and carers',
      ['parents.communication-channels', 'parents.professional-relationships', 'parents.no-staff-personal-contact'],
    ],
    ['monitoring', 'Monitoring', ['comments.monitor-regularly', 'comments.response-deadline']],
    [
      'official-accounts',
      'Our official accounts',
      [
        'accounts.runners',
        'accounts.credentials',
        'accounts.handover',
        'accounts.new-account',
        'posts.never-published',
        'posts.approvals',
      ],
    ],
    ['staff', 'Staff', ['staff.school-phones', 'concerns.reporting', 'staff.two-factor']],
    ['review', 'Approval and review', ['roles.board-approves', 'roles.named-people', 'data.retention', 'review.cycle']],
    ['acceptance', 'Statement of Acceptance', ['staff.acceptance']],
  ],
  statementOfAcceptance:
    `${STATEMENT_OPENING}\n\n` +
    '- I will point parents who raise a complaint on social media to the school’s complaints procedure.\n' +
    '- I will report any inappropriate post about the school, its staff or its pupils to the headteacher.',
  responsiblePerson: null,
};
