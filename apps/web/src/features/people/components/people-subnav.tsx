import { SectionNav } from '../../../components/section-nav';
import { can, canAny } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';

export function PeopleSubnav() {
  const me = useSession();
  const links = [
    { to: '/people/staff', label: 'Staff', show: can(me, 'read:staff') },
    { to: '/people/pupils', label: 'Pupils', show: can(me, 'read:pupil') },
    { to: '/people/consent', label: 'Consent', show: can(me, 'read:consent') },
    { to: '/people/import', label: 'Import from your MIS', show: canAny(me, ['import:staff', 'import:pupil']) },
    // Sign-in with the school's Microsoft or Google accounts (issue 13)
    { to: '/people/sign-in', label: 'Sign-in', show: can(me, 'read:sign_in') },
  ].filter((link) => link.show);
  return <SectionNav label="People" links={links} />;
}

/** Where "People" in the main navigation lands: the first section this person may use. */
export function firstPeoplePath(permissions: readonly string[]): string | null {
  if (permissions.includes('read:staff')) return '/people/staff';
  if (permissions.includes('read:pupil')) return '/people/pupils';
  if (permissions.includes('import:staff') || permissions.includes('import:pupil')) return '/people/import';
  return null;
}
