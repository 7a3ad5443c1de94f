// Shared reading of MIS CSV exports (SIMS, Arbor, Bromcom, Scholarpack...): the staff and pupil importers
// describe their columns as alias lists and their rows as small functions; this file does the rest.
// Pure: it takes the file's text and returns rows and plain-English errors; the caller does the I/O.

import { isStorableText, markLoneSurrogates } from '../storable-text.ts';
import { parse } from 'csv-parse/sync';

/** One problem with the file or one of its rows. `line` is the line a person sees in a text editor or spreadsheet. */
export interface ImportRowError {
  line: number;
  field?: string;
  reason: string;
}

export interface ImportParseResult<T> {
  rows: T[];
  errors: ImportRowError[];
  /** Headers that were not used for any field, so the office can see what Schoolgate ignored. */
  unknownColumns: string[];
}

/** A field the importer looks for, and the headers MIS exports use for it, best first. */
export interface ColumnSpec<K extends string> {
  key: K;
  /** The name used in error messages, e.g. "Surname". */
  label: string;
  aliases: readonly string[];
  required: boolean;
}

/** One data row with its cells looked up by field; values are trimmed, spaces collapsed, blank cells null. */
export interface CsvRow<K extends string> {
  line: number;
  get(key: K): string | null;
}

export type RowOutcome<T> = { ok: true; row: T } | { ok: false; errors: ImportRowError[] };

/** Ignores case, spaces and punctuation, so "Legal Surname", "legal_surname" and "LEGAL-SURNAME" all match. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

interface RawRecord {
  line: number;
  cells: string[];
}

/**
 * Parses a whole MIS export: finds the columns, reports missing required ones on line 1, skips blank rows and hands
 * each data row to `parseRow`. `requireOneOf` lists fields of which at least one column must be present.
 */
export function parseMisCsv<K extends string, T>(
  text: string,
  specs: readonly ColumnSpec<K>[],
  parseRow: (row: CsvRow<K>) => RowOutcome<T>,
  requireOneOf: readonly K[] = [],
): ImportParseResult<T> {
  const read = readRecords(text);
  if ('error' in read) return { rows: [], errors: [read.error], unknownColumns: [] };
  const [header, ...data] = read.records;
  if (!header)
    return { rows: [], errors: [{ line: 1, reason: 'The file is empty: it has no header row.' }], unknownColumns: [] };

  if (!header.cells.every(isStorableText)) {
    return { rows: [], errors: [{ line: 1, reason: UNSTORABLE_ROW }], unknownColumns: [] };
  }
  const headers = header.cells.map((cell) => cell.trim());
  const { columns, unknownColumns } = matchColumns(headers, specs);
  const missing = specs.filter((spec) => spec.required && columns.get(spec.key) === undefined);
  const oneOfMissing = requireOneOf.length > 0 && requireOneOf.every((key) => columns.get(key) === undefined);
  if (missing.length > 0 || oneOfMissing) {
    const names = missing.map(describeColumn);
    if (oneOfMissing) {
      const alternatives = specs.filter((spec) => requireOneOf.includes(spec.key));
      names.push(`at least one of ${alternatives.map(describeColumn).join(' or ')}`);
    }
    const found = headers.filter((h) => h !== '').join(', ') || 'none';
    return {
      rows: [],
      errors: [{ line: 1, reason: `The file is missing these columns: ${names.join('; ')}. Headers found: ${found}.` }],
      unknownColumns,
    };
  }

  const rows: T[] = [];
  const errors: ImportRowError[] = [];
  const headerWidth = cellCount(header.cells);
  for (const record of data) {
    if (record.cells.every((cell) => cell.trim() === '')) continue; // a row of empty cells, e.g. ",,," from Excel
    // A row is judged on its own: one that cannot be stored or does not line up with the header is reported by its
    // line, and the rest of the file is kept. A shifted row would put a surname in the email column.
    if (!record.cells.every(isStorableText)) {
      errors.push({ line: record.line, reason: UNSTORABLE_ROW });
      continue;
    }
    const cells = record.cells.length < headerWidth ? record.cells.length : cellCount(record.cells);
    if (record.cells.length < headerWidth || cells > header.cells.length) {
      errors.push({
        line: record.line,
        reason:
          `This row has ${cells} cell${cells === 1 ? '' : 's'} but the header has ${headerWidth}: ` +
          'a comma inside a value needs quote marks around the value, or a cell is missing.',
      });
      continue;
    }
    const outcome = parseRow({
      line: record.line,
      get: (key) => {
        const index = columns.get(key);
        // Line breaks and runs of spaces inside a cell are typing slips, not data a name or id should keep.
        const value = index === undefined ? undefined : record.cells[index]?.replace(/\s+/g, ' ').trim();
        return value ? value : null;
      },
    });
    if (outcome.ok) rows.push(outcome.row);
    else errors.push(...outcome.errors);
  }
  return { rows, errors, unknownColumns };
}

