// Permission matrix rows for the policy's Word file and its imported version history (issue 15): the Word file is
// read like the PDF, by everyone the policy binds; the history is read by the same people and changed only by those
// who change the policy (the head and the trust team). Rows make the version or history row each call needs.
import { policyHistoryRepository, policyVersionsRepository } from '@schoolgate/db';
import { policySettingsFromTemplate } from '@schoolgate/domain';
import type { TestApp } from '../../testing/test-app.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';

const HEAD_OR_TRUST = { head: 200, trust_admin: 200, other: 403 } as const;
const ROW = { version: '0.1', date: '2018-03-12', author: 'A. Author', reason: 'First policy' };

const publishedVersion = async (t: TestApp, school: MatrixSchool) => {
  const existing = await policyVersionsRepository.findByStatus(t.ctx.db, school.id, 'published');
  if (existing) return existing.id;
  const version = await policyVersionsRepository.insert(t.ctx.db, {
    schoolId: school.id,
    number: await policyVersionsRepository.nextNumber(t.ctx.db, school.id),
    status: 'published',
    settings: policySettingsFromTemplate('blank') as unknown as Record<string, unknown>,
    documentMarkdown: '# Matrix policy\n\n## Purpose\n\nA **bold** start.\n',
    contentHash: '0'.repeat(64),
    approvedOn: '2026-01-15',
    createdAt: new Date('2026-01-05T09:00:00Z'),
  });
  return version.id;
};

const historyRow = async (t: TestApp, school: MatrixSchool) => {
  const [user] = await t.ctx.db.query.users.findMany({ limit: 1 });
  const [row] = await policyHistoryRepository.insertMany(t.ctx.db, school.id, user!.id, [ROW], new Date());
  return row!.id;
};

export const ENDPOINTS: Endpoint[] = [
  {
    method: 'GET',
    url: '/api/policy/versions/:id/docx',
    request: async (t, s) => ({ url: `/api/policy/versions/${await publishedVersion(t, s)}/docx` }),
    anonymous: 401,
    signedIn: 200,
  },
  { method: 'GET', url: '/api/policy/history', anonymous: 401, signedIn: 200 },
  {
    method: 'POST',
    url: '/api/policy/history',
    request: async () => ({ payload: ROW }),
    anonymous: 401,
    signedIn: HEAD_OR_TRUST,
  },
  {
    method: 'POST',
    url: '/api/policy/history/import',
    request: async () => ({
      payload: { csv: 'Version,Date,Author,Reason\n0.2,2019-09-01,B. Author,Review', confirm: true },
    }),
    anonymous: 401,
    signedIn: HEAD_OR_TRUST,
  },
  {
    method: 'PATCH',
    url: '/api/policy/history/:id',
    request: async (t, s) => ({ url: `/api/policy/history/${await historyRow(t, s)}`, payload: ROW }),
    anonymous: 401,
    signedIn: HEAD_OR_TRUST,
  },
  {
    method: 'DELETE',
    url: '/api/policy/history/:id',
    request: async (t, s) => ({ url: `/api/policy/history/${await historyRow(t, s)}` }),
    anonymous: 401,
    signedIn: HEAD_OR_TRUST,
  },
];
