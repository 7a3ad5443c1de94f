// The policy document as a PDF for governors: A4, in Noto Sans embedded from an npm package (pdf-fonts.ts), so the
// names of staff, schools and trusts print as written in any Latin script, Greek or Cyrillic; a title page with the
// version's details, then the sections, with page numbers in the footer. It draws the same structured document the
// web page shows, so the two read alike.
import PDFDocument from 'pdfkit';
import type { PolicyDocument } from '@schoolgate/domain';
import { FONT, SHAPING, composed, registerPdfFonts } from './pdf-fonts.ts';

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
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: input.document.title, Subject: 'Social media policy', Creator: 'Schoolgate' },
    lang: 'en-GB',
    displayTitle: true,
  });
  registerPdfFonts(pdf);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  titlePage(pdf, input);
  for (const section of input.document.sections) {
    pdf.moveDown(1.2);
    // Keep a heading with at least a few lines of its text.
    if (pdf.y > pdf.page.height - MARGIN - 90) pdf.addPage();
    pdf.font(FONT.bold).fontSize(14).fillColor(INK).text(composed(section.heading), SHAPING);
    pdf.moveDown(0.4);
    for (const block of section.blocks) {
      pdf.font(FONT.regular).fontSize(11).fillColor(INK);
      if (block.kind === 'paragraph') pdf.text(composed(block.text), { ...SHAPING, lineGap: 2, paragraphGap: 6 });
      else if (block.kind === 'subheading') pdf.font(FONT.bold).text(composed(block.text), SHAPING);
      else {
        pdf.list(block.items.map(composed), {
          ...SHAPING,
          bulletRadius: 2,
          textIndent: 14,
          lineGap: 2,
          paragraphGap: 4,
        });
      }
      pdf.moveDown(0.4);
    }
  }
  footers(pdf, input);
  pdf.end();
  return done;
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
