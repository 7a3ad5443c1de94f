// Who may do what, as data (STYLE.md rule 3). Every HTTP endpoint names one (action, resource) pair and
// the server checks it here before calling its use case. School scoping is separate: repositories only
// ever see the school taken from the session, so a rule here never has to ask "which school?".
import type { Role } from './roles.ts';

export const RESOURCES = [
  'staff',
  'pupil',
  'audit',
  'school',
  'policy',
  'trust_policy',
  'acceptance',
  'training',
  'consent',
  'restriction',
  'comment',
  'author',
  'press',
  'account',
  // Concerns (issue 12)
  'concern',
  // Governors' reports (issue 14)
  'report',
  'trust_report',
  // Sign-in with the school's identity provider (issue 13)
  'sign_in',
  // Data protection (issue 13)
  'personal_data',
  // Posts (issue 11)
  'post',
  'publishing',
  'post_archive',
  'post_suggestion',
] as const;
export type Resource = (typeof RESOURCES)[number];
export const ACTIONS = [
  'read',
  'create',
  'update',
  'deactivate',
  'import',
  'verify',
  'switch',
  'approve',
  'publish',
  'sign',
  'remind',
  'moderate',
  'escalate',
] as const;
export type Action = (typeof ACTIONS)[number];

interface Rule {
  roles: readonly Role[];
  actions: readonly Action[];
  resource: Resource;
  /** Why these roles: the policy clause or the reasoning, so a reviewer can challenge it. */
  why: string;
}

const LEADERS = ['head', 'slt', 'trust_admin'] as const;
const SAFEGUARDING = ['dsl', 'deputy_dsl'] as const;

