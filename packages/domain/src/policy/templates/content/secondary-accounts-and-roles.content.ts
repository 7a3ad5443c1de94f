// Default content for the secondary accounts-and-roles template, in the order of seed 004: what the policy covers,
// definitions, personal communications, roles, creating accounts, monitoring, behaviour, blocked content, legal
// matters, handling abuse, cyberbullying, tone, images, training, staff, pupils and parents, review, top tips.
import { STATEMENT_OPENING, type TemplateContentDefinition } from './content-helpers.ts';

export const secondaryAccountsAndRolesContent: TemplateContentDefinition = {
  sections: [
    [
      'purpose',
      'What this policy covers',
      ['scope.represents-school', 'scope.training-and-monitoring', 'purpose.schoolgate'],
    ],
    [
      'definitions',
      'Definitions',
      ['definitions.platform-types', 'definitions.cyberbullying', 'definitions.school-community'],
    ],
    [
      'personal-communications',
      'Personal communications',
      ['scope.personal-communications', 'accounts.teaching-use', 'staff.disclaimer', 'staff.excessive-use'],
    ],
    [
      'roles',
      'Key roles and responsibilities',
      [
        'roles.named-people',
        'roles.governors',
        'roles.head',
        'roles.slt',
        'roles.administrator',
        'roles.staff',
        'roles.parents',
        'roles.esafety-team',
      ],
    ],
    [
      'official-accounts',
      'Creating and running social media accounts',
      [
        'accounts.ask-first',
        'accounts.new-account',
        'accounts.runners',
        'accounts.credentials',
        'accounts.handover',
        'accounts.platforms',
        'accounts.like-and-follow',
      ],
    ],
    ['monitoring', 'Monitoring', ['comments.monitor-regularly', 'comments.response-deadline']],
    [
      'behaviour',
      'Behaviour',
      [
        'behaviour.standards',
        'behaviour.professional',
        'behaviour.declare-identity',
        'comments.press',
        'behaviour.unacceptable-reported',
        'monitoring.at-work',
        'behaviour.breaches',
      ],
    ],
    [
      'blocked-content',
      'Blocked content',
      ['blocked.pupils-blocked', 'blocked.circumvention', 'blocked.report-sites', 'blocked.filtering-alerts'],
    ],
    ['legal', 'Legal considerations', ['legal.copyright', 'legal.data-protection']],
    [
      'moderation',
      'Handling abuse',
      ['comments.moderation', 'comments.explain-action', 'comments.evidence', 'comments.repeat-offenders'],
    ],
    [
      'cyberbullying',
      'Cyberbullying',
      [
        'cyberbullying.anti-bullying-route',
        'cyberbullying.do-not-retaliate',
        'cyberbullying.internal',
        'cyberbullying.adult',
        'training.pupils-education',
      ],
    ],
    ['tone', 'Tone', ['posts.tone']],
    [
      'posts',
      'What we post, and the use of images',
      [
        'posts.categories',
        'posts.never-published',
        'posts.approvals',
        'posts.suggestions',
        'images.respect-wishes',
        'images.only-official',
        'images.judgement',
        'images.delete-compromising',
      ],
    ],
    ['training', 'Training of staff', ['training.spot-at-risk', 'staff.training']],
    [
      'staff',
      'Social media use: staff',
      [
        'staff.not-in-lessons',
        'staff.breaks-only',
        'staff.not-in-front-of-pupils',
        'staff.no-pupil-relationships',
        'staff.no-parent-contact',
        'concerns.reporting',
        'staff.avoid-naming-school',
        'staff.no-damaging-content',
        'staff.no-identifying-pupils',
        'staff.no-aliases',
        'staff.breaches-serious',
        'staff.check-presence',
        'staff.harassment',
        'staff.lock-devices',
        'staff.two-factor',
      ],
    ],
    [
      'pupils',
      'Social media use: pupils and parents',
      [
        'pupils.follow-rules',
        'pupils.not-in-lessons',
        'pupils.breaches',
        'pupils.no-staff-contact',
        'pupils.no-aliases',
        'pupils.no-damaging-content',
        'pupils.age-limits',
        'pupils.report-content',
        'pupils.comments-behaviour-policy',
        'parents.learning-platform',
        'parents.comment-appropriately',
      ],
    ],
    ['review', 'Review', ['data.retention', 'review.cycle']],
    ['tips', 'Appendix: top tips', ['tips.smart', 'tips.personal-use', 'tips.dos', 'tips.donts']],
    ['acceptance', 'Statement of Acceptance', ['staff.acceptance']],
  ],
  statementOfAcceptance:
    `${STATEMENT_OPENING}\n\n` +
    '- I will report unacceptable content, attempts by pupils or parents to contact me through social media, and ' +
    'any breach of this policy to the headteacher or a senior member of staff.\n' +
    '- I understand that a breach of this policy may lead to disciplinary action and, where the law is broken, to ' +
    'the police being told.',
  responsiblePerson: { name: '', role: 'Policy owner' },
};
