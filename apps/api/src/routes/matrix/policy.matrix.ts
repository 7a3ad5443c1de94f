// Permission matrix rows for the policy as data: everyone the policy binds reads it; the head (and the trust
// team) change and publish it; governors, the head and the trust team record approval; only the trust team sets
// the trust's defaults. Version rows make a version in the state each call needs, so every role's call is fair.
import { policyVersionsRepository } from '@schoolgate/db';
import { policySettingsFromTemplate } from '@schoolgate/domain';
import type { TestApp } from '../../testing/test-app.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';

const HEAD_OR_TRUST = { head: 200, trust_admin: 200, other: 403 } as const;
const TRUST_ONLY = { trust_admin: 200, other: 403 } as const;

const versionIn = async (t: TestApp, school: MatrixSchool, state: 'draft' | 'approved') => {
  // A school holds one open draft (a unique index); the matrix makes one per call, so the last one is set aside.
  const open = await policyVersionsRepository.findByStatus(t.ctx.db, school.id, 'draft');
  if (open) await policyVersionsRepository.update(t.ctx.db, school.id, open.id, { status: 'superseded' });
  const version = await policyVersionsRepository.insert(t.ctx.db, {
    schoolId: school.id,
    number: await policyVersionsRepository.nextNumber(t.ctx.db, school.id),
    status: state,
    settings: policySettingsFromTemplate('blank') as unknown as Record<string, unknown>,
    documentMarkdown: '# Matrix policy\n',
    contentHash: '0'.repeat(64),
    approvedOn: state === 'approved' ? '2026-01-15' : null,
    // Drafted before the meeting that approves it (approval refuses a meeting before the draft).
    createdAt: new Date('2026-01-05T09:00:00Z'),
  });
  return version.id;
};

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/policy', anonymous: 401, signedIn: 200 },
  { method: 'GET', url: '/api/policy/settings', anonymous: 401, signedIn: 200 },
  {
    method: 'PATCH',
    url: '/api/policy/settings',
    request: async () => ({ payload: { changes: { 'response.hours': 24 } } }),
    anonymous: 401,
    signedIn: HEAD_OR_TRUST,
  },
  {
    method: 'POST',
    url: '/api/policy/settings/reset',
    request: async () => ({ payload: { fields: ['response.hours'] } }),
    anonymous: 401,
    signedIn: HEAD_OR_TRUST,
  },
  {
    method: 'POST',
    url: '/api/policy/settings/template',
    request: async () => ({ payload: { templateId: 'blank' } }),
    anonymous: 401,
    signedIn: HEAD_OR_TRUST,
  },
  { method: 'GET', url: '/api/policy/trust-settings', anonymous: 401, signedIn: TRUST_ONLY },
  {
    method: 'PATCH',
    url: '/api/policy/trust-settings',
    request: async () => ({ payload: { changes: { 'review.cycleMonths': 12 } } }),
    anonymous: 401,
    signedIn: TRUST_ONLY,
  },
  {
    method: 'POST',
    url: '/api/policy/trust-settings/template',
    request: async () => ({ payload: { templateId: 'blank' } }),
    anonymous: 401,
    signedIn: TRUST_ONLY,
  },
  { method: 'GET', url: '/api/policy/versions', anonymous: 401, signedIn: 200 },
  {
    method: 'POST',
    url: '/api/policy/versions',
    request: async () => ({ payload: {} }),
    anonymous: 401,
    signedIn: HEAD_OR_TRUST,
  },
  {
    method: 'GET',
    url: '/api/policy/versions/:id',
    request: async (t, s) => ({ url: `/api/policy/versions/${await versionIn(t, s, 'draft')}` }),
    anonymous: 401,
    signedIn: 200,
  },
  {
    method: 'POST',
    url: '/api/policy/versions/:id/refresh',
    request: async (t, s) => ({ url: `/api/policy/versions/${await versionIn(t, s, 'draft')}/refresh` }),
    anonymous: 401,
    signedIn: HEAD_OR_TRUST,
  },
  {
    method: 'POST',
    url: '/api/policy/versions/:id/approve',
    request: async (t, s) => ({
      url: `/api/policy/versions/${await versionIn(t, s, 'draft')}/approve`,
      payload: { approvedOn: '2026-01-15', minuteRef: 'FGB 2026/01 item 4', approverName: 'A. Governor' },
    }),
    anonymous: 401,
    signedIn: { governor: 200, head: 200, trust_admin: 200, other: 403 },
  },
  {
    method: 'POST',
    url: '/api/policy/versions/:id/publish',
    request: async (t, s) => ({ url: `/api/policy/versions/${await versionIn(t, s, 'approved')}/publish` }),
    anonymous: 401,
    signedIn: HEAD_OR_TRUST,
  },
  {
    method: 'GET',
    url: '/api/policy/versions/:id/pdf',
    request: async (t, s) => ({ url: `/api/policy/versions/${await versionIn(t, s, 'draft')}/pdf` }),
    anonymous: 401,
    signedIn: 200,
  },
];
