import { createBrowserRouter, type RouteObject } from 'react-router';
// Every page is loaded when its route is opened (lazyPage): the first load carries the shell and one page.
import { moderationRoutes } from '../features/moderation/routes/moderation-routes';
import { AppLayout } from '../features/shell/components/app-layout';
import { PeopleLayout } from '../features/people/routes/people-layout';
import { lazyPage } from './lazy-page';
import { RequireSession } from './require-session';
// Concerns (issue 12)
import { concernRoutes } from '../features/concerns/routes/concern-routes';

export const routes: RouteObject[] = [
  { path: '/sign-in', element: lazyPage(() => import('../features/auth/routes/sign-in-route'), 'SignInRoute') },
  {
    path: '/two-factor',
    element: lazyPage(() => import('../features/auth/routes/two-factor-route'), 'TwoFactorRoute'),
  },
  {
    path: '/two-factor/setup',
    element: lazyPage(() => import('../features/auth/routes/two-factor-setup-route'), 'TwoFactorSetupRoute'),
  },
  { path: '/setup', element: lazyPage(() => import('../features/setup/routes/setup-route'), 'SetupRoute') },
  // Concerns (issue 12): the parents' page, no sign-in
  {
    path: '/report/:token',
    element: lazyPage(() => import('../features/concerns/routes/public-concern-route'), 'PublicConcernRoute'),
  },
  // Sign-in (issue 13): the page an invitation email links to, no sign-in needed
  {
    path: '/invitation/:token',
    element: lazyPage(() => import('../features/sign-in/routes/invitation-route'), 'InvitationRoute'),
  },
  {
    element: <RequireSession />,
    children: [
      {
        path: '/',
        element: <AppLayout />,
        children: [
          {
            index: true,
            element: lazyPage(() => import('../features/dashboard/routes/dashboard-route'), 'DashboardRoute'),
          },
          {
            path: 'people',
            element: <PeopleLayout />,
            children: [
              { path: 'staff', element: lazyPage(() => import('../features/people/routes/staff-route'), 'StaffRoute') },
              {
                path: 'pupils',
                element: lazyPage(() => import('../features/people/routes/pupils-route'), 'PupilsRoute'),
              },
              {
                path: 'consent',
                element: lazyPage(() => import('../features/consent/routes/consent-route'), 'ConsentRoute'),
              },
              {
                path: 'sign-in',
                element: lazyPage(
                  () => import('../features/sign-in/routes/sign-in-settings-route'),
                  'SignInSettingsRoute',
                ),
              },
              {
                path: 'import',
                element: lazyPage(() => import('../features/people/routes/import-route'), 'ImportRoute'),
              },
            ],
          },
          { path: 'audit', element: lazyPage(() => import('../features/audit/routes/audit-route'), 'AuditRoute') },
          { path: 'policy', element: lazyPage(() => import('../features/policy/routes/policy-route'), 'PolicyRoute') },
          {
            path: 'training',
            element: lazyPage(() => import('../features/training/routes/training-route'), 'TrainingRoute'),
          },
          ...moderationRoutes,
          {
            path: 'schools',
            element: lazyPage(() => import('../features/setup/routes/schools-route'), 'SchoolsRoute'),
          },
          {
            path: 'accounts',
            element: lazyPage(() => import('../features/accounts/routes/accounts-route'), 'AccountsRoute'),
          },
          {
            path: 'accounts/:id',
            element: lazyPage(() => import('../features/accounts/routes/account-route'), 'AccountRoute'),
          },
          {
            path: 'accounts/connect',
            element: lazyPage(() => import('../features/accounts/routes/connect-route'), 'ConnectRoute'),
          },
          // Concerns (issue 12)
          ...concernRoutes,
          // Governors' reports (issue 14)
          {
            path: 'reports',
            element: lazyPage(() => import('../features/reports/routes/reports-route'), 'ReportsRoute'),
          },
          // Data protection (issue 13)
          {
            path: 'data-protection',
            element: lazyPage(
              () => import('../features/data-protection/routes/data-protection-route'),
              'DataProtectionRoute',
            ),
          },
          // Posts (issue 11)
          { path: 'posts', element: lazyPage(() => import('../features/posts/routes/posts-route'), 'PostsRoute') },
          { path: '*', element: lazyPage(() => import('../features/shell/routes/not-found-route'), 'NotFoundRoute') },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
