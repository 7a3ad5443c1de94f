// Permission matrix rows for signing in with the school's identity provider, its settings, and invitations (issue 13).
import { createHash, randomBytes } from 'node:crypto';
import { signInProvidersRepository, staffInvitationsRepository, staffRepository } from '@schoolgate/db';
import type { TestApp } from '../../testing/test-app.ts';
import { LEADERS, type Endpoint, type MatrixSchool } from './matrix-types.ts';

const SETTERS = { trust_admin: 200, head: 200, other: 403 } as const;
let n = 0;

const invitable = async (t: TestApp, school: MatrixSchool) =>
  staffRepository.insert(t.ctx.db, {
    trustId: school.trustId,
    schoolId: school.id,
    firstName: 'Invited',
    lastName: `Person${n}`,
    email: `invited.${n++}.${randomBytes(3).toString('hex')}@test.schoolgate`,
    role: 'staff',
  });

const openInvitation = async (t: TestApp, school: MatrixSchool) => {
  const staff = await invitable(t, school);
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await staffInvitationsRepository.insert(t.ctx.db, {
    trustId: school.trustId,
    schoolId: school.id,
    staffId: staff.id,
    tokenHash: createHash('sha256').update(token).digest('hex'),
    createdAt: now,
    expiresAt: new Date(now.getTime() + 86_400_000),
  });
  return token;
};

export const ENDPOINTS: Endpoint[] = [
  // The sign-in page asks which providers to offer before anyone is signed in.
  {
    method: 'GET',
    url: '/api/auth/oidc/providers',
    request: async (_t, school) => ({ url: `/api/auth/oidc/providers?school=${school.id}` }),
    anonymous: 200,
    signedIn: 200,
  },
  // Start and callback are browser redirects for anyone: to the provider, or back to the sign-in page saying why.
  {
    method: 'GET',
    url: '/api/auth/oidc/:provider/start',
    request: async (_t, school) => ({ url: `/api/auth/oidc/google/start?school=${school.id}` }),
    anonymous: 302,
    signedIn: 302,
  },
  {
    method: 'GET',
    url: '/api/auth/oidc/:provider/callback',
    request: async () => ({ url: '/api/auth/oidc/microsoft/callback?code=abc&state=not-issued' }),
    anonymous: 302,
    signedIn: 302,
  },
  { method: 'GET', url: '/api/sign-in/providers', anonymous: 401, signedIn: SETTERS },
  {
    method: 'PUT',
    url: '/api/sign-in/providers/:provider',
    request: async () => ({
      url: '/api/sign-in/providers/google',
      payload: { tenant: 'oak.sch.uk', clientId: 'client-id', clientSecret: 'client-secret' },
    }),
    anonymous: 401,
    signedIn: SETTERS,
  },
  {
    method: 'DELETE',
    url: '/api/sign-in/providers/:provider',
    request: async (t, school) => {
      if (!(await signInProvidersRepository.findAt(t.ctx.db, school.trustId, school.id, 'microsoft'))) {
        await signInProvidersRepository.insert(t.ctx.db, {
          trustId: school.trustId,
          schoolId: school.id,
          provider: 'microsoft',
          tenant: '0f6c1a7e-5b1d-4c8e-9a7f-2d3e4f5a6b7c',
          clientId: 'client-id',
          clientSecretEncrypted: t.ctx.credentialsBox.seal('secret'),
        });
      }
      return { url: '/api/sign-in/providers/microsoft' };
    },
    anonymous: 401,
    signedIn: SETTERS,
  },
  {
    method: 'POST',
    url: '/api/staff/:id/invitation',
    request: async (t, school) => ({ url: `/api/staff/${(await invitable(t, school)).id}/invitation` }),
    anonymous: 401,
    signedIn: { ...LEADERS, other: 403 },
  },
  { method: 'POST', url: '/api/staff/invitations', anonymous: 401, signedIn: { ...LEADERS, other: 403 } },
  // The invitation link is its own authority: whoever holds it sees it, signed in or not.
  {
    method: 'GET',
    url: '/api/invitations/:token',
    request: async (t, school) => ({ url: `/api/invitations/${await openInvitation(t, school)}` }),
    anonymous: 200,
    signedIn: 200,
  },
  {
    method: 'POST',
    url: '/api/invitations/:token/accept',
    request: async () => ({
      url: `/api/invitations/${randomBytes(32).toString('base64url')}/accept`,
      payload: { password: 'a long enough passphrase' },
    }),
    anonymous: 404,
    signedIn: 404,
  },
];
