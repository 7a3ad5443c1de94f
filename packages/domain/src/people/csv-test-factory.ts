// Test factories for MIS CSV files: build realistic exports from headers and rows instead of pasting fixtures.
// Only the tests import this.

export interface CsvOptions {
  /** Windows exports (SIMS, Excel) end lines with CRLF. */
  eol?: '\n' | '\r\n';
  /** Excel's "CSV UTF-8" starts the file with a byte-order mark. */
  bom?: boolean;
}

/** Quotes a cell the way Excel does: only when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function buildCsv(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: CsvOptions = {},
): string {
  const eol = options.eol ?? '\n';
  const lines = [headers, ...rows].map((cells) => cells.map(csvCell).join(','));
  return (options.bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}
