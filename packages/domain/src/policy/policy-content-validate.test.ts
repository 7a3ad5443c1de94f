import { describe, expect, it } from 'vitest';
import { contentSection, generatedClause, writtenClause } from './policy-content-builders.ts';
import type { PolicyClause, PolicyContent } from './policy-content.ts';
import { validatePolicyContent } from './policy-content-validate.ts';

const content = (overrides: Partial<PolicyContent> = {}): PolicyContent => ({
  sections: [
    contentSection('comments', 'Comments', [generatedClause('comments.moderation')]),
    contentSection('staff', 'Staff', [writtenClause('staff.privacy', 'Keep your settings private.')]),
  ],
  statementOfAcceptance: 'I will follow this policy.',
  responsiblePerson: null,
  history: [],
  ...overrides,
});
const withClause = (clause: PolicyClause) =>
  content({ sections: [contentSection('staff', 'Staff', [writtenClause('staff.privacy', 'Fine.'), clause])] });
const messages = (c: PolicyContent) => validatePolicyContent(c).map((p) => p.message);

describe('validatePolicyContent', () => {
  it('accepts well-formed content', () => {
    expect(validatePolicyContent(content())).toEqual([]);
  });

  it('refuses duplicate section and clause ids, and ids that are not lower-case words', () => {
    const twice = content({
      sections: [
        contentSection('staff', 'Staff', [writtenClause('staff.a', 'One.')]),
        contentSection('staff', 'Staff again', [writtenClause('staff.a', 'Two.'), writtenClause('Staff A', 'Three.')]),
      ],
    });
    expect(messages(twice)).toEqual(
      expect.arrayContaining([
        'Two sections have the id "staff".',
        'Two clauses have the id "staff.a".',
        'A clause id is lower-case letters and digits joined by dots or hyphens.',
      ]),
    );
  });

  it('names the clause and the line of Markdown that does not parse', () => {
    const problems = validatePolicyContent(withClause(writtenClause('staff.link', 'Fine\n[see](http://x)')));
    expect(problems).toEqual([
      expect.objectContaining({
        sectionId: 'staff',
        clauseId: 'staff.link',
        line: 2,
        message: expect.stringMatching(/Links/),
      }),
    ]);
  });

  it('an enforced clause must be generated, and a generated one must be known and keep its status and rule', () => {
    const written: PolicyClause = { ...writtenClause('staff.rule', 'We enforce this.'), status: 'enforced', rule: 'x' };
    expect(messages(withClause(written))).toContainEqual(
      expect.stringMatching(/written by Schoolgate from the settings/),
    );
    const unknown: PolicyClause = { ...writtenClause('staff.mystery', 'x'), markdown: null };
    expect(messages(withClause(unknown))).toContainEqual(expect.stringMatching(/Schoolgate writes none/));
    const demoted: PolicyClause = { ...generatedClause('staff.two-factor'), status: 'guidance', rule: null };
    expect(messages(withClause(demoted))).toContainEqual(expect.stringMatching(/status and rule cannot change/));
  });

  it('a recorded clause says what Schoolgate records', () => {
    const recorded: PolicyClause = { ...writtenClause('staff.kept', 'We keep it.'), status: 'recorded', rule: '' };
    expect(messages(withClause(recorded))).toContain('Say what Schoolgate records for this clause.');
  });

  it('needs a Statement of Acceptance in the allowed Markdown', () => {
    expect(messages(content({ statementOfAcceptance: ' ' }))).toContain('Write the Statement of Acceptance.');
    expect(validatePolicyContent(content({ statementOfAcceptance: 'I agree\n\n<b>x</b>' }))[0]).toMatchObject({
      clauseId: 'acceptance.statement',
      line: 3,
    });
  });

  it('checks the sections, the person responsible and the history rows', () => {
    expect(messages(content({ sections: [] }))).toContain('The policy has no sections.');
    expect(messages(content({ sections: [contentSection('staff', ' ', [])] }))).toContain(
      'The section has no heading.',
    );
    expect(messages(content({ responsiblePerson: { name: 'A Patel', role: '' } }))).toContain(
      'Give the role of the person responsible.',
    );
    const history = [{ version: '0.1', date: '9/2018' as never, author: '', reason: 'New policy' }];
    expect(messages(content({ history }))).toEqual([
      'Version history row 1: the date must be written YYYY-MM-DD.',
      'Version history row 1: the author is one line of 1 to 200 characters.',
    ]);
  });

  it('keeps the reserved ids for Schoolgate', () => {
    expect(messages(withClause(writtenClause('acceptance.statement', 'x')))).toContain(
      'This id is kept for the Statement of Acceptance.',
    );
    expect(messages(content({ sections: [contentSection('history', 'History', [])] }))).toContain(
      'The version history section is added by Schoolgate.',
    );
  });
});
