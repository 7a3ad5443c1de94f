// The Word file governors put in their packs: a real .docx (a ZIP holding word/document.xml) with Word's heading
// styles, bold runs, numbered lists, the footer's page numbers and the version history at the end.
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '@schoolgate/domain';
import { renderPolicyDocx } from './policy-docx.ts';

const document: PolicyDocument = {
  title: 'Hillside Primary: social media policy',
  details: [
    { label: 'School', value: 'Hillside Primary' },
    { label: 'Version', value: '4' },
  ],
  sections: [
    {
      id: 'staff',
      heading: 'Staff personal use',
      blocks: [
        { kind: 'subheading', text: '3.1 Harassment' },
        {
          kind: 'paragraph',
          text: 'Staff must never harass anyone online.',
          runs: [
            { text: 'Staff ' },
            { text: 'must never', bold: true },
            { text: ' harass anyone ' },
            { text: 'online', italic: true },
            { text: '.' },
          ],
          status: 'guidance',
        },
        { kind: 'list', ordered: true, items: ['Tell the head', 'Keep a copy'] },
        { kind: 'list', items: ['A bullet'] },
      ],
    },
  ],
  history: [
    { version: '0.1', date: '2018-03-12', author: 'A Patel', summary: 'First policy', imported: true },
    { version: '1', date: null, author: 'Not yet approved', summary: 'Harassment clause', imported: false },
  ],
};

async function documentXml() {
  const docx = await renderPolicyDocx({
    document,
    statusLabel: 'Draft for governors',
    contentHash: 'a'.repeat(64),
    schoolName: 'Hillside Primary',
    versionLabel: '4',
  });
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  const files = unzipSync(new Uint8Array(docx));
  return { files, xml: strFromU8(files['word/document.xml']!) };
}

const paragraphs = (xml: string) => xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? [];
const textOf = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('renderPolicyDocx', () => {
  it('uses Word heading styles for the title, sections and sub-headings', async () => {
    const { xml } = await documentXml();
    const styled = (style: string) =>
      paragraphs(xml)
        .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
        .map(textOf);
    expect(styled('Title')).toEqual(['Hillside Primary: social media policy']);
    expect(styled('Heading1')).toEqual(['Staff personal use', 'Version history']);
    expect(styled('Heading2')).toEqual(['3.1 Harassment']);
  });

  it('keeps bold and italic runs', async () => {
    const { xml } = await documentXml();
    const runs = xml.match(/<w:r>.*?<\/w:r>/gs) ?? [];
    const bold = runs.find((run) => textOf(run) === 'must never')!;
    expect(bold).toContain('<w:b/>');
    expect(runs.find((run) => textOf(run) === 'online')).toContain('<w:i/>');
  });

  it('writes numbered and bulleted lists as Word lists', async () => {
    const { xml, files } = await documentXml();
    const numbered = paragraphs(xml).filter((p) => p.includes('<w:numPr>'));
    expect(numbered.map(textOf)).toEqual(['Tell the head', 'Keep a copy', 'A bullet']);
    expect(strFromU8(files['word/numbering.xml']!)).toContain('w:val="decimal"');
  });

  it('ends with the version history table and has page numbers in the footer', async () => {
    const { xml, files } = await documentXml();
    const rows = (xml.match(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs) ?? []).map(textOf);
    expect(rows).toContain('0.112 March 2018A PatelFirst policy');
    expect(rows).toContain('1Not yet approvedNot yet approvedHarassment clause');
    const footer = Object.entries(files).find(([name]) => name.startsWith('word/footer'))!;
    expect(strFromU8(footer[1])).toContain('PAGE');
    expect(strFromU8(footer[1])).toContain('Hillside Primary: social media policy, version 4');
  });
});