export const PERMISSION_RULES: readonly Rule[] = [
  {
    roles: [...LEADERS, ...SAFEGUARDING, 'account_admin'],
    actions: ['read'],
    resource: 'staff',
    why: 'Leaders, the DSL team and account administrators need to know who works in the school (004 roles).',
  },
  {
    roles: LEADERS,
    actions: ['create', 'update', 'deactivate', 'import'],
    resource: 'staff',
    why: 'The head and senior leaders manage who works in the school; the trust team supports them (002).',
  },
  {
    roles: [...LEADERS, ...SAFEGUARDING, 'account_admin'],
    actions: ['read'],
    resource: 'pupil',
    why: 'Checking consent before a post and handling concerns needs the pupil list; governors and staff do not.',
  },
  {
    roles: LEADERS,
    actions: ['import', 'update'],
    resource: 'pupil',
    why: 'Pupil records come from the MIS, imported by the school office under the head.',
  },
  {
    roles: ['head', 'trust_admin'],
    actions: ['read'],
    resource: 'audit',
    why: 'The audit trail shows who viewed safeguarding records, so it is read by the head and the trust only.',
  },
  {
    roles: ['head', 'trust_admin', 'governor'],
    actions: ['verify'],
    resource: 'audit',
    why: 'Governors hold the school to account (004), so they can check the trail is intact without reading it.',
  },
  {
    roles: ['trust_admin'],
    actions: ['switch'],
    resource: 'school',
    why: 'The trust central team works across every school of the trust (002).',
  },
  {
    roles: ['trust_admin', 'governor', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff'],
    actions: ['read'],
    resource: 'policy',
    why: 'Everyone the policy binds must be able to read it (001: staff sign that they have read it).',
  },
  {
    roles: ['head', 'trust_admin'],
    actions: ['update', 'publish'],
    resource: 'policy',
    why: 'The head owns the policy day to day and puts the approved version into force (004 roles).',
  },
  {
    roles: ['governor', 'head', 'trust_admin'],
    actions: ['approve'],
    resource: 'policy',
    why: "The governing body approves the policy (004); the head or clerk may record the governors' decision.",
  },
  {
    roles: ['trust_admin'],
    actions: ['read', 'update'],
    resource: 'trust_policy',
    why: "The trust's central team sets the defaults its schools inherit (002).",
  },
  {
    roles: ['trust_admin', 'governor', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff'],
    actions: ['sign'],
    resource: 'acceptance',
    why: 'Every member of staff signs the Statement of Acceptance (001 Appendix 1).',
  },
  {
    roles: [...LEADERS, 'governor'],
    actions: ['read'],
    resource: 'acceptance',
    why: 'Leaders see who has not signed; governors see coverage in their reports (004).',
  },
  {
    roles: ['head', 'trust_admin'],
    actions: ['remind'],
    resource: 'acceptance',
    why: 'The head chases signatures.',
  },
  {
    roles: [...LEADERS, ...SAFEGUARDING],
    actions: ['read'],
    resource: 'training',
    why: 'Leaders and the DSL team see who is trained and who is out of date (004 training).',
  },
  {
    roles: LEADERS,
    actions: ['create', 'update', 'remind'],
    resource: 'training',
    why: 'Training is recorded by the school, not by the person trained.',
  },
  {
    roles: [...LEADERS, ...SAFEGUARDING, 'account_admin'],
    actions: ['read'],
    resource: 'consent',
    why: 'Whoever publishes must check consent first (002, 004).',
  },
  {
    roles: [...LEADERS, 'account_admin'],
    actions: ['update', 'import'],
    resource: 'consent',
    why: 'The office records consent forms; account administrators keep the register current (004).',
  },
  {
    roles: ['head', ...SAFEGUARDING],
    actions: ['read', 'update'],
    resource: 'restriction',
    why: 'Why a child must not be published is safeguarding information: the DSL team and the head only (004).',
  },
  {
    roles: [...LEADERS, ...SAFEGUARDING, 'account_admin'],
    actions: ['read'],
    resource: 'comment',
    why: 'Moderators and leaders work the queue; the DSL team reads comments that may be safeguarding concerns (000, 003).',
  },
  {
    roles: [...LEADERS, 'account_admin'],
    actions: ['moderate'],
    resource: 'comment',
    why: 'The account administrator moderates (004 roles); leaders can step in.',
  },
  {
    roles: [...LEADERS, 'account_admin'],
    actions: ['escalate'],
    resource: 'author',
    why: 'Warnings, blocks and reports to the platform follow the ladder (000, 003); legal advice and police steps are recorded by the same people.',
  },
  {
    roles: ['head', 'trust_admin'],
    actions: ['approve'],
    resource: 'press',
    why: 'No reply goes to a journalist before the head has approved it (004).',
  },
  // First run and schools (issue 10).
  {
    roles: ['trust_admin'],
    actions: ['create'],
    resource: 'school',
    why: "The trust's central team adds its further schools (002); a single school is set up once, at first run.",
  },
  {
    roles: ['trust_admin', 'governor', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff'],
    actions: ['read'],
    resource: 'account',
    why: 'Everyone may see which official accounts the school runs and who runs them (004: staff point parents to them).',
  },
  {
    roles: ['head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff'],
    actions: ['create'],
    resource: 'account',
    why: 'Any member of staff may ask for a new official account with its business case (004).',
  },
  {
    roles: ['head', 'slt'],
    actions: ['approve'],
    resource: 'account',
    why: 'The senior leadership team (or the head, as the policy says) approves or refuses a new account (004).',
  },
  {
    roles: ['head'],
    actions: ['sign'],
    resource: 'account',
    why: "No account is opened without the headteacher's written consent when the policy asks for it (001).",
  },
  // Concerns (issue 12). Who reads a concern depends on its route, not only on a role: see concerns/concern-route.ts.
  {
    roles: ['trust_admin', 'governor', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff'],
    actions: ['create'],
    resource: 'concern',
    why: 'Every adult in the school must report a worry at once (000, 001, 002 3.1, 003, 004).',
  },
  // Governors' reports (issue 14): counts and percentages only, never a person's name or a concern's detail.
  {
    roles: ['governor', 'head', 'slt', 'trust_admin'],
    actions: ['read'],
    resource: 'report',
    why: 'Governors approve the policy and check it is followed (001, 003, 004); leaders see the same figures.',
  },
  {
    roles: ['trust_admin'],
    actions: ['read'],
    resource: 'trust_report',
    why: "The trust's central team oversees every school (002): one report and one table for all of them.",
  },
  {
    roles: ['trust_admin', 'head'],
    actions: ['read', 'update'],
    resource: 'sign_in',
    why: 'Who may sign in through which identity provider is the head’s decision, or the trust’s for all its schools (issue 13).',
  },
  {
    roles: ['head', 'trust_admin'],
    actions: ['update'],
    resource: 'report',
    why: 'The head decides whether governors are emailed the report after each term.',
  },
  // Data protection (issue 13).
  {
    roles: ['head', 'trust_admin'],
    actions: ['read', 'update'],
    resource: 'personal_data',
    why: 'The head answers subject access and erasure requests, with the trust (often its DPO); legal holds are theirs to place and lift.',
  },
  // Connecting accounts (issue 10)
  {
    roles: ['head', 'account_admin'],
    actions: ['update'],
    resource: 'account',
    why: 'The account administrator connects (and reconnects) an approved account to its platform (004 roles); the head can step in.',
  },
  // Posts (issue 11). The role lets a person reach posts; the use case also asks that they run the account, have
  // signed the policy in force and hold training in date (004), and never approve their own post.
  {
    roles: ['trust_admin', 'head', 'slt', 'account_admin', 'staff'],
    actions: ['read', 'create', 'approve', 'publish'],
    resource: 'post',
    why: "An account's runners draft, approve and publish its posts; senior leaders approve anything controversial (004).",
  },
  {
    roles: ['head', 'trust_admin'],
    actions: ['update'],
    resource: 'publishing',
    why: 'The head can pause all publishing at once, for an incident or a bereavement (004: the head decides).',
  },
  {
    roles: ['trust_admin', 'head', 'slt'],
    actions: ['read'],
    resource: 'post_archive',
    why: 'What the accounts said is exported for a freedom of information or subject access request (002, 004).',
  },
  // Suggestions for posts (issue 11). Staff who do not run an account suggest; the head, senior leaders and the
  // accounts' runners (whatever their role) turn a suggestion into a draft or decline it, with a reason.
  {
    roles: ['dsl', 'deputy_dsl', 'account_admin', 'staff'],
    actions: ['create'],
    resource: 'post_suggestion',
    why: 'Staff who do not run the accounts suggest posts to the head or the runners instead of posting (000 "speak to the Principal").',
  },
  {
    roles: ['trust_admin', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff'],
    actions: ['read'],
    resource: 'post_suggestion',
    why: 'Those who suggest see what became of their suggestions; those who decide see what is waiting.',
  },
  {
    roles: ['trust_admin', 'head', 'slt', 'account_admin', 'staff'],
    actions: ['approve'],
    resource: 'post_suggestion',
    why: "The head, senior leaders and an account's runners make a suggestion a draft or decline it (000, 004).",
  },
];

export function can(role: Role, action: Action, resource: Resource): boolean {
  return PERMISSION_RULES.some(
    (rule) => rule.resource === resource && rule.actions.includes(action) && rule.roles.includes(role),
  );
}
