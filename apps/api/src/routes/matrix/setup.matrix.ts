// Permission matrix rows for first run and the trust's schools.
import type { Endpoint } from './matrix-types.ts';

let urn = 300000;
const nextUrn = () => String(urn++);

export const ENDPOINTS: Endpoint[] = [
  // Anyone may ask whether set-up is open: the sign-in page does, before anyone is signed in.
  { method: 'GET', url: '/api/setup', anonymous: 200, signedIn: 200 },
  // A deployment with a school is set up: nobody, signed in or not, can run set-up again.
  {
    method: 'POST',
    url: '/api/setup',
    request: async () => ({
      payload: {
        token: 'not-the-token',
        organisation: 'school',
        school: { name: 'Another School', urn: nextUrn(), nation: 'england_wales' },
        templateId: 'primary-staff-conduct',
        person: { firstName: 'Sam', lastName: 'Taker', email: 'taker@example.org', password: 'a long enough password' },
      },
    }),
    anonymous: 409,
    signedIn: 409,
  },
  { method: 'GET', url: '/api/schools', anonymous: 401, signedIn: { trust_admin: 200, other: 403 } },
  {
    method: 'POST',
    url: '/api/schools',
    request: async () => ({ payload: { name: 'Further School', urn: nextUrn(), nation: 'scotland' } }),
    anonymous: 401,
    signedIn: { trust_admin: 201, other: 403 },
  },
];
