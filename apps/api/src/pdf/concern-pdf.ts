// One concern as a PDF chronology, for a referral or when a pupil moves school: what was raised, who it names, every
// step in order with who took it and when, the outcome, and the files that travel with it (with their SHA-256). Noto
// Sans embedded (pdf-fonts.ts), so every name prints as written.
import {
  CONCERN_OUTCOME_LABELS,
  CONCERN_TYPE_LABELS,
  REFERRAL_AGENCY_LABELS,
  type ConcernOutcome,
  type ConcernType,
  type ReferralAgency,
} from '@schoolgate/domain';
import type { ConcernDetail } from '@schoolgate/contracts';
import { FONT, SHAPING, composed } from './pdf-fonts.ts';
import { startPdf } from './pdf-document.ts';

const MARGIN = 56;
const INK = '#1a1a1a';
const MUTED = '#555555';

const ENTRY_LABELS: Record<ConcernDetail['entries'][number]['kind'], string> = {
  raised: 'Raised',
  seen: 'Seen',
  note: 'Note',
  action: 'Action taken',
  referral: 'Referral',
  parent_contact: 'Contact with parents',
  closed: 'Closed',
};

const when = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' }).format(
    new Date(iso),
  );

export async function renderConcernPdf(
  input: { schoolName: string; concern: ConcernDetail; exportedAt: Date; exportedBy: string },
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const c = input.concern;
  const { pdf, done } = startPdf({
    title: `Concern ${c.reference}`,
    subject: 'Safeguarding concern chronology',
    margin: MARGIN,
    compress: options.compress,
  });

  const heading = (text: string) => {
    pdf.moveDown(0.8);
    if (pdf.y > pdf.page.height - MARGIN - 80) pdf.addPage();
    pdf.font(FONT.bold).fontSize(13).fillColor(INK).text(composed(text), SHAPING);
    pdf.moveDown(0.3);
  };
  const field = (label: string, value: string) => {
    pdf
      .font(FONT.bold)
      .fontSize(10)
      .fillColor(INK)
      .text(composed(`${label}: `), { ...SHAPING, continued: true });
    pdf.font(FONT.regular).text(composed(value), SHAPING);
  };
  const body = (text: string) =>
    pdf
      .font(FONT.regular)
      .fontSize(10)
      .fillColor(INK)
      .text(composed(text), { ...SHAPING, lineGap: 2 });

  pdf
    .font(FONT.bold)
    .fontSize(20)
    .fillColor(INK)
    .text(composed(`Concern ${c.reference}`), SHAPING);
  pdf
    .font(FONT.regular)
    .fontSize(11)
    .fillColor(MUTED)
    .text(composed(`${input.schoolName}. CONFIDENTIAL: safeguarding record.`), SHAPING);
  pdf.moveDown(0.8);
  field('Type', CONCERN_TYPE_LABELS[c.type as ConcernType]);
  field('Urgency', c.urgency === 'urgent' ? 'Urgent' : 'Routine');
  field('Status', c.status === 'open' ? 'Open' : 'Closed');
  field('Raised', `${when(c.raisedAt)} by ${c.raisedBy ?? 'unknown'}`);
  if (c.happenedAt) field('Happened', when(c.happenedAt));
  if (c.contact) field('Contact', [c.contact.name, c.contact.email, c.contact.phone].filter(Boolean).join(', '));
  if (c.people.length > 0) field('People involved', c.people.map((p) => `${p.name} (${p.kind})`).join('; '));

  heading('What happened');
  body(c.whatHappened);

  heading('Chronology');
  for (const entry of c.entries) {
    if (pdf.y > pdf.page.height - MARGIN - 50) pdf.addPage();
    pdf
      .font(FONT.bold)
      .fontSize(10)
      .fillColor(INK)
      .text(composed(`${when(entry.at)}  ${ENTRY_LABELS[entry.kind]}${entry.by ? `, ${entry.by}` : ''}`), SHAPING);
    if (entry.agency) {
      body(
        `${REFERRAL_AGENCY_LABELS[entry.agency as ReferralAgency]}${entry.agencyReference ? `, reference ${entry.agencyReference}` : ''}`,
      );
    }
    if (entry.text) body(entry.text);
    pdf.moveDown(0.4);
  }

  if (c.outcome) {
    heading('Outcome');
    field('Outcome', CONCERN_OUTCOME_LABELS[c.outcome as ConcernOutcome]);
    if (c.rationale) body(c.rationale);
  }

  heading('Files');
  if (c.files.length === 0) body('No files are attached.');
  for (const file of c.files) {
    body(`${file.fileName} (${file.contentType}, ${file.sizeBytes} bytes)`);
    pdf.font('Courier').fontSize(8).fillColor(MUTED).text(`SHA-256 ${file.sha256}`);
  }

  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(MUTED)
      .text(
        composed(
          `Concern ${c.reference}. Exported ${when(input.exportedAt.toISOString())} by ${input.exportedBy}. Page ${index + 1} of ${range.count}`,
        ),
        MARGIN,
        pdf.page.height - MARGIN / 2 - 8,
        { ...SHAPING, width: pdf.page.width - MARGIN * 2, align: 'center', lineBreak: false },
      );
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
