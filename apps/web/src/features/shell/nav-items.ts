// The main navigation: every capability of PRODUCT.md (C1-C8), each shown to the roles that may use it.
import type { MeResponse } from '@schoolgate/contracts';
import { canAny } from '../../lib/permissions';

export interface NavItem {
  label: string;
  path: string;
  visible: (me: MeResponse) => boolean;
}

const everyone = () => true;

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', path: '/', visible: everyone },
  {
    label: 'Official accounts',
    path: '/accounts',
    visible: (me) => canAny(me, ['read:account']),
  },
  {
    label: 'Posts',
    path: '/posts',
    visible: (me) => canAny(me, ['read:post', 'read:post_suggestion']),
  },
  {
    label: 'Moderation',
    path: '/moderation',
    visible: (me) => me.permissions.includes('read:comment'),
  },
  {
    label: 'Concerns',
    path: '/concerns',
    // Every role may raise one (governors too); the chair of governors also reads allegations about the head here.
    visible: everyone,
  },
  {
    label: 'Policy',
    path: '/policy',
    visible: (me) => canAny(me, ['read:policy']),
  },
  {
    label: 'Training and acceptance',
    path: '/training',
    visible: everyone,
  },
  {
    label: 'Reports',
    path: '/reports',
    visible: (me) => canAny(me, ['read:report', 'read:trust_report']),
  },
  {
    label: 'People',
    path: '/people',
    visible: (me) => canAny(me, ['read:staff', 'read:pupil', 'import:staff', 'import:pupil']),
  },
  {
    label: 'Audit log',
    path: '/audit',
    visible: (me) => canAny(me, ['read:audit', 'verify:audit']),
  },
  // Issue 10: the trust's schools.
  {
    label: 'Schools',
    path: '/schools',
    visible: (me) => canAny(me, ['create:school']),
  },
  // Issue 13: retention, legal holds, subject access and erasure.
  {
    label: 'Data protection',
    path: '/data-protection',
    visible: (me) => canAny(me, ['read:personal_data']),
  },
];

export function visibleNavItems(me: MeResponse): NavItem[] {
  return NAV_ITEMS.filter((item) => item.visible(me));
}
