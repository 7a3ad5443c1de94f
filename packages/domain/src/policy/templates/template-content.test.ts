import { describe, expect, it } from 'vitest';
import { buildPolicyDocument, renderPolicyMarkdown, type PolicyDocumentFacts } from '../policy-document.ts';
import { validatePolicyContent } from '../policy-content-validate.ts';
import { WRITTEN_CLAUSES } from '../clause-library/index.ts';
import { listPolicyTemplates, policyContentFromTemplate, POLICY_TEMPLATE_IDS } from './index.ts';

const facts: PolicyDocumentFacts = {
  schoolName: 'Hillside Academy',
  trustName: 'Northfield Learning Trust',
  headteacher: 'Ms Ada Okafor',
  dsl: 'Mr Ben Hale',
  deputyDsls: ['Mrs Cara Lind'],
  chairOfGovernors: 'Dr Eve Marsh',
  version: '1',
  approvedOn: '2026-03-24',
  reviewDate: '2027-03-24',
};

describe('each template’s default content', () => {
  it.each(POLICY_TEMPLATE_IDS)('%s is valid, has a staff section and a statement, and renders', (id) => {
    const content = policyContentFromTemplate(id);
    expect(validatePolicyContent(content)).toEqual([]);
    expect(content.sections.map((s) => s.id)).toContain('staff');
    expect(content.statementOfAcceptance).toMatch(/keep to it/);
    const template = listPolicyTemplates().find((t) => t.id === id);
    const document = buildPolicyDocument(template!.settings, facts, content);
    const markdown = renderPolicyMarkdown(document);
    expect(markdown).not.toMatch(/undefined|null|NaN|\[object/);
    for (const section of document.sections)
      for (const block of section.blocks) if (block.kind === 'list') expect(block.items.length).toBeGreaterThan(0);
  });

  it('the templates modelled on seeds with a Statement of Acceptance ask staff to report misuse and warn of discipline', () => {
    for (const id of ['primary-staff-conduct', 'multi-academy-trust', 'secondary-accounts-and-roles'] as const) {
      const statement = policyContentFromTemplate(id).statementOfAcceptance;
      expect(statement, id).toMatch(/report/);
      expect(statement, id).toMatch(/disciplinary action/);
    }
  });

  it('hands out copies: changing one does not change the template', () => {
    const copy = policyContentFromTemplate('blank') as unknown as { sections: unknown[] };
    copy.sections.length = 0;
    expect(policyContentFromTemplate('blank').sections.length).toBeGreaterThan(0);
  });

  it('every written clause in the library is used by at least one template', () => {
    const used = new Set(
      POLICY_TEMPLATE_IDS.flatMap((id) =>
        policyContentFromTemplate(id).sections.flatMap((s) => s.clauses.map((c) => c.id)),
      ),
    );
    expect(Object.keys(WRITTEN_CLAUSES).filter((id) => !used.has(id))).toEqual([]);
  });
});
