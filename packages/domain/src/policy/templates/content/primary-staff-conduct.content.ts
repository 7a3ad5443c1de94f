// Default content for the primary staff-conduct template, in the order of seed 001: introduction, scope, the
// policy (on behalf of the school, then staff in their own lives), staff conduct, raising concerns, disciplinary
// action, monitoring, and Appendix 1, the Statement of Acceptance with its lines on reporting and discipline.
import { STATEMENT_OPENING, type TemplateContentDefinition } from './content-helpers.ts';

export const primaryStaffConductContent: TemplateContentDefinition = {
  sections: [
    [
      'introduction',
      'Introduction',
      [
        'definitions.social-media-broad',
        'purpose.reputation',
        'purpose.principles',
        'purpose.position-of-trust',
        'staff.colleague-friends',
        'purpose.changing-field',
        'purpose.schoolgate',
      ],
    ],
    ['scope', 'Scope', ['scope.who', 'scope.aims']],
    [
      'official-accounts',
      'Using social media on behalf of the school',
      [
        'accounts.best-interests',
        'accounts.official-sites-only',
        'accounts.new-account',
        'accounts.platform-terms',
        'accounts.platforms',
        'accounts.runners',
        'accounts.credentials',
        'accounts.handover',
        'posts.categories',
        'posts.never-published',
        'posts.approvals',
        'comments.response-deadline',
        'comments.moderation',
        'comments.evidence',
        'comments.repeat-offenders',
      ],
    ],
    [
      'staff',
      'Staff and social media',
      [
        'staff.school-devices',
        'staff.recording-devices',
        'staff.breaks-only',
        'staff.school-wifi',
        'staff.profile-no-school-name',
        'staff.no-pupil-relationships',
        'staff.disrepute-examples',
        'staff.personal-devices-and-children',
        'staff.confidentiality',
        'staff.no-discrimination-or-bullying',
        'legal.copyright',
        'staff.two-factor',
      ],
    ],
    [
      'staff-conduct',
      'Staff conduct',
      ['staff.professional-standing', 'staff.privacy-settings', 'staff.identify-school', 'staff.advice-from-slt'],
    ],
    ['concerns', 'Raising concerns', ['concerns.reporting']],
    ['disciplinary', 'Disciplinary action', ['staff.disciplinary', 'staff.contractors']],
    ['monitoring', 'Monitoring', ['monitoring.ict', 'staff.acceptance', 'data.retention', 'review.cycle']],
    ['roles', 'Who is responsible', ['roles.named-people']],
    ['acceptance', 'Appendix 1: Statement of Acceptance', []],
  ],
  statementOfAcceptance:
    `${STATEMENT_OPENING}\n\n` +
    '- I will use social media, and the school’s network and ICT equipment, responsibly, in the school’s interests, ' +
    'and within every limit this policy sets. When I am unsure, I will ask the headteacher or the IT lead.\n' +
    '- I will report any misuse of social media, or any breach of this policy, to the headteacher or the IT lead.\n' +
    '- I understand that if I break this policy, disciplinary action may be taken against me.',
  responsiblePerson: { name: '', role: 'Headteacher' },
};
