// Webhook endpoints answer the platform, not a person: the same for everyone, signed-in or not. Without the right
// verify token the handshake is refused; without a valid signature a delivery is refused.
import type { Endpoint } from './matrix-types.ts';

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/webhooks/meta', anonymous: 403, signedIn: 403 },
  {
    method: 'POST',
    url: '/api/webhooks/meta',
    request: async () => ({ payload: { object: 'page', entry: [] } }),
    anonymous: 401,
    signedIn: 401,
  },
];