const UNSTORABLE_ROW =
  'This row holds a character that cannot be stored (a NUL or a broken character): save the file again as "CSV UTF-8".';

/** Cells up to the last one with something in it: empty cells Excel adds after the last column do not count. */
function cellCount(cells: readonly string[]): number {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n -= 1;
  return n;
}

function describeColumn(spec: ColumnSpec<string>): string {
  return `${spec.label} (a column called ${listWithOr(spec.aliases.map((a) => `"${a}"`))})`;
}

function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Each field takes the first header matching its best alias; a header is used at most once. */
function matchColumns<K extends string>(
  headers: readonly string[],
  specs: readonly ColumnSpec<K>[],
): { columns: Map<K, number>; unknownColumns: string[] } {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const columns = new Map<K, number>();
  for (const spec of specs) {
    for (const alias of spec.aliases) {
      const index = normalised.findIndex((h, i) => h === normaliseHeader(alias) && !used.has(i));
      if (index >= 0) {
        columns.set(spec.key, index);
        used.add(index);
        break;
      }
    }
  }
  const unknownColumns = headers.filter((h, i) => !used.has(i) && h !== '');
  return { columns, unknownColumns };
}

/** Reads the CSV into records, each with the line it starts on. */
function readRecords(text: string): { records: RawRecord[] } | { error: ImportRowError } {
  const withoutMark = text.startsWith('\uFEFF') ? text.slice(1) : text; // Excel's "CSV UTF-8" adds a byte-order mark
  const source = markLoneSurrogates(withoutMark);
  let cells: string[][];
  try {
    cells = parse(source, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 1;
    return {
      error: {
        line,
        reason:
          'The file could not be read as CSV near this line, usually because a quote mark (") is not closed. ' +
          'Save it again from the MIS or spreadsheet as "CSV" and retry.',
      },
    };
  }
  const starts = recordStartLines(source);
  // The two readers agree on every file csv-parse accepts; if they ever do not, a wrong line number is worse
  // than none, so fall back to counting records.
  const trusted = starts.length === cells.length;
  return { records: cells.map((row, i) => ({ line: trusted ? (starts[i] ?? i + 1) : i + 1, cells: row })) };
}

/**
 * The physical line each non-empty record starts on. csv-parse's own line counter reports where a record ends
 * (and counts CRLF inside quotes twice), but an office manager looking for "line 12" needs where it starts.
 * Follows the same quoting rules as csv-parse with relax_quotes: a quote opens a field only at its start.
 */
export function recordStartLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (ch === '\r' || ch === '\n') {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1; // an empty line: csv-parse skips it
      continue;
    }
    starts.push(line);
    let atFieldStart = true;
    let inQuotes = false;
    while (i < n) {
      const c = text[i];
      if (inQuotes) {
        if (c === '"') {
          if (text[i + 1] === '"') i += 1;
          else inQuotes = false;
        } else if (c === '\r' || c === '\n') {
          if (c === '\r' && text[i + 1] === '\n') i += 1;
          line += 1;
        }
        i += 1;
        continue;
      }
      if (c === '\r' || c === '\n') break;
      if (c === '"' && atFieldStart) inQuotes = true;
      atFieldStart = c === ',';
      i += 1;
    }
    if (i < n) {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
    }
  }
  return starts;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Reads a yes/no cell; blank means no. Returns undefined for anything else so the caller can report it. */
export function parseYesNo(value: string | null): boolean | undefined {
  if (value === null) return false;
  const v = value.toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return undefined;
}

/** Remembers keys already seen in this file, so the later of two duplicate rows is the one reported. */
export class DuplicateTracker {
  private readonly seen = new Map<string, number>();

  /** The line that already used this key, if any. */
  lineOf(key: string | null): number | null {
    return key === null ? null : (this.seen.get(key) ?? null);
  }

  claim(key: string | null, line: number): void {
    if (key !== null) this.seen.set(key, line);
  }
}
