// Permission matrix rows for the policy's words (issue 15): everyone the policy binds reads a version's words; the
// head (and the trust team) change the open draft's; only the trust team reads and changes the trust's words;
// anyone signed in may preview words in the allowed Markdown (it writes nothing).
import { policyVersionsRepository } from '@schoolgate/db';
import { policySettingsFromTemplate } from '@schoolgate/domain';
import type { TestApp } from '../../testing/test-app.ts';
import { loadTrustContent } from '../../use-cases/policy/policy-content-source.ts';
import type { Endpoint, MatrixSchool } from './matrix-types.ts';

const HEAD_OR_TRUST = { head: 200, trust_admin: 200, other: 403 } as const;
const TRUST_ONLY = { trust_admin: 200, other: 403 } as const;

/** A fresh open draft with no stored words (it reads as its template's), set up like policy.matrix.ts's. */
const draft = async (t: TestApp, school: MatrixSchool) => {
  const open = await policyVersionsRepository.findByStatus(t.ctx.db, school.id, 'draft');
  if (open) await policyVersionsRepository.update(t.ctx.db, school.id, open.id, { status: 'superseded' });
  const version = await policyVersionsRepository.insert(t.ctx.db, {
    schoolId: school.id,
    number: await policyVersionsRepository.nextNumber(t.ctx.db, school.id),
    status: 'draft',
    settings: policySettingsFromTemplate('blank') as unknown as Record<string, unknown>,
    documentMarkdown: '# Matrix policy\n',
    contentHash: '0'.repeat(64),
  });
  return version.id;
};

/** The template's words sent back unchanged, with a statement and a person: a change every editor may make. */
const unchangedWords = async (t: TestApp, school: MatrixSchool) => {
  const { content } = await loadTrustContent(t.ctx.db, school.trustId);
  return {
    sections: content.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      clauses: s.clauses.map((c) => ({ id: c.id, markdown: c.markdown })),
    })),
    statementOfAcceptance: 'I have read the policy and I will follow it.',
    responsiblePerson: { name: 'Matrix Person', role: 'Deputy Headteacher' },
  };
};

export const ENDPOINTS: Endpoint[] = [
  {
    method: 'GET',
    url: '/api/policy/versions/:id/content',
    request: async (t, s) => ({ url: `/api/policy/versions/${await draft(t, s)}/content` }),
    anonymous: 401,
    signedIn: 200,
  },
  {
    method: 'PUT',
    url: '/api/policy/versions/:id/content',
    request: async (t, s) => {
      const url = `/api/policy/versions/${await draft(t, s)}/content`;
      return { url, payload: await unchangedWords(t, s) };
    },
    anonymous: 401,
    signedIn: HEAD_OR_TRUST,
  },
  { method: 'GET', url: '/api/policy/trust-content', anonymous: 401, signedIn: TRUST_ONLY },
  {
    method: 'PUT',
    url: '/api/policy/trust-content',
    request: async (t, s) => ({ payload: await unchangedWords(t, s) }),
    anonymous: 401,
    signedIn: TRUST_ONLY,
  },
  {
    method: 'POST',
    url: '/api/policy/markdown-preview',
    request: async () => ({ payload: { markdown: 'Staff **never** share passwords.' } }),
    anonymous: 401,
    signedIn: 200,
  },
];
