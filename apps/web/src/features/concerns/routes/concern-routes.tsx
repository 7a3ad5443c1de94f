// The concerns pages, handed to app/router.tsx as one list so the router needs a single line for them. Each page's
// code is downloaded when it is first opened, like every other page.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../app/lazy-page';

export const concernRoutes: RouteObject[] = [
  { path: 'concerns', element: lazyPage(() => import('./concerns-route'), 'ConcernsRoute') },
  { path: 'concerns/:id', element: lazyPage(() => import('./concern-route'), 'ConcernRoute') },
];
