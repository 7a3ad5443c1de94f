import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { firstPeoplePath, PeopleSubnav } from '../components/people-subnav';

export function PeopleLayout() {
  const me = useSession();
  const { pathname } = useLocation();
  const first = firstPeoplePath(me.permissions);
  if (!first) return <NoAccess title="People" />;
  if (pathname === '/people' || pathname === '/people/') return <Navigate to={first} replace />;
  return (
    <>
      <PeopleSubnav />
      <Outlet />
    </>
  );
}
