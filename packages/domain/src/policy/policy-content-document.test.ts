import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { buildPolicyDocument, renderPolicyMarkdown, type PolicyDocumentFacts } from './policy-document.ts';
import { contentSection, generatedClause, writtenClause } from './policy-content-builders.ts';
import type { PolicyContent } from './policy-content.ts';
import { policySettingsFromTemplate } from './templates/index.ts';
import { withPolicyField } from './policy-fields.ts';

const facts: PolicyDocumentFacts = {
  schoolName: 'Hillside Academy',
  trustName: null,
  headteacher: 'Ms Ada Okafor',
  dsl: 'Mr Ben Hale',
  deputyDsls: [],
  chairOfGovernors: null,
  version: '4',
  approvedOn: null,
  reviewDate: '2028-03-24',
};

const content = (overrides: Partial<PolicyContent> = {}): PolicyContent => ({
  sections: [
    contentSection('comments', 'Comments on our accounts', [generatedClause('comments.response-deadline')]),
    contentSection('staff-personal-use', 'Staff on their own accounts', [
      writtenClause('staff.harassment', '### Harassment\n\nStaff **never** use social media to harass anyone.'),
      generatedClause('staff.training'),
    ]),
  ],
  statementOfAcceptance: 'I have read this policy and will follow it.\n\n- I will report misuse to the headteacher.',
  responsiblePerson: { name: 'Mrs A Patel', role: 'Deputy Head' },
  history: [],
  ...overrides,
});

const settings = policySettingsFromTemplate('secondary-accounts-and-roles');

describe('buildPolicyDocument with the school’s content', () => {
  it('keeps the school’s sections and clause order, generating enforced clauses from the settings', () => {
    const document = buildPolicyDocument(settings, facts, content());
    expect(document.sections.map((s) => s.id)).toEqual(['comments', 'staff-personal-use', 'acceptance']);
    const [comments, staff] = document.sections;
    expect(comments?.blocks[0]).toMatchObject({
      kind: 'paragraph',
      clauseId: 'comments.response-deadline',
      status: 'enforced',
    });
    expect(comments?.blocks[0]?.kind === 'paragraph' && comments.blocks[0].text).toContain('within 48 hours');
    expect(staff?.blocks.map((b) => [b.kind, b.clauseId, b.status])).toEqual([
      ['subheading', 'staff.harassment', 'guidance'],
      ['paragraph', 'staff.harassment', 'guidance'],
      ['paragraph', 'staff.training', 'enforced'],
    ]);
  });

  it('an enforced clause follows the settings: the document cannot disagree with the system', () => {
    const changed = withPolicyField(settings, 'response.hours', 24);
    const markdown = renderPolicyMarkdown(buildPolicyDocument(changed, facts, content()));
    expect(markdown).toContain('within 24 hours');
  });

  it('names the person responsible on the cover, or the role alone while the name is a placeholder', () => {
    const named = buildPolicyDocument(settings, facts, content());
    expect(named.details).toContainEqual({ label: 'Responsible for this policy', value: 'Mrs A Patel, Deputy Head' });
    const placeholder = buildPolicyDocument(
      settings,
      facts,
      content({ responsiblePerson: { name: '', role: 'Headteacher' } }),
    );
    expect(placeholder.details).toContainEqual({ label: 'Responsible for this policy', value: 'Headteacher' });
    const none = buildPolicyDocument(settings, facts, content({ responsiblePerson: null }));
    expect(none.details.map((d) => d.label)).not.toContain('Responsible for this policy');
  });

  it('prints the Statement of Acceptance in its own section, or in the acceptance section when there is one', () => {
    const own = buildPolicyDocument(settings, facts, content()).sections.at(-1);
    expect(own).toMatchObject({ id: 'acceptance', heading: 'Statement of Acceptance' });
    expect(own?.blocks.map((b) => [b.kind, b.clauseId, b.status])).toEqual([
      ['paragraph', 'acceptance.statement', 'recorded'],
      ['list', 'acceptance.statement', 'recorded'],
    ]);
    const withSection = content({
      sections: [
        ...content().sections,
        contentSection('acceptance', 'Appendix 1: Statement of Acceptance', [
          writtenClause('acceptance.how-to-sign', 'Every member of staff signs in Schoolgate.', 'signatures'),
        ]),
      ],
    });
    const sections = buildPolicyDocument(settings, facts, withSection).sections;
    expect(sections.filter((s) => s.id === 'acceptance')).toHaveLength(1);
    expect(sections.at(-1)?.blocks.map((b) => b.clauseId)).toEqual([
      'acceptance.how-to-sign',
      'acceptance.statement',
      'acceptance.statement',
    ]);
  });

  it('appends the version history when there is one', () => {
    const document = buildPolicyDocument(
      settings,
      facts,
      content({
        history: [
          { version: '0.1', date: '2018-09-01', author: 'FS', reason: 'New policy' },
          { version: '0.2', date: '2021-09-01', author: 'FS', reason: 'Review' },
        ],
      }),
    );
    expect(document.sections.at(-1)).toEqual({
      id: 'history',
      heading: 'Version history',
      blocks: [
        {
          kind: 'list',
          items: ['Version 0.1, 1 September 2018, FS: New policy', 'Version 0.2, 1 September 2021, FS: Review'],
        },
      ],
    });
    expect(buildPolicyDocument(settings, facts, content()).sections.map((s) => s.id)).not.toContain('history');
  });

  it('renders the new block kinds as Markdown, formatting as ** with the words escaped', () => {
    const markdown = renderPolicyMarkdown(
      buildPolicyDocument(
        settings,
        facts,
        content({
          sections: [
            contentSection('rules', 'Rules', [
              writtenClause('rules.list', '1. **First** rule\n2. Second \\*rule\\*\n\n### Names\n\nSt\\_Mary'),
            ]),
          ],
        }),
      ),
    );
    expect(markdown).toContain('\n1. **First** rule\n2. Second \\*rule\\*\n');
    expect(markdown).toContain('\n### Names\n');
    expect(markdown).toContain('\nSt\\_Mary\n');
  });

  it('refuses content whose words do not parse, naming the clause and line', () => {
    const bad = content({
      sections: [contentSection('x', 'X', [writtenClause('x.bad', 'fine\n<script>')])],
    });
    expect(() => buildPolicyDocument(settings, facts, bad)).toThrow(AppError);
    try {
      buildPolicyDocument(settings, facts, bad);
    } catch (error) {
      expect((error as AppError).message).toContain('x.bad');
    }
  });

  it('without content, the document is the fixed sections it always was', () => {
    const document = buildPolicyDocument(settings, facts);
    expect(document.sections.map((s) => s.id)).toContain('about');
    expect(JSON.stringify(document)).not.toContain('clauseId');
  });
});
