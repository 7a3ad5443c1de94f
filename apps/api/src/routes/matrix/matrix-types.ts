// The shape of one row of the permission matrix (permission-matrix.int.test.ts). Each area of the product
// keeps its rows in its own <area>.matrix.ts beside this file; the test gathers them all.
import type { Role } from '@schoolgate/domain';
import type { TestApp } from '../../testing/test-app.ts';

export type Expect = number | (Partial<Record<Role, number>> & { other: number });
export interface MatrixSchool {
  id: string;
  trustId: string;
}
export interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  /** Builds the request for one call; may create what the call needs (a staff member to deactivate). */
  request?: (t: TestApp, school: MatrixSchool) => Promise<{ url?: string; payload?: unknown }>;
  anonymous: number;
  signedIn: Expect;
}

export const LEADERS = { trust_admin: 200, head: 200, slt: 200 } as const;
export const READERS = { ...LEADERS, dsl: 200, deputy_dsl: 200, account_admin: 200 } as const;
