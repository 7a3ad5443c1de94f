// The start every Schoolgate PDF shares (the policy, a concern's chronology, a governors' report): an A4 document
// with even margins, tagged as British English with its title shown by readers, the embedded Noto Sans fonts
// registered, and its bytes gathered as it is written. Each renderer then draws its own pages and calls pdf.end().
import PDFDocument from 'pdfkit';
import { registerPdfFonts } from './pdf-fonts.ts';

export interface PdfStart {
  title: string;
  subject: string;
  /** The margin on every side, in points. */
  margin: number;
  /** Tests turn compression off to read the text back. */
  compress?: boolean;
}

/** A new PDF and the promise of its bytes, settled when the renderer ends the document. */
export function startPdf({ title, subject, margin, compress = true }: PdfStart): {
  pdf: PDFKit.PDFDocument;
  done: Promise<Buffer>;
} {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    bufferPages: true,
    compress,
    info: { Title: title, Subject: subject, Creator: 'Schoolgate' },
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
  return { pdf, done };
}
