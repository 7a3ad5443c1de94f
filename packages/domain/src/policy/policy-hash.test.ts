import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashPolicyVersion, policyVersionContent } from './policy-hash.ts';
import { renderPolicyDocument, type PolicyDocumentFacts } from './policy-document.ts';
import { policySettingsFromTemplate } from './templates/index.ts';
import { assertSchoolPolicy, overridesBetween } from './policy-inheritance.ts';
import { withPolicyField } from './policy-fields.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const facts: PolicyDocumentFacts = {
  schoolName: 'Hillside Academy',
  trustName: null,
  headteacher: 'Ms Ada Okafor',
  dsl: 'Mr Ben Hale',
  deputyDsls: [],
  chairOfGovernors: null,
  version: '1',
  approvedOn: '2026-03-24',
  reviewDate: '2027-03-24',
};

describe('policy version hash', () => {
  const settings = policySettingsFromTemplate('community-primary-parents-ladder');
  const markdown = renderPolicyDocument(settings, facts);

  it('canonical JSON sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x' }, skip: undefined })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/non-finite/);
  });

  it('is the SHA-256 of the canonical content', () => {
    const hash = hashPolicyVersion(settings, markdown, sha256);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(sha256(policyVersionContent(settings, markdown)));
  });

  it('the same policy reached by another route hashes the same', () => {
    const trust = policySettingsFromTemplate('secondary-accounts-and-roles');
    // Stored as a trust default plus overrides, with the platforms typed in another order.
    const overrides = { ...overridesBetween(trust, settings), platforms: ['x', 'instagram', 'facebook'] };
    const viaTrust = assertSchoolPolicy(trust, overrides);
    expect(hashPolicyVersion(viaTrust.settings, markdown, sha256)).toBe(hashPolicyVersion(settings, markdown, sha256));
  });

  it('changes when a figure or a word changes', () => {
    const base = hashPolicyVersion(settings, markdown, sha256);
    expect(hashPolicyVersion(withPolicyField(settings, 'response.hours', 48), markdown, sha256)).not.toBe(base);
    expect(hashPolicyVersion(settings, markdown.replace('24 hours', '25 hours'), sha256)).not.toBe(base);
  });

  it('covers the school’s words: the same settings and text with other content hash differently', () => {
    const content = {
      sections: [],
      statementOfAcceptance: 'I have read the policy and will follow it.',
      responsiblePerson: { name: 'Mrs A Patel', role: 'Deputy Head' },
      history: [],
    };
    const withContent = hashPolicyVersion(settings, markdown, sha256, content);
    expect(withContent).not.toBe(hashPolicyVersion(settings, markdown, sha256));
    expect(withContent).toBe(sha256(policyVersionContent(settings, markdown, content)));
    const otherStatement = { ...content, statementOfAcceptance: 'I have read it.' };
    expect(hashPolicyVersion(settings, markdown, sha256, otherStatement)).not.toBe(withContent);
    const otherPerson = { ...content, responsiblePerson: null };
    expect(hashPolicyVersion(settings, markdown, sha256, otherPerson)).not.toBe(withContent);
  });

  it('refuses a hash function that does not return hex SHA-256', () => {
    expect(() => hashPolicyVersion(settings, markdown, () => 'abc')).toThrow(/64 lowercase hex/);
  });
});
