// The governors' PDF: a real PDF file, holding the school's own figures and page numbers.
import { describe, expect, it } from 'vitest';
import { buildPolicyDocument, policySettingsFromTemplate, withPolicyField } from '@schoolgate/domain';
import { renderPolicyPdf } from './policy-pdf.ts';

const settings = withPolicyField(policySettingsFromTemplate('multi-academy-trust'), 'response.hours', 24);
const document = buildPolicyDocument(settings, {
  schoolName: 'Hillside Primary',
  trustName: 'Riverside Learning Trust',
  headteacher: 'Ann Head',
  dsl: 'Dana Lee',
  deputyDsls: ['Omar Patel'],
  chairOfGovernors: null,
  version: '1',
  approvedOn: '2026-03-10',
  reviewDate: '2027-03-10',
});

describe('renderPolicyPdf', () => {
  it("writes a PDF with the school's deadline, its title page details and page numbers", async () => {
    const pdf = await renderPolicyPdf(
      { document, statusLabel: 'Published: the policy in force', contentHash: 'a'.repeat(64) },
      { compress: false },
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Uncompressed, pdfkit writes each line of text as hex-encoded glyphs in a TJ operator; decode them all.
    const text = [...pdf.toString('latin1').matchAll(/<([0-9a-f]+)>/g)]
      .map((m) => Buffer.from(m[1]!, 'hex').toString('latin1'))
      .join('');
    expect(text).toContain('within 24 hours');
    expect(text).toContain('Hillside Primary');
    expect(text).toContain('Dana Lee');
    expect(text).toMatch(/Page 1 of \d+/);
  });
});
