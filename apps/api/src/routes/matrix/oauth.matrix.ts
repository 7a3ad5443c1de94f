// Permission matrix rows for connecting official accounts to their platforms (issue 10). The good path, and a
// connection finished by the person who started it, are in account-connections.int.test.ts; here a connection
// started by someone else is not found even by those who may connect, and the platforms' callbacks, which come
// back without a session, refuse a state this deployment never made.
import { accountConnectionsRepository, socialAccountsRepository, usersRepository } from '@schoolgate/db';
import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../testing/test-app.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';

const CONNECTORS = { head: 200, account_admin: 200, other: 403 } as const;
const SOMEONE_ELSES = { head: 404, account_admin: 404, other: 403 } as const;

/** The matrix's app has no platforms configured; connecting needs the apps' ids (no call is made to start). */
const withApps = (t: TestApp) => {
  t.ctx.platforms.oauth = {
    metaAppId: '100000000000001',
    metaDialogUrl: 'https://www.facebook.com/v21.0/dialog/oauth',
    xClientId: 'matrix-x-client-id',
    xAuthorizeUrl: 'https://x.com/i/oauth2/authorize',
  };
};

const approvedAccount = async (t: TestApp, s: MatrixSchool) =>
  (
    await socialAccountsRepository.create(t.ctx.db, {
      schoolId: s.id,
      platform: 'instagram',
      externalId: `pending:${randomUUID()}`,
      handle: 'school_sport',
      displayName: 'school_sport',
      status: 'approved_not_connected',
    })
  ).id;

/** A connection another administrator started and that is waiting for their choice. */
const someoneElsesConnection = async (t: TestApp, s: MatrixSchool) => {
  const starter = await usersRepository.create(t.ctx.db, {
    email: `starter.${randomUUID()}@test.schoolgate`,
    displayName: 'Starter',
    passwordHash: null,
  });
  return (
    await accountConnectionsRepository.insert(t.ctx.db, {
      schoolId: s.id,
      accountId: await approvedAccount(t, s),
      startedBy: starter.id,
      platform: 'instagram',
      stateHash: randomUUID(),
      expiresAt: new Date(Date.now() + 600_000),
      status: 'choosing',
    })
  ).id;
};

const forgedCallback = (path: string) => async () => ({
  url: `${path}?state=forged-${randomUUID()}&code=whatever`,
});

export const ENDPOINTS: Endpoint[] = [
  {
    method: 'POST',
    url: '/api/accounts/:id/connect',
    request: async (t, s) => {
      withApps(t);
      return { url: `/api/accounts/${await approvedAccount(t, s)}/connect` };
    },
    anonymous: 401,
    signedIn: CONNECTORS,
  },
  {
    method: 'GET',
    url: '/api/accounts/connections/:id',
    request: async (t, s) => ({ url: `/api/accounts/connections/${await someoneElsesConnection(t, s)}` }),
    anonymous: 401,
    signedIn: SOMEONE_ELSES,
  },
  {
    method: 'POST',
    url: '/api/accounts/connections/:id/choice',
    request: async (t, s) => ({
      url: `/api/accounts/connections/${await someoneElsesConnection(t, s)}/choice`,
      payload: { externalId: '17841405822309877' },
    }),
    anonymous: 401,
    signedIn: SOMEONE_ELSES,
  },
  // The browser comes back from Meta or X without the session cookie: the state alone decides, for anyone.
  {
    method: 'GET',
    url: '/api/oauth/meta/callback',
    request: forgedCallback('/api/oauth/meta/callback'),
    anonymous: 303,
    signedIn: 303,
  },
  {
    method: 'GET',
    url: '/api/oauth/x/callback',
    request: forgedCallback('/api/oauth/x/callback'),
    anonymous: 303,
    signedIn: 303,
  },
];
