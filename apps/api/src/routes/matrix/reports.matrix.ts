// Permission matrix rows for governors' reports and dashboards (issue 14): governors, the head, senior leaders and
// the trust team read the school's report; only the trust team reads the trust's; everyone has a dashboard.
import type { Endpoint } from './matrix-types.ts';

const REPORT_READERS = { governor: 200, head: 200, slt: 200, trust_admin: 200, other: 403 } as const;
const TRUST_ONLY = { trust_admin: 200, other: 403 } as const;

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/reports/school', anonymous: 401, signedIn: REPORT_READERS },
  { method: 'GET', url: '/api/reports/school.pdf', anonymous: 401, signedIn: REPORT_READERS },
  { method: 'GET', url: '/api/reports/school.csv', anonymous: 401, signedIn: REPORT_READERS },
  { method: 'GET', url: '/api/reports/trust', anonymous: 401, signedIn: TRUST_ONLY },
  { method: 'GET', url: '/api/reports/trust.pdf', anonymous: 401, signedIn: TRUST_ONLY },
  { method: 'GET', url: '/api/reports/trust.csv', anonymous: 401, signedIn: TRUST_ONLY },
  { method: 'GET', url: '/api/dashboard', anonymous: 401, signedIn: 200 },
];
