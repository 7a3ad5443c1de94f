// Permission matrix rows for official accounts: requests, decisions, the head's consent and the register.
import { accountRequestsRepository, staffRepository, usersRepository } from '@schoolgate/db';
import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../testing/test-app.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';
import { publishTestVersion } from '../../testing/policy-version-factory.ts';
import { accountRulesFor } from '../../use-cases/accounts/runner-readiness.ts';

/** Other rows publish policies too; this row needs one where senior leaders decide (the secondary template). */
const sltDecides = async (t: TestApp, s: MatrixSchool) => {
  if ((await accountRulesFor(t.ctx.db, s.id)).approvedBy !== 'slt') await publishTestVersion(t.ctx.db, s);
};

const EVERYONE_READS = 200;
const REQUESTERS = { trust_admin: 403, governor: 403, other: 200 } as const;

const colleague = async (t: TestApp, s: MatrixSchool) =>
  (
    await staffRepository.insert(t.ctx.db, {
      trustId: s.trustId,
      schoolId: s.id,
      firstName: 'Runner',
      lastName: randomUUID().slice(0, 8),
      role: 'staff',
    })
  ).id;

/** A pending request made by someone else, so nobody in the matrix decides their own. */
const pendingRequest = async (t: TestApp, s: MatrixSchool) => {
  const requester = await usersRepository.create(t.ctx.db, {
    email: `requester.${randomUUID()}@test.schoolgate`,
    displayName: 'Requester',
    passwordHash: null,
  });
  return (
    await accountRequestsRepository.insert(t.ctx.db, {
      schoolId: s.id,
      requestedBy: requester.id,
      platform: 'instagram',
      handle: 'school_sports',
      aim: 'Sports results',
      audience: 'Parents',
      promotion: 'Newsletter',
      visibility: 'open',
      runnerStaffIds: [await colleague(t, s), await colleague(t, s)],
    })
  ).id;
};

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/accounts', anonymous: 401, signedIn: EVERYONE_READS },
  { method: 'GET', url: '/api/accounts/attention', anonymous: 401, signedIn: EVERYONE_READS },
  { method: 'GET', url: '/api/accounts/requests', anonymous: 401, signedIn: EVERYONE_READS },
  { method: 'GET', url: '/api/accounts/staff-options', anonymous: 401, signedIn: REQUESTERS },
  {
    method: 'POST',
    url: '/api/accounts/requests',
    request: async (t, s) => ({
      payload: {
        platform: 'instagram',
        handle: 'school_art',
        aim: 'Show pupils’ art',
        audience: 'Parents',
        promotion: 'Newsletter',
        visibility: 'closed',
        runnerStaffIds: [await colleague(t, s), await colleague(t, s)],
      },
    }),
    anonymous: 401,
    signedIn: { trust_admin: 403, governor: 403, other: 201 },
  },
  // Under a policy where senior leaders decide (whether only the head may is in accounts.int.test.ts).
  {
    method: 'POST',
    url: '/api/accounts/requests/:id/decision',
    request: async (t, s) => {
      await sltDecides(t, s);
      return {
        url: `/api/accounts/requests/${await pendingRequest(t, s)}/decision`,
        payload: { decision: 'reject', reason: 'We already post sports results on Facebook.' },
      };
    },
    anonymous: 401,
    signedIn: { head: 200, slt: 200, other: 403 },
  },
  {
    method: 'POST',
    url: '/api/accounts/requests/:id/consent',
    request: async (t, s) => ({
      url: `/api/accounts/requests/${await pendingRequest(t, s)}/consent`,
      payload: { note: 'I consent to this account.' },
    }),
    anonymous: 401,
    signedIn: { head: 200, other: 403 },
  },
];
