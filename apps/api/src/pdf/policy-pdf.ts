// The policy document as a PDF for governors: A4, in Noto Sans embedded from an npm package (pdf-fonts.ts), so the
// names of staff, schools and trusts print as written in any Latin script, Greek or Cyrillic; a title page with the
// version's details, then the sections, with page numbers in the footer. It draws the same structured document the
// web page shows, so the two read alike.
import {
  longDate,
  type InlineRun,
  type PolicyBlock,
  type PolicyDocument,
  type VersionHistoryRow,
} from '@schoolgate/domain';
import { FONT, SHAPING, composed } from './pdf-fonts.ts';
import { startPdf } from './pdf-document.ts';

export interface PolicyPdfInput {
  document: PolicyDocument;
  /** "Published", "Draft"... shown on the title page and in the footer of a version not in force. */
  statusLabel: string;
  contentHash: string;
}

const MARGIN = 64;
const INK = '#1a1a1a';
const MUTED = '#555555';

export async function renderPolicyPdf(input: PolicyPdfInput, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { pdf, done } = startPdf({
    title: input.document.title,
    subject: 'Social media policy',
    margin: MARGIN,
    compress: options.compress,
  });

  titlePage(pdf, input);
  for (const section of input.document.sections) {
    pdf.moveDown(1.2);
    // Keep a heading with at least a few lines of its text.
    if (pdf.y > pdf.page.height - MARGIN - 90) pdf.addPage();
    pdf.font(FONT.bold).fontSize(14).fillColor(INK).text(composed(section.heading), SHAPING);
    pdf.moveDown(0.4);
    for (const block of section.blocks) drawBlock(pdf, block);
  }
  if (input.document.history && input.document.history.length > 0) historyTable(pdf, input.document.history);
  footers(pdf, input);
  pdf.end();
  return done;
}

const faceOf = (run: InlineRun) =>
  run.bold && run.italic ? FONT.boldItalic : run.bold ? FONT.bold : run.italic ? FONT.italic : FONT.regular;

/** Bold and italic runs as one flowing paragraph: pdfkit's `continued` text keeps them on the same lines. */
function writeRuns(pdf: PDFKit.PDFDocument, runs: readonly InlineRun[], options: PDFKit.Mixins.TextOptions) {
  runs.forEach((run, index) => {
    pdf.font(faceOf(run)).text(composed(run.text), { ...SHAPING, ...options, continued: index < runs.length - 1 });
  });
  pdf.font(FONT.regular);
}

function drawBlock(pdf: PDFKit.PDFDocument, block: PolicyBlock) {
  pdf.font(FONT.regular).fontSize(11).fillColor(INK);
  if (block.kind === 'paragraph') {
    writeRuns(pdf, block.runs ?? [{ text: block.text }], { lineGap: 2, paragraphGap: 6 });
  } else if (block.kind === 'subheading') {
    pdf.moveDown(0.3);
    pdf.font(FONT.bold).fontSize(12).text(composed(block.text), SHAPING);
  } else {
    // Each item drawn by hand: its marker in a hanging indent, its runs beside it, so numbers and emphasis both show.
    const left = pdf.page.margins.left;
    const indent = block.ordered ? 22 : 14;
    const width = pdf.page.width - left - pdf.page.margins.right - indent;
    block.items.forEach((item, index) => {
      if (pdf.y > pdf.page.height - MARGIN - 30) pdf.addPage();
      const top = pdf.y;
      pdf.font(FONT.regular).text(block.ordered ? `${index + 1}.` : '•', left + (block.ordered ? 0 : 4), top, {
        ...SHAPING,
        lineBreak: false,
      });
      pdf.x = left + indent;
      pdf.y = top;
      writeRuns(pdf, block.itemRuns?.[index] ?? [{ text: item }], { width, lineGap: 2, paragraphGap: 4 });
    });
    pdf.x = left;
  }
  pdf.moveDown(0.4);
}

const HISTORY_COLUMNS = [
  { label: 'Version', width: 56 },
  { label: 'Date', width: 92 },
  { label: 'Author or approved by', width: 120 },
  { label: 'Reason or summary of changes', width: 0 },
] as const;

/** The "Version history" table that ends the document: imported rows first, then Schoolgate's versions. */
function historyTable(pdf: PDFKit.PDFDocument, rows: readonly VersionHistoryRow[]) {
  pdf.moveDown(1.2);
  if (pdf.y > pdf.page.height - MARGIN - 120) pdf.addPage();
  pdf.font(FONT.bold).fontSize(14).fillColor(INK).text('Version history', SHAPING);
  pdf.moveDown(0.4);
  const left = pdf.page.margins.left;
  const full = pdf.page.width - left - pdf.page.margins.right;
  const widths = HISTORY_COLUMNS.map((column) => column.width || full - 56 - 92 - 120);
  const drawRow = (cells: readonly string[], bold: boolean) => {
    pdf.font(bold ? FONT.bold : FONT.regular).fontSize(9.5);
    const height =
      Math.max(
        ...cells.map((cell, index) => pdf.heightOfString(composed(cell), { ...SHAPING, width: widths[index]! - 6 })),
      ) + 6;
    if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
    const top = pdf.y;
    let x = left;
    cells.forEach((cell, index) => {
      pdf.text(composed(cell), x + 3, top + 3, { ...SHAPING, width: widths[index]! - 6 });
      x += widths[index]!;
    });
    pdf
      .moveTo(left, top + height)
      .lineTo(left + full, top + height)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    pdf.x = left;
    pdf.y = top + height;
  };
  drawRow(
    HISTORY_COLUMNS.map((column) => column.label),
    true,
  );
  for (const row of rows)
    drawRow([row.version, row.date ? longDate(row.date) : 'Not yet approved', row.author, row.summary], false);
}

function titlePage(pdf: PDFKit.PDFDocument, input: PolicyPdfInput) {
  pdf
    .font(FONT.bold)
    .fontSize(22)
    .fillColor(INK)
    .text(composed(input.document.title), { ...SHAPING, lineGap: 4 });
  pdf.moveDown(0.5);
  pdf.font(FONT.regular).fontSize(12).fillColor(MUTED).text(composed(input.statusLabel), SHAPING);
  pdf.moveDown(1.5);
  for (const { label, value } of input.document.details) {
    pdf
      .font(FONT.bold)
      .fontSize(11)
      .fillColor(INK)
      .text(composed(`${label}: `), { ...SHAPING, continued: true });
    pdf.font(FONT.regular).text(composed(value), SHAPING);
    pdf.moveDown(0.3);
  }
  pdf.moveDown(1.5);
  pdf
    .font(FONT.regular)
    .fontSize(9)
    .fillColor(MUTED)
    .text('Fingerprint of this version (SHA-256), as recorded when staff sign it:', SHAPING)
    // Hexadecimal digits only, so the reader's built-in Courier serves.
    .font('Courier')
    .text(input.contentHash);
  pdf.addPage();
}

function footers(pdf: PDFKit.PDFDocument, input: PolicyPdfInput) {
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    // Writing inside the bottom margin would make pdfkit start a new page, so lift the margin while drawing.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const label = composed(
      `${input.document.title} (${input.statusLabel.toLowerCase()}). Page ${index + 1} of ${range.count}`,
    );
    pdf
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(MUTED)
      .text(label, MARGIN, pdf.page.height - MARGIN / 2 - 8, {
        ...SHAPING,
        width: pdf.page.width - MARGIN * 2,
        align: 'center',
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottom;
  }
}
