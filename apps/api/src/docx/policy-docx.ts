// The policy document as a Word file (.docx) for governors' packs, which are assembled in Word (issue 15). Built with
// the `docx` package (MIT) from the same structured document the page and the PDF draw, so the three read alike.
// Word's own styles throughout: Title, Heading 1 for each section and for the version history, Heading 2 for a
// sub-heading, so a governor can insert a table of contents; real bulleted and numbered lists; a footer with the
// school, the version and page numbers.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { longDate, type InlineRun, type PolicyBlock, type PolicyDocument } from '@schoolgate/domain';

export interface PolicyDocxInput {
  document: PolicyDocument;
  /** "Published: the policy in force", "Draft for governors"... under the title. */
  statusLabel: string;
  contentHash: string;
  /** For the footer: "Meadowbank Primary School", "3". */
  schoolName: string;
  versionLabel: string;
}

const NUMBERED = 'policy-numbered';
const MUTED = '555555';

const runsOf = (runs: readonly InlineRun[]) =>
  runs.map((run) => new TextRun({ text: run.text, bold: run.bold ?? false, italics: run.italic ?? false }));

function blockParagraphs(block: PolicyBlock, listInstance: () => number): Paragraph[] {
  if (block.kind === 'paragraph') {
    return [new Paragraph({ children: runsOf(block.runs ?? [{ text: block.text }]), spacing: { after: 120 } })];
  }
  if (block.kind === 'subheading') return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text })];
  // Each numbered list is its own instance, so it starts again at 1.
  const instance = block.ordered ? listInstance() : 0;
  return block.items.map(
    (item, index) =>
      new Paragraph({
        children: runsOf(block.itemRuns?.[index] ?? [{ text: item }]),
        ...(block.ordered ? { numbering: { reference: NUMBERED, level: 0, instance } } : { bullet: { level: 0 } }),
        spacing: { after: 60 },
      }),
  );
}

const cell = (text: string, header = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
  });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

function historyTable(document: PolicyDocument): (Paragraph | Table)[] {
  const rows = document.history ?? [];
  if (rows.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Version history' }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: BORDERS,
      rows: [
        new TableRow({
          tableHeader: true,
          children: ['Version', 'Date', 'Author or approved by', 'Reason or summary of changes'].map((label) =>
            cell(label, true),
          ),
        }),
        ...rows.map(
          (row) =>
            new TableRow({
              children: [row.version, row.date ? longDate(row.date) : 'Not yet approved', row.author, row.summary].map(
                (text) => cell(text),
              ),
            }),
        ),
      ],
    }),
  ];
}

export function buildPolicyDocx(input: PolicyDocxInput): Document {
  const { document } = input;
  let lists = 0;
  const listInstance = () => (lists += 1);
  const cover: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: document.title }),
    new Paragraph({ children: [new TextRun({ text: input.statusLabel, color: MUTED })], spacing: { after: 240 } }),
    ...document.details.map(
      ({ label, value }) =>
        new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
    ),
    new Paragraph({
      spacing: { before: 240 },
      children: [
        new TextRun({
          text: 'Fingerprint of this version (SHA-256), as recorded when staff sign it: ',
          size: 18,
          color: MUTED,
        }),
        new TextRun({ text: input.contentHash, size: 18, font: 'Courier New' }),
      ],
    }),
  ];
  const body = document.sections.flatMap((section) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: section.heading }),
    ...section.blocks.flatMap((block) => blockParagraphs(block, listInstance)),
  ]);
  return new Document({
    creator: 'Schoolgate',
    title: document.title,
    description: 'Social media policy',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    color: MUTED,
                    children: [
                      `${input.schoolName}: social media policy, version ${input.versionLabel}. Page `,
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...cover, ...body, ...historyTable(document)],
      },
    ],
  });
}

export async function renderPolicyDocx(input: PolicyDocxInput): Promise<Buffer> {
  return Packer.toBuffer(buildPolicyDocx(input));
}
