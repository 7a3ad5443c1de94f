import { describe, expect, it } from 'vitest';
import { parsePolicyContent } from './policy-content.schema.ts';
import { policyContentFromTemplate } from './templates/index.ts';

describe('parsePolicyContent', () => {
  it('accepts every template’s content after a trip through JSON', () => {
    const content = policyContentFromTemplate('multi-academy-trust');
    expect(parsePolicyContent(JSON.parse(JSON.stringify(content)))).toEqual({ ok: true, content });
  });

  it('refuses a wrong shape, naming the field', () => {
    const result = parsePolicyContent({ sections: [{ id: 'x' }], statementOfAcceptance: 'I agree.', history: [] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.message).join(' ')).toMatch(/sections\.0\.heading|responsiblePerson/);
  });

  it('refuses well-shaped content that does not validate', () => {
    const content = { ...policyContentFromTemplate('blank'), statementOfAcceptance: '<b>sign</b>' };
    const result = parsePolicyContent(content);
    expect(result.ok).toBe(false);
  });
});
