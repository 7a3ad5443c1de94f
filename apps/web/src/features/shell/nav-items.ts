// Every capability of PRODUCT.md (C1-C8) has a place in the navigation from day one, so people can see what is coming.
import type { MeResponse } from '@schoolgate/contracts';
import { canAny } from '../../lib/permissions';

export interface NavItem {
  label: string;
  path: string;
  /** One sentence on what the page does; shown on the "Not built yet" panel until the page exists. */
  summary: string;
  built: boolean;
  visible: (me: MeResponse) => boolean;
}

const everyone = () => true;

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', path: '/', summary: 'A summary of your school in Schoolgate.', built: true, visible: everyone },
  {
    label: 'Official accounts',
    path: '/accounts',
    summary:
      "The register of official accounts and who runs them, requests for new ones and the headteacher's consent.",
    built: true,
    visible: (me) => canAny(me, ['read:account']),
  },
  {
    label: 'Posts',
    path: '/posts',
    summary:
      'Draft posts for the school’s accounts, check them against the policy (consent, personal details and more), approve and publish them; or suggest one.',
    built: true,
    visible: (me) => canAny(me, ['read:post', 'read:post_suggestion']),
  },
  {
    label: 'Moderation',
    path: '/moderation',
    summary:
      "Comments on your official accounts, sorted into the policy's categories, to hide, reply to or approve, on time.",
    built: true,
    visible: (me) => me.permissions.includes('read:comment'),
  },
  {
    label: 'Concerns',
    path: '/concerns',
    summary: 'Raise a safeguarding concern about social media; the DSL team follows each one up (issue 12).',
    built: true,
    // Every role may raise one (governors too); the chair of governors also reads allegations about the head here.
    visible: everyone,
  },
  {
    label: 'Policy',
    path: '/policy',
    summary: "The school's social media policy, its versions and review dates, and the settings it is made from.",
    built: true,
    visible: (me) => canAny(me, ['read:policy']),
  },
  {
    label: 'Training and acceptance',
    path: '/training',
    summary: 'Sign the Statement of Acceptance, see your training, and for leaders, who still needs to do either.',
    built: true,
    visible: everyone,
  },
  {
    label: 'Reports',
    path: '/reports',
    summary:
      "Governors' reports on response times, moderation, concerns, acceptance and training, on screen and as PDF or CSV.",
    built: true,
    visible: (me) => canAny(me, ['read:report', 'read:trust_report']),
  },
  {
    label: 'People',
    path: '/people',
    summary: 'Staff and pupils, and importing them from your MIS.',
    built: true,
    visible: (me) => canAny(me, ['read:staff', 'read:pupil', 'import:staff', 'import:pupil']),
  },
  {
    label: 'Audit log',
    path: '/audit',
    summary: 'Every change made in Schoolgate, and a check that the record has not been tampered with.',
    built: true,
    visible: (me) => canAny(me, ['read:audit', 'verify:audit']),
  },
  // Issue 10: the trust's schools.
  {
    label: 'Schools',
    path: '/schools',
    summary: "The trust's schools, and adding another.",
    built: true,
    visible: (me) => canAny(me, ['create:school']),
  },
  // Issue 13: retention, legal holds, subject access and erasure.
  {
    label: 'Data protection',
    path: '/data-protection',
    summary: 'How long records are kept, legal holds, and subject access and erasure requests.',
    built: true,
    visible: (me) => canAny(me, ['read:personal_data']),
  },
];

export function visibleNavItems(me: MeResponse): NavItem[] {
  return NAV_ITEMS.filter((item) => item.visible(me));
}
