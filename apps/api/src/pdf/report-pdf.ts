// The governors' report as a PDF to hand out at a meeting: A4, the same Noto Sans as the policy PDF (pdf-fonts.ts),
// a title, the period and the red/amber/green summary, then one table per section with the sentence saying how its
// figures were counted, and page numbers in the footer. Counts only: the report holds nothing personal.
import { RAG_LABELS } from '@schoolgate/domain';
import type { SchoolReportResponse, TrustReportResponse } from '@schoolgate/contracts';
import { FONT, SHAPING, composed } from './pdf-fonts.ts';
import { startPdf } from './pdf-document.ts';
import { periodLine, reportSections, reportTitle, type ReportSection } from '../use-cases/reports/report-sections.ts';

const MARGIN = 56;
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#bbbbbb';
const RAG_COLOURS = { green: '#2b8a3e', amber: '#b35c00', red: '#c92a2a' } as const;

type Report = SchoolReportResponse | TrustReportResponse;

export async function renderReportPdf(report: Report, options: { compress?: boolean } = {}): Promise<Buffer> {
  const title = reportTitle(report);
  const { pdf, done } = startPdf({
    title: title,
    subject: `Governors' report, ${report.period.label}`,
    margin: MARGIN,
    compress: options.compress,
  });

  pdf
    .font(FONT.bold)
    .fontSize(20)
    .fillColor(INK)
    .text(composed(title), { ...SHAPING, lineGap: 4 });
  pdf.moveDown(0.3);
  pdf
    .font(FONT.regular)
    .fontSize(12)
    .fillColor(INK)
    .text(composed(periodLine(report)), SHAPING);
  pdf
    .fontSize(9)
    .fillColor(MUTED)
    .text(composed(`Produced ${report.generatedAt.slice(0, 10)} by Schoolgate. ${report.periodHow}`), SHAPING);
  pdf.moveDown(0.8);
  summary(pdf, report);
  for (const section of reportSections(report)) table(pdf, section);
  if (report.notIncluded.length) {
    heading(pdf, 'Not in this report yet');
    pdf.font(FONT.regular).fontSize(10).fillColor(INK);
    for (const line of report.notIncluded) pdf.text(composed(line), SHAPING);
  }
  footers(pdf, `${title}, ${report.period.label}`);
  pdf.end();
  return done;
}

function summary(pdf: PDFKit.PDFDocument, report: Report) {
  heading(pdf, 'Against the policy’s targets');
  const parts: Array<[string, keyof typeof RAG_COLOURS]> = [
    ['Overall', report.rag.overall],
    ['Replies on time', report.rag.responseTimes],
    ['Staff signed', report.rag.acceptance],
    ['Staff trained', report.rag.training],
    ['Accounts with their runners', report.rag.accounts],
    ['Policy reviewed on time', report.rag.policy],
  ];
  for (const [label, value] of parts) {
    const y = pdf.y;
    pdf.rect(MARGIN, y + 2, 9, 9).fill(RAG_COLOURS[value]);
    pdf
      .font(FONT.regular)
      .fontSize(10.5)
      .fillColor(INK)
      .text(composed(`${label}: ${RAG_LABELS[value]}`), MARGIN + 16, y, SHAPING);
  }
  pdf.x = MARGIN;
  pdf.moveDown(0.3);
  pdf.font(FONT.regular).fontSize(8.5).fillColor(MUTED).text(composed(report.ragHow), MARGIN, pdf.y, SHAPING);
}

function heading(pdf: PDFKit.PDFDocument, text: string) {
  pdf.moveDown(1);
  // Keep a heading with the start of its table.
  if (pdf.y > pdf.page.height - MARGIN - 110) pdf.addPage();
  pdf.font(FONT.bold).fontSize(13).fillColor(INK).text(composed(text), MARGIN, pdf.y, SHAPING);
  pdf.moveDown(0.2);
}

function table(pdf: PDFKit.PDFDocument, section: ReportSection) {
  if (section.rows.length === 0) return;
  heading(pdf, section.title);
  pdf.font(FONT.regular).fontSize(8.5).fillColor(MUTED).text(composed(section.how), MARGIN, pdf.y, SHAPING);
  pdf.moveDown(0.4);
  const width = pdf.page.width - MARGIN * 2;
  const first = section.columns.length > 2 ? width * 0.34 : width * 0.7;
  const rest = (width - first) / Math.max(1, section.columns.length - 1);
  const widths = [first, ...section.columns.slice(1).map(() => rest)];
  const drawRow = (cells: Array<string | number>, bold: boolean) => {
    pdf.font(bold ? FONT.bold : FONT.regular).fontSize(9.5);
    const heights = cells.map((cell, i) =>
      pdf.heightOfString(composed(String(cell)), { ...SHAPING, width: widths[i]! - 8 }),
    );
    const height = Math.max(...heights) + 6;
    if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
    const top = pdf.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      pdf.fillColor(INK).text(composed(String(cell)), x + 4, top + 3, {
        ...SHAPING,
        width: widths[i]! - 8,
        align: i === 0 ? 'left' : 'right',
      });
      x += widths[i]!;
    });
    pdf
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(bold ? 0.8 : 0.4)
      .strokeColor(RULE)
      .stroke();
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  drawRow(section.columns, true);
  for (const row of section.rows) drawRow(row, false);
}

function footers(pdf: PDFKit.PDFDocument, title: string) {
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    // Writing inside the bottom margin would make pdfkit start a new page, so lift the margin while drawing.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(MUTED)
      .text(composed(`${title}. Page ${index + 1} of ${range.count}`), MARGIN, pdf.page.height - MARGIN / 2 - 8, {
        ...SHAPING,
        width: pdf.page.width - MARGIN * 2,
        align: 'center',
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottom;
  }
}
