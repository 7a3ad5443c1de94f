// The governors' PDF: a real PDF file, holding the school's own figures and page numbers, with every name printed
// as written, whatever its alphabet.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildPolicyDocument, policySettingsFromTemplate, withPolicyField } from '@schoolgate/domain';
import { readPdf } from '../testing/pdf-contents.ts';
import { PDF_FONT_FILES } from './pdf-fonts.ts';
import { renderPolicyPdf } from './policy-pdf.ts';

// fontkit is what pdfkit itself reads fonts with; taken from pdfkit's own dependencies.
interface Glyph {
  path: { commands: unknown[] };
}
interface Font {
  hasGlyphForCodePoint(codePoint: number): boolean;
  getGlyph(id: number): Glyph;
}
const require = createRequire(import.meta.url);
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as {
  openSync(path: string): Font;
  create(data: Buffer): Font;
};

const settings = withPolicyField(policySettingsFromTemplate('multi-academy-trust'), 'response.hours', 24);
const facts = {
  schoolName: 'Hillside Primary',
  trustName: 'Riverside Learning Trust',
  headteacher: 'Ann Head',
  dsl: 'Dana Lee',
  deputyDsls: ['Omar Patel'],
  chairOfGovernors: null,
  version: '1',
  approvedOn: '2026-03-10',
  reviewDate: '2027-03-10',
};
const render = (document = buildPolicyDocument(settings, facts), compress = false) =>
  renderPolicyPdf(
    { document, statusLabel: 'Published: the policy in force', contentHash: 'a'.repeat(64) },
    { compress },
  );

// Names from schools' staff lists that Helvetica could not print: Polish, Vietnamese, Japanese in Hepburn
// romanisation, Turkish, Serbian Latin, Russian, Greek; and one Western European name that always worked.
const NAMES = {
  schoolName: 'Szkoła Podstawowa im. Łucji Żak',
  trustName: 'Ōtsuka Şahin Learning Trust',
  headteacher: 'Nguyễn Thị Hồng Nhung',
  dsl: 'Ольга Сергеевна Лебедева',
  deputyDsls: ['Đorđe Petrović', 'Zoë Brontë', 'Αλέξανδρος Παπαδόπουλος'],
  chairOfGovernors: 'Łucja Wiśniewska',
};
const allNames = [NAMES.schoolName, NAMES.trustName, NAMES.headteacher, NAMES.dsl, ...NAMES.deputyDsls];

