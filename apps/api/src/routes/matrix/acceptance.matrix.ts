// Permission matrix rows for the Statement of Acceptance.
import { acceptanceRepository } from '@schoolgate/db';
import type { TestApp } from '../../testing/test-app.ts';
import { publishTestVersion } from '../../testing/policy-version-factory.ts';
import { LEADERS, type Endpoint, type MatrixSchool } from './matrix-types.ts';

/** The version in force, published once for the matrix school so that every call meets the same one. */
const versionOf = async (t: TestApp, school: MatrixSchool) =>
  (await acceptanceRepository.currentPublishedVersion(t.ctx.db, school.id)) ??
  (await publishTestVersion(t.ctx.db, school));

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/acceptance/me', anonymous: 401, signedIn: 200 },
  {
    method: 'POST',
    url: '/api/acceptance/sign',
    // Everyone may sign for themselves. The name typed here is nobody's, so a permitted caller gets as far as
    // the name check (400) and the matrix school stays unsigned; a trust administrator has no staff record in
    // the school and is told they cannot sign there (403).
    request: async (t, s) => ({
      payload: { versionId: (await versionOf(t, s)).id, typedName: 'Nobody Matches', confirmed: true },
    }),
    anonymous: 401,
    signedIn: { trust_admin: 403, other: 400 },
  },
  {
    method: 'GET',
    url: '/api/acceptance/coverage',
    anonymous: 401,
    signedIn: { ...LEADERS, governor: 200, other: 403 },
  },
  {
    method: 'POST',
    url: '/api/acceptance/remind',
    request: async (t, s) => {
      await versionOf(t, s);
      return {};
    },
    anonymous: 401,
    signedIn: { head: 200, trust_admin: 200, other: 403 },
  },
];
