// The report as CSV (csv-stringify): one line per figure, with its section and how it was counted. A spreadsheet
// treats a cell beginning with =, +, - or @ (or a tab or carriage return) as a formula, so such text cells are
// written with a leading apostrophe: a school or trust name such as "=HYPERLINK(...)" stays text (OWASP's advice).
import { stringify } from 'csv-stringify/sync';
import type { SchoolReportResponse, TrustReportResponse } from '@schoolgate/contracts';
import { periodLine, reportSections, reportTitle } from './report-sections.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as written: text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function safeCell(value: string | number): string | number {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

export function reportCsv(report: SchoolReportResponse | TrustReportResponse): string {
  const lines: Array<Array<string | number>> = [
    ['Section', 'Figure', 'Column', 'Value', 'How it was counted'],
    ['Report', 'Title', '', reportTitle(report), ''],
    ['Report', 'Period', '', periodLine(report), report.periodHow],
    ['Report', 'Produced', '', report.generatedAt, ''],
  ];
  for (const section of reportSections(report)) {
    for (const row of section.rows) {
      const [name, ...values] = row;
      values.forEach((value, index) => {
        lines.push([
          section.title,
          name ?? '',
          section.columns.length > 2 ? (section.columns[index + 1] ?? '') : '',
          value,
          section.how,
        ]);
      });
    }
  }
  for (const missing of report.notIncluded) lines.push(['Not included', '', '', missing, '']);
  // A byte order mark, so Excel opens the file as UTF-8 and names keep their accents.
  return `\ufeff${stringify(
    lines.map((line) => line.map(safeCell)),
    { record_delimiter: 'windows' },
  )}`;
}
