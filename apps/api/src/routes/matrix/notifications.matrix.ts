// Permission matrix rows for a person's own notifications: every signed-in role, nobody else.
import type { Endpoint } from './matrix-types.ts';

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/notifications', anonymous: 401, signedIn: 200 },
  {
    method: 'POST',
    url: '/api/notifications/read',
    request: async () => ({ payload: { ids: 'all' } }),
    anonymous: 401,
    signedIn: 200,
  },
];
