// The page and the PDF read a version back from its stored Markdown; this proves nothing is lost on the way,
// for every template and for names full of Markdown's special characters.
import { describe, expect, it } from 'vitest';
import { buildPolicyDocument, listPolicyTemplates, renderPolicyMarkdown } from '@schoolgate/domain';
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
