// Permission matrix rows for the foundation: health, sign-in, two-factor, people, import and audit.
import { pupilsRepository, staffRepository } from '@schoolgate/db';
import type { TestApp } from '../../testing/test-app.ts';
import { csvOf } from '../../testing/test-app.ts';
import { LEADERS, READERS, type Endpoint, type MatrixSchool } from './matrix-types.ts';

const staffTarget = async (t: TestApp, school: MatrixSchool) =>
  (
    await staffRepository.insert(t.ctx.db, {
      trustId: school.trustId,
      schoolId: school.id,
      firstName: 'Target',
      lastName: 'Person',
      role: 'staff',
    })
  ).id;
const anyPupil = async (t: TestApp, school: MatrixSchool) => {
  const { items } = await pupilsRepository.list(t.ctx.db, school.id, { page: 1, pageSize: 1 });
  return items[0]!.id;
};

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/health', anonymous: 200, signedIn: 200 },
  { method: 'GET', url: '/api/openapi.json', anonymous: 200, signedIn: 200 },
  {
    method: 'POST',
    url: '/api/auth/sign-in',
    request: async () => ({
      payload: { email: `nobody.${Math.random().toString(36).slice(2)}@test.schoolgate`, password: 'not the password' },
    }),
    anonymous: 401,
    signedIn: 401,
  },
  { method: 'POST', url: '/api/auth/sign-out', anonymous: 200, signedIn: 200 },
  { method: 'GET', url: '/api/auth/me', anonymous: 401, signedIn: 200 },
  // Everyone here already has two-factor set up, so starting again is a conflict.
  { method: 'POST', url: '/api/auth/two-factor/enrolment', anonymous: 401, signedIn: 409 },
  {
    method: 'POST',
    url: '/api/auth/two-factor/enrolment/confirm',
    request: async () => ({ payload: { code: '123456' } }),
    anonymous: 401,
    signedIn: 409,
  },
  {
    method: 'POST',
    url: '/api/auth/two-factor/verify',
    request: async () => ({ payload: { code: '000000' } }),
    anonymous: 401,
    signedIn: 400,
  },
  {
    method: 'POST',
    url: '/api/auth/switch-school',
    request: async (_t, s) => ({ payload: { schoolId: s.id } }),
    anonymous: 401,
    signedIn: 200,
  },
  { method: 'GET', url: '/api/staff', anonymous: 401, signedIn: { ...READERS, other: 403 } },
  {
    method: 'POST',
    url: '/api/staff',
    request: async () => ({ payload: { firstName: 'New', lastName: 'Starter', role: 'staff' } }),
    anonymous: 401,
    signedIn: { trust_admin: 201, head: 201, slt: 201, other: 403 },
  },
  {
    method: 'GET',
    url: '/api/staff/:id',
    request: async (t, s) => ({ url: `/api/staff/${await staffTarget(t, s)}` }),
    anonymous: 401,
    signedIn: { ...READERS, other: 403 },
  },
  {
    method: 'PATCH',
    url: '/api/staff/:id',
    request: async (t, s) => ({ url: `/api/staff/${await staffTarget(t, s)}`, payload: { jobTitle: 'Teacher' } }),
    anonymous: 401,
    signedIn: { ...LEADERS, other: 403 },
  },
  {
    method: 'POST',
    url: '/api/staff/:id/deactivate',
    request: async (t, s) => ({ url: `/api/staff/${await staffTarget(t, s)}/deactivate` }),
    anonymous: 401,
    signedIn: { ...LEADERS, other: 403 },
  },
  {
    method: 'POST',
    url: '/api/staff/:id/reactivate',
    request: async (t, s) => ({ url: `/api/staff/${await staffTarget(t, s)}/reactivate` }),
    anonymous: 401,
    signedIn: { ...LEADERS, other: 403 },
  },
  { method: 'GET', url: '/api/pupils', anonymous: 401, signedIn: { ...READERS, other: 403 } },
  {
    method: 'GET',
    url: '/api/pupils/:id',
    request: async (t, s) => ({ url: `/api/pupils/${await anyPupil(t, s)}` }),
    anonymous: 401,
    signedIn: { ...READERS, other: 403 },
  },
  {
    method: 'POST',
    url: '/api/people/import',
    request: async () => ({
      payload: {
        kind: 'pupils',
        csv: csvOf([
          ['UPN', 'Forename', 'Surname', 'Year'],
          ['A123456789012', 'Ada', 'Lovelace', '5'],
        ]),
      },
    }),
    anonymous: 401,
    signedIn: { ...LEADERS, other: 403 },
  },
  { method: 'GET', url: '/api/audit', anonymous: 401, signedIn: { trust_admin: 200, head: 200, other: 403 } },
  {
    method: 'POST',
    url: '/api/audit/verify',
    anonymous: 401,
    signedIn: { trust_admin: 200, head: 200, governor: 200, other: 403 },
  },
];