describe('renderPolicyPdf', () => {
  it("writes a PDF with the school's deadline, its title page details and page numbers", async () => {
    const pdf = await render();
    const { text } = readPdf(pdf);
    expect(text).toContain('within 24 hours');
    expect(text).toContain('Hillside Primary');
    expect(text).toContain('Dana Lee');
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('is a whole PDF a reader can open: header, cross-reference table, end marker, every page it declares', async () => {
    const pdf = await render();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const tail = pdf.subarray(-64).toString('latin1');
    expect(tail.trimEnd().endsWith('%%EOF')).toBe(true);
    const xrefAt = Number(/startxref\s+(\d+)/.exec(tail)?.[1]);
    expect(pdf.subarray(xrefAt, xrefAt + 4).toString('latin1')).toBe('xref');
    const { pages, pagesDeclared } = readPdf(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pagesDeclared).toBe(pages);
  });

  it('prints names in any Latin script, Greek and Cyrillic as written, each letter drawn by the embedded font', async () => {
    const pdf = await render(buildPolicyDocument(settings, { ...facts, ...NAMES }));
    const { text, glyphs, fonts } = readPdf(pdf);
    // What a reader copies out of the PDF is the name itself, letter for letter.
    for (const name of [...allNames, NAMES.chairOfGovernors]) expect(text).toContain(name);
    // ...and the letters those names share with ordinary words still read as themselves ("Thị" leaves "i" alone).
    expect(text).toContain('within 24 hours');
    expect(text).toContain('Designated safeguarding lead');

    // Every letter of those names is drawn from an embedded font, with a real outline (not the empty box a font
    // draws for a character it lacks).
    const letters = new Set([...allNames.join('')].filter((c) => c.trim() !== ''));
    const subsets = new Map(fonts.filter((f) => f.embedded).map((f) => [f, fontkit.create(f.embedded!)]));
    for (const letter of letters) {
      const drawn = glyphs.filter((g) => g.text === letter && g.font.embedded);
      expect(drawn.length, `${letter} is never drawn in an embedded font`).toBeGreaterThan(0);
      for (const glyph of drawn) {
        expect(glyph.code, `${letter} is drawn as the missing-glyph box`).not.toBe(0);
        expect(
          subsets.get(glyph.font)!.getGlyph(glyph.code).path.commands.length,
          `${letter} has no outline`,
        ).toBeGreaterThan(0);
      }
    }
    // The only font readers supply themselves is Courier, for the fingerprint's hexadecimal digits.
    const builtIn = glyphs.filter((g) => !g.font.embedded);
    expect(new Set(builtIn.map((g) => g.font.baseFont))).toEqual(new Set(['Courier']));
    expect(builtIn.map((g) => g.text).join('')).toMatch(/^[0-9a-f]+$/);
  });

  it('embeds fonts covering Latin Extended-A and -B, Vietnamese, Greek and Cyrillic letters', () => {
    const blocks: Array<[string, number, number]> = [
      ['Latin Extended-A', 0x0100, 0x017f],
      ['Latin Extended-B', 0x0180, 0x024f],
      ['Latin Extended Additional', 0x1e00, 0x1eff],
      // Greek letters and accents; the Coptic letters sharing the block (U+03E2-03EF) are not for names.
      ['Greek', 0x0384, 0x03e1],
      ['Cyrillic', 0x0400, 0x04ff],
    ];
    for (const file of Object.values(PDF_FONT_FILES)) {
      const font = fontkit.openSync(file);
      for (const [block, first, last] of blocks) {
        const missing: string[] = [];
        for (let code = first; code <= last; code++) {
          const char = String.fromCodePoint(code);
          if (!/\p{Cn}/u.test(char) && !font.hasGlyphForCodePoint(code)) missing.push(`U+${code.toString(16)}`);
        }
        expect(missing, `${block} in ${file}`).toEqual([]);
      }
    }
  });

  it('stays small: only the glyphs the document uses are embedded', async () => {
    const pdf = await render(buildPolicyDocument(settings, { ...facts, ...NAMES }), true);
    // Each whole font file is over 600 KB; the subsets of two faces take a few tens.
    expect(pdf.length).toBeLessThan(120_000);
  });
});

describe('renderPolicyPdf with the school’s formatting and history (issue 15)', () => {
  it('draws runs in bold and italic faces, numbered items, sub-headings and the version history', async () => {
    const base = buildPolicyDocument(settings, facts);
    const document = {
      ...base,
      sections: [
        {
          id: 'staff',
          heading: 'Staff',
          blocks: [
            { kind: 'subheading' as const, text: '3.1 Harassment' },
            {
              kind: 'paragraph' as const,
              text: 'Staff must never harass anyone online.',
              runs: [
                { text: 'Staff ' },
                { text: 'must never', bold: true },
                { text: ' harass anyone ' },
                { text: 'online', italic: true },
                { text: '.' },
              ],
            },
            { kind: 'list' as const, ordered: true, items: ['Tell the head', 'Keep a copy'] },
          ],
        },
      ],
      history: [{ version: '0.1', date: '2018-03-12', author: 'A Patel', summary: 'First policy', imported: true }],
    };
    const { text, fonts } = readPdf(await render(document));
    expect(text).toContain('must never');
    expect(text).toContain('2.');
    expect(text).toContain('Version history');
    expect(text).toContain('12 March 2018');
    expect(text).toContain('First policy');
    const names = fonts.map((font) => font.baseFont).join(' ');
    expect(names).toContain('NotoSans-Bold');
    expect(names).toContain('NotoSans-Italic');
  });
});
