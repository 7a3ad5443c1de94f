// The clause-by-clause tables of docs/policy-templates.md, made from SEED_COVERAGE and the templates' content, so
// the document says exactly what the code holds (seed-coverage.test.ts compares them; UPDATE_POLICY_DOCS=1 writes).
import { ACCEPTANCE_CLAUSE_ID } from '../policy-content-document.ts';
import type { PolicyClause, PolicyContent } from '../policy-content.ts';
import { listPolicyTemplates, policyContentFromTemplate } from './index.ts';
import { SEED_COVERAGE } from './seed-coverage.ts';

export const COVERAGE_START = '<!-- seed-coverage:start (generated from templates/seed-coverage.ts) -->';
export const COVERAGE_END = '<!-- seed-coverage:end -->';

const STATEMENT: Pick<PolicyClause, 'status' | 'rule'> = {
  status: 'recorded',
  rule: 'who has signed each version, and when',
};

export function clauseIn(content: PolicyContent, id: string): Pick<PolicyClause, 'status' | 'rule'> | null {
  if (id === ACCEPTANCE_CLAUSE_ID) return content.statementOfAcceptance.trim() ? STATEMENT : null;
  for (const section of content.sections) for (const clause of section.clauses) if (clause.id === id) return clause;
  return null;
}

export function whatSchoolgateDoes(clause: Pick<PolicyClause, 'status' | 'rule'>): string {
  if (clause.status === 'enforced') return `**Enforced**: ${clause.rule}`;
  if (clause.status === 'recorded') return `Recorded: ${clause.rule}`;
  return 'Guidance: people follow it; Schoolgate does not check it';
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function renderSeedCoverage(): string {
  const out: string[] = [COVERAGE_START];
  for (const template of listPolicyTemplates()) {
    const content = policyContentFromTemplate(template.id);
    out.push(
      '',
      `### ${template.name} (\`${template.id}\`${template.modelledOn ? `, seed ${template.modelledOn}` : ''})`,
      '',
    );
    out.push(`Sections: ${content.sections.map((s) => s.heading).join('; ')}.`, '');
    if (template.id === 'blank') {
      out.push('No seed. Its clauses:', '', '| clause | what Schoolgate does now |', '| --- | --- |');
      for (const section of content.sections)
        for (const clause of section.clauses) out.push(`| \`${clause.id}\` | ${cell(whatSchoolgateDoes(clause))} |`);
      continue;
    }
    out.push('| seed | what it says (our words) | clause | what Schoolgate does now |', '| --- | --- | --- | --- |');
    for (const row of SEED_COVERAGE[template.id]) {
      const clause = clauseIn(content, row.clauseId) ?? { status: row.status, rule: '(missing)' };
      out.push(
        `| ${cell(row.seed)} | ${cell(row.meaning)} | \`${row.clauseId}\` | ${cell(whatSchoolgateDoes(clause))} |`,
      );
    }
  }
  out.push('', COVERAGE_END);
  return out.join('\n');
}

/** The document with its generated part replaced (or appended, the first time). */
export function withSeedCoverage(document: string): string {
  const start = document.indexOf(COVERAGE_START);
  const end = document.indexOf(COVERAGE_END);
  if (start < 0 || end < 0) return `${document.trimEnd()}\n\n${renderSeedCoverage()}\n`;
  return `${document.slice(0, start)}${renderSeedCoverage()}${document.slice(end + COVERAGE_END.length)}`;
}
