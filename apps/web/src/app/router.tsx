import { createBrowserRouter, type RouteObject } from 'react-router';
import { SignInRoute } from '../features/auth/routes/sign-in-route';
import { TwoFactorRoute } from '../features/auth/routes/two-factor-route';
import { TwoFactorSetupRoute } from '../features/auth/routes/two-factor-setup-route';
import { AuditRoute } from '../features/audit/routes/audit-route';
import { PolicyRoute } from '../features/policy/routes/policy-route';
import { DashboardRoute } from '../features/dashboard/routes/dashboard-route';
import { ImportRoute } from '../features/people/routes/import-route';
import { PeopleLayout } from '../features/people/routes/people-layout';
import { PupilsRoute } from '../features/people/routes/pupils-route';
import { ConsentRoute } from '../features/consent/routes/consent-route';
import { StaffRoute } from '../features/people/routes/staff-route';
import { TrainingRoute } from '../features/training/routes/training-route';
import { moderationRoutes } from '../features/moderation/routes/moderation-routes';
import { AppLayout } from '../features/shell/components/app-layout';
import { NAV_ITEMS } from '../features/shell/nav-items';
import { NotBuiltRoute } from '../features/shell/routes/not-built-route';
import { NotFoundRoute } from '../features/shell/routes/not-found-route';
import { RequireSession } from './require-session';
// Concerns (issue 12)
import { concernRoutes } from '../features/concerns/routes/concern-routes';
import { PublicConcernRoute } from '../features/concerns/routes/public-concern-route';

const notBuilt: RouteObject[] = NAV_ITEMS.filter((item) => !item.built).map((item) => ({
  path: item.path.slice(1),
  element: <NotBuiltRoute path={item.path} />,
}));

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInRoute /> },
  { path: '/two-factor', element: <TwoFactorRoute /> },
  { path: '/two-factor/setup', element: <TwoFactorSetupRoute /> },
  // Concerns (issue 12): the parents' page, no sign-in
  { path: '/report/:token', element: <PublicConcernRoute /> },
  {
    element: <RequireSession />,
    children: [
      {
        path: '/',
        element: <AppLayout />,
        children: [
          { index: true, element: <DashboardRoute /> },
          ...notBuilt,
          {
            path: 'people',
            element: <PeopleLayout />,
            children: [
              { path: 'staff', element: <StaffRoute /> },
              { path: 'pupils', element: <PupilsRoute /> },
              { path: 'consent', element: <ConsentRoute /> },
              { path: 'import', element: <ImportRoute /> },
            ],
          },
          { path: 'audit', element: <AuditRoute /> },
          { path: 'policy', element: <PolicyRoute /> },
          { path: 'training', element: <TrainingRoute /> },
          ...moderationRoutes,
          // Concerns (issue 12)
          ...concernRoutes,
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
