// Reads a school's earlier policy versions pasted as CSV (issue 15): one row per version with its number, date,
// author and reason. The MIS importer's CSV reading does the work (csv-parse, header aliases, line numbers), so a
// bad row is reported by its line and column and the rest are kept for the preview.
import { isIsoDate, type IsoDate } from '../calendar/london-time.ts';
import { parseMisCsv, type ColumnSpec, type ImportParseResult, type RowOutcome } from '../people/mis-csv.ts';
import type { PolicyHistoryEntry } from './policy-content.ts';

type HistoryColumn = 'version' | 'date' | 'author' | 'reason';

export const POLICY_HISTORY_COLUMNS: readonly ColumnSpec<HistoryColumn>[] = [
  { key: 'version', label: 'Version', aliases: ['Version', 'Version number', 'Number', 'No'], required: true },
  { key: 'date', label: 'Date', aliases: ['Date', 'Date approved', 'Approved', 'Approval date'], required: true },
  { key: 'author', label: 'Author', aliases: ['Author', 'By', 'Written by', 'Approved by'], required: true },
  {
    key: 'reason',
    label: 'Reason',
    aliases: ['Reason', 'Reason for change', 'Changes', 'Summary of changes', 'Summary', 'Comments'],
    required: true,
  },
];

/** Longest a field may be, so one pasted paragraph cannot fill the document's table. */
export const POLICY_HISTORY_LIMITS = { version: 20, author: 120, reason: 500 } as const;
export const POLICY_HISTORY_MAX_ROWS = 200;

/** "2018-03-12", or the UK spreadsheet form "12/03/2018" (day first), as an ISO date; null if neither or not real. */
export function readHistoryDate(value: string): IsoDate | null {
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso = uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : value;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isIsoDate(iso) ? iso : null;
}

export function parsePolicyHistoryCsv(text: string, today: IsoDate): ImportParseResult<PolicyHistoryEntry> {
  const result = parseMisCsv(text, POLICY_HISTORY_COLUMNS, (row): RowOutcome<PolicyHistoryEntry> => {
    const errors: { line: number; field: string; reason: string }[] = [];
    const need = (key: HistoryColumn, label: string) => {
      const value = row.get(key);
      if (!value) errors.push({ line: row.line, field: label, reason: `${label} is empty.` });
      return value ?? '';
    };
    const version = need('version', 'Version');
    const rawDate = need('date', 'Date');
    const author = need('author', 'Author');
    const reason = need('reason', 'Reason');
    const date = rawDate ? readHistoryDate(rawDate) : null;
    if (rawDate && !date) {
      errors.push({
        line: row.line,
        field: 'Date',
        reason: `"${rawDate}" is not a date: write 2018-03-12 or 12/03/2018.`,
      });
    } else if (date && date > today) {
      errors.push({ line: row.line, field: 'Date', reason: 'An earlier version cannot be dated in the future.' });
    }
    for (const [key, label, value] of [
      ['version', 'Version', version],
      ['author', 'Author', author],
      ['reason', 'Reason', reason],
    ] as const) {
      const limit = POLICY_HISTORY_LIMITS[key];
      if (value.length > limit)
        errors.push({ line: row.line, field: label, reason: `${label} is longer than ${limit} characters.` });
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, row: { version, date: date!, author, reason } };
  });
  if (result.rows.length + result.errors.length > POLICY_HISTORY_MAX_ROWS) {
    return {
      rows: [],
      errors: [{ line: 1, reason: `Import at most ${POLICY_HISTORY_MAX_ROWS} versions at once.` }],
      unknownColumns: result.unknownColumns,
    };
  }
  return result;
}
