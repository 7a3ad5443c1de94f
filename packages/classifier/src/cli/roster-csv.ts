/**
 * Reads the `--roster` CSV: a school's MIS export of pupils and staff. Accepts a header with
 * `name` (or `full name`), or `first name`/`forename` with `last name`/`surname`, and an
 * optional `role` (pupil, student, staff, teacher); without a header, one column is the full
 * name and two are first and last name. Pure, so it can be tested without files.
 */
import type { RosterEntry } from '../phases/roster.ts';

/** Splits CSV text into rows of cells, honouring double quotes. */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell.length > 0 || row.length > 0) rows.push([...row, cell]);
  return rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c.length > 0));
};

const column = (header: string[], ...names: string[]) =>
  header.findIndex((h) =>
    names.includes(
      h
        .toLowerCase()
        .replace(/[\s_-]+/g, ' ')
        .trim(),
    ),
  );

const roleOf = (value: string | undefined): RosterEntry['role'] => {
  const v = (value ?? '').toLowerCase();
  if (/pupil|student|child|learner/.test(v)) return 'pupil';
  if (/staff|teacher|employee|governor|volunteer/.test(v)) return 'staff';
  return undefined;
};

export const parseRosterCsv = (text: string): RosterEntry[] => {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const first = rows[0] ?? [];
  const hasHeader = first.some((c) =>
    /^(?:full[ _]?name|name|first[ _]?name|forename|given name|last[ _]?name|surname|family name|legal surname|preferred forename|role)$/i.test(
      c,
    ),
  );
  const header = hasHeader ? first : [];
  const body = hasHeader ? rows.slice(1) : rows;
  const full = column(header, 'name', 'full name', 'fullname');
  const given = column(header, 'first name', 'firstname', 'forename', 'given name', 'preferred forename');
  const family = column(header, 'last name', 'lastname', 'surname', 'family name', 'legal surname');
  const role = column(header, 'role', 'type', 'kind');
  const entries: RosterEntry[] = [];
  for (const row of body) {
    let name: string;
    if (full >= 0) name = row[full] ?? '';
    else if (given >= 0 && family >= 0) name = `${row[given] ?? ''} ${row[family] ?? ''}`;
    else if (!hasHeader && row.length >= 2 && !(row[0] ?? '').includes(' ')) name = `${row[0]} ${row[1]}`;
    else name = row[0] ?? '';
    name = name.replace(/\s+/g, ' ').trim();
    if (!name.includes(' ')) continue;
    const r = roleOf(role >= 0 ? row[role] : undefined);
    entries.push(r ? { name, role: r } : { name });
  }
  return entries;
};
