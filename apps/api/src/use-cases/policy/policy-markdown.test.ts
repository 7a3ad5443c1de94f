// The page and the PDF read a version back from its stored Markdown; this proves nothing is lost on the way,
// for every template and for names full of Markdown's special characters.
import { describe, expect, it } from 'vitest';
import {
  buildPolicyDocument,
  listPolicyTemplates,
  renderPolicyMarkdown,
  type PolicyDocument,
} from '@schoolgate/domain';
import { parsePolicyMarkdown } from './policy-markdown.ts';

const facts = {
  schoolName: "St_Mary's *New* Academy [Upper] #1",
  trustName: 'Riverside <Learning> Trust',
  headteacher: 'Ann Head',
  dsl: 'Dana Lee',
  deputyDsls: ['Omar Patel', 'Jo_Smith'],
  chairOfGovernors: 'Grace Okafor',
  version: '3',
  approvedOn: '2026-03-10',
  reviewDate: '2027-03-10',
};

describe('parsePolicyMarkdown', () => {
  for (const template of listPolicyTemplates()) {
    it(`reads back the ${template.id} document exactly`, () => {
      const document = buildPolicyDocument(template.settings, facts);
      const parsed = parsePolicyMarkdown(renderPolicyMarkdown(document));
      expect(parsed.title).toBe(document.title);
      expect(parsed.details).toEqual(document.details);
      expect(parsed.sections.map(({ heading, blocks }) => ({ heading, blocks }))).toEqual(
        document.sections.map(({ heading, blocks }) => ({ heading, blocks })),
      );
    });
  }
});

describe('parsePolicyMarkdown with the school’s formatting (issue 15)', () => {
  const formatted: PolicyDocument = {
    title: 'Formatted policy',
    details: [{ label: 'Version', value: '4' }],
    sections: [
      {
        id: 'staff',
        heading: 'Staff',
        blocks: [
          { kind: 'subheading', text: '3.1 Harassment' },
          {
            kind: 'paragraph',
            text: 'Staff must never harass a colleague online, and must report it.',
            clauseId: 'staff.harassment',
            status: 'guidance',
            runs: [
              { text: 'Staff ' },
              { text: 'must never', bold: true },
              { text: ' harass a colleague ' },
              { text: 'online', bold: true, italic: true },
              { text: ', and ' },
              { text: 'must report it', italic: true },
              { text: '.' },
            ],
          },
          {
            kind: 'list',
            ordered: true,
            items: ['Tell the head', 'Keep a copy * of it'],
            itemRuns: [[{ text: 'Tell the ' }, { text: 'head', bold: true }], [{ text: 'Keep a copy * of it' }]],
            status: 'recorded',
          },
          { kind: 'list', items: ['one', 'two'] },
          { kind: 'paragraph', text: '2. A paragraph that looks like a list item' },
          { kind: 'paragraph', text: '- and one that looks like a bullet' },
        ],
      },
    ],
  };

  it('keeps runs, numbered lists, sub-headings and clause markers', () => {
    const parsed = parsePolicyMarkdown(renderPolicyMarkdown(formatted));
    expect(parsed.sections.map(({ heading, blocks }) => ({ heading, blocks }))).toEqual(
      formatted.sections.map(({ heading, blocks }) => ({ heading, blocks })),
    );
  });

  it('writes Markdown a reader understands', () => {
    const markdown = renderPolicyMarkdown(formatted);
    expect(markdown).toContain('Staff **must never** harass a colleague ***online***, and *must report it*.');
    expect(markdown).toContain('1. Tell the **head**\n2. Keep a copy \\* of it');
    expect(markdown).toContain('<!-- clause staff.harassment guidance -->');
    expect(markdown).toContain('### 3.1 Harassment');
  });
});
