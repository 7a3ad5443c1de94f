// The concerns pages, handed to app/router.tsx as one list so the router needs a single line for them.
import type { RouteObject } from 'react-router';
import { ConcernRoute } from './concern-route';
import { ConcernsRoute } from './concerns-route';

export const concernRoutes: RouteObject[] = [
  { path: 'concerns', element: <ConcernsRoute /> },
  { path: 'concerns/:id', element: <ConcernRoute /> },
];
