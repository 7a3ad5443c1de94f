import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isLibraryClauseId } from '../clause-library/index.ts';
import { ACCEPTANCE_CLAUSE_ID } from '../policy-content-document.ts';
import { policyContentFromTemplate } from './index.ts';
import { SEED_COVERAGE } from './seed-coverage.ts';
import { clauseIn, withSeedCoverage } from './seed-coverage-doc.ts';

const DOC = fileURLToPath(new URL('../../../../../docs/policy-templates.md', import.meta.url));

describe('every clause of each seed is in its template, with what Schoolgate does about it', () => {
  for (const [templateId, clauses] of Object.entries(SEED_COVERAGE)) {
    describe(templateId, () => {
      const content = policyContentFromTemplate(templateId as keyof typeof SEED_COVERAGE);
      it.each(clauses.map((c) => [c.clauseId, c.status, c.meaning] as const))('%s (%s): %s', (clauseId, status) => {
        const clause = clauseIn(content, clauseId);
        expect(clause, `${clauseId} is missing from ${templateId}`).not.toBeNull();
        expect(clause?.status).toBe(status);
        if (clauseId !== ACCEPTANCE_CLAUSE_ID) expect(isLibraryClauseId(clauseId)).toBe(true);
      });
    });
  }

  it('docs/policy-templates.md shows the coverage tables as the code has them (UPDATE_POLICY_DOCS=1 rewrites)', () => {
    const current = readFileSync(DOC, 'utf8');
    const wanted = withSeedCoverage(current);
    if (process.env['UPDATE_POLICY_DOCS'] === '1') writeFileSync(DOC, wanted);
    else expect(current).toBe(wanted);
  });
});
