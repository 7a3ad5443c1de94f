// Permission matrix rows for data protection (issue 13): the head and the trust team only; everyone else 403.
import { dataProtectionRepository } from '@schoolgate/db';
import { aComment } from '../../testing/concern-fixtures.ts';
import type { TestApp } from '../../testing/test-app.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';

const HEAD_AND_TRUST = { head: 200, trust_admin: 200, other: 403 };
const CREATED = { head: 201, trust_admin: 201, other: 403 };

const aHold = async (t: TestApp, s: MatrixSchool) => {
  const { commentId } = await aComment(t, s);
  const [placer] = await t.ctx.db.query.users.findMany({ limit: 1 });
  return dataProtectionRepository.placeHold(
    t.ctx.db,
    { schoolId: s.id, subjectKind: 'comment', subjectId: commentId, reason: 'A claim', placedBy: placer!.id },
    new Date(),
  );
};

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: '/api/data-protection/retention', anonymous: 401, signedIn: HEAD_AND_TRUST },
  { method: 'GET', url: '/api/data-protection/holds', anonymous: 401, signedIn: HEAD_AND_TRUST },
  {
    method: 'POST',
    url: '/api/data-protection/holds',
    request: async (t, s) => ({
      payload: { subjectKind: 'comment', subjectId: (await aComment(t, s)).commentId, reason: 'A claim' },
    }),
    anonymous: 401,
    signedIn: CREATED,
  },
  {
    method: 'POST',
    url: '/api/data-protection/holds/:id/lift',
    request: async (t, s) => ({ url: `/api/data-protection/holds/${(await aHold(t, s)).id}/lift` }),
    anonymous: 401,
    signedIn: HEAD_AND_TRUST,
  },
  {
    method: 'GET',
    url: '/api/data-protection/subjects',
    request: async () => ({ url: '/api/data-protection/subjects?kind=author&q=Parent' }),
    anonymous: 401,
    signedIn: HEAD_AND_TRUST,
  },
  {
    method: 'POST',
    url: '/api/data-protection/subject-access',
    request: async (t, s) => ({ payload: { kind: 'author', id: (await aComment(t, s)).authorId } }),
    anonymous: 401,
    signedIn: HEAD_AND_TRUST,
  },
  {
    method: 'POST',
    url: '/api/data-protection/erasure',
    request: async (t, s) => ({ payload: { kind: 'author', id: (await aComment(t, s)).authorId } }),
    anonymous: 401,
    signedIn: HEAD_AND_TRUST,
  },
];
