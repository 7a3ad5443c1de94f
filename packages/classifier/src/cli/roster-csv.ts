/**
 * Reads the `--roster` CSV: a school's MIS export of pupils and staff. A header is found by its
 * words ("Name", "Pupil Name", "Legal Forename", "Surname"...), wherever its columns are; the
 * name is a full-name column ("Khan, Mohammed" is read surname first), or every forename column
 * with every surname column ("Legal Forename" and "Preferred Forename" give two names). An
 * optional role column says pupil or staff. Without a header, one column is the full name and
 * two are first and last name, in either order. Titles ("Mrs") and quoted nicknames ("Sally")
 * are dropped. Commas, semicolons or tabs separate cells; the bytes may be UTF-8 or UTF-16 with
 * a byte-order mark. Pure, so it can be tested without files.
 */
import type { RosterEntry } from '../phases/roster.ts';

/** Splits CSV text into rows of cells, honouring double quotes. */
export const parseCsv = (text: string, delimiter = ','): string[][] => {
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
    else if (ch === delimiter) {
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

/**
 * Text of a roster file's bytes: UTF-8 (with or without a byte-order mark), or UTF-16 with one
 * (Excel's "Unicode text"). Anything else is refused with a message saying how to save the file,
 * rather than read as garbled names that would never match.
 */
export const decodeCsvBytes = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = new Uint8Array(bytes.length - 2 - (bytes.length % 2));
    for (let i = 0; i < swapped.length; i += 2) {
      swapped[i] = bytes[i + 3] as number;
      swapped[i + 1] = bytes[i + 2] as number;
    }
    return new TextDecoder('utf-16le').decode(swapped);
  }
  if (bytes.includes(0)) {
    throw new Error('is not a text CSV (it has zero bytes; UTF-16 without a byte-order mark?): save it as "CSV UTF-8"');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error('is not UTF-8 text (perhaps Windows-1252 or Latin-1): save it as "CSV UTF-8"');
  }
};

/** The separator used by the first line: commas, or semicolons or tabs (European Excel, TSV). */
const delimiterOf = (text: string): string => {
  const firstLine = (text.split(/\r?\n|\r/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
};

const headerWords = (cell: string): string[] =>
  cell
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);

const GIVEN = /^(?:forenames?|firstnames?|first name|given names?|christian names?)$/;
const FAMILY = /^(?:surnames?|lastnames?|last name|family names?)$/;
/** Qualifiers a name column may carry: "Pupil Name", "Legal Surname", "Preferred Forename". */
const QUALIFIERS = new Set(
  'pupil pupils student students child childs learner learners staff teacher teachers employee employees member members person legal preferred official known as full chosen current registered'.split(
    ' ',
  ),
);
/** Other people's names, not the pupil's or staff member's own. */
const OTHER_PEOPLE =
  /\b(?:parent|parents|carer|carers|guardian|contact|emergency|mother|father|mum|dad|school|class|form|tutor|user|file|house|group|year|course|subject|middle|maiden|previous|former|doctor|gp)\b/;
/** Other columns an MIS export has, so a header without a name column is still known as one. */
const OTHER_HEADER_WORDS = new Set(
  'name names pupil pupils student students child children learner staff role type kind category class form year group tutor reg registration house upn adno admission number no id dob date of birth gender sex email title job position department phone mobile tel telephone address postcode sen fsm pp ehcp eal uln ref reference code status start end leaving age'.split(
    ' ',
  ),
);

type ColumnKind = 'full' | 'given' | 'family' | 'role' | undefined;

const columnKind = (cell: string): ColumnKind => {
  const words = headerWords(cell);
  if (words.length === 0) return undefined;
  const joined = words.join(' ');
  if (/^(?:role|type|kind|category|staff or pupil|pupil or staff)$/.test(joined)) return 'role';
  if (OTHER_PEOPLE.test(joined)) return undefined;
  // The last word or two say what the column holds; the words before must be qualifiers.
  for (const take of [2, 1]) {
    if (words.length < take) continue;
    const tail = words.slice(-take).join(' ');
    const qualified = words.slice(0, -take).every((w) => QUALIFIERS.has(w));
    if (!qualified) continue;
    if (GIVEN.test(tail)) return 'given';
    if (FAMILY.test(tail)) return 'family';
    if (/^(?:name|names|fullname|full name)$/.test(tail)) return 'full';
  }
  return undefined;
};

const looksLikeHeader = (row: readonly string[]): boolean => {
  const cells = row.filter((c) => c.length > 0);
  if (cells.some((c) => columnKind(c) !== undefined)) return true;
  return cells.length > 0 && cells.every((c) => headerWords(c).every((w) => OTHER_HEADER_WORDS.has(w)));
};

const TITLES = new Set(
  'mr mrs miss ms mx dr prof professor sir dame rev revd reverend fr father sister lady lord madam master'.split(' '),
);
const SUFFIXES = /,\s*(?:jr|jnr|junior|sr|snr|senior|ii|iii|iv)\.?$/i;

/**
 * A person's name as it would be written in a comment: "Khan, Mohammed" -> "Mohammed Khan",
 * "Mrs Sarah "Sally" Jones" -> "Sarah Jones", "Dr. Ann Lee (Annie)" -> "Ann Lee".
 */
export const cleanName = (value: string, surnameFirstWithComma = true): string => {
  let name = value
    .replace(/"[^"]*"|“[^”]*”|\([^)]*\)|(?<=^|\s)'[^'\s][^']*'(?=\s|$)/g, ' ')
    .replace(SUFFIXES, '')
    .replace(/\s+/g, ' ')
    .trim();
  const comma = name.indexOf(',');
  if (comma >= 0) {
    name = surnameFirstWithComma
      ? `${name.slice(comma + 1)} ${name.slice(0, comma)}`.replace(/,/g, ' ')
      : name.replace(/,/g, ' ');
  }
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  while (words.length > 0 && TITLES.has((words[0] as string).toLowerCase().replace(/\.$/, ''))) words.shift();
  return words.join(' ');
};

const roleOf = (value: string | undefined): RosterEntry['role'] => {
  const v = (value ?? '').toLowerCase();
  if (/pupil|student|child|learner/.test(v)) return 'pupil';
  if (/staff|teacher|employee|governor|volunteer/.test(v)) return 'staff';
  return undefined;
};

const indexesOf = (header: readonly string[], kind: ColumnKind) =>
  header.flatMap((cell, i) => (columnKind(cell) === kind ? [i] : []));

export const parseRosterCsv = (text: string): RosterEntry[] => {
  const body0 = text.replace(/^\uFEFF/, '');
  const rows = parseCsv(body0, delimiterOf(body0));
  const first = rows[0] ?? [];
  const hasHeader = looksLikeHeader(first);
  const header = hasHeader ? first : [];
  const body = hasHeader ? rows.slice(1) : rows;
  const full = indexesOf(header, 'full')[0] ?? -1;
  const given = indexesOf(header, 'given');
  const family = indexesOf(header, 'family');
  const role = indexesOf(header, 'role')[0] ?? -1;
  // A header with a "Pupil Name" column is also qualified by who is in it.
  const headerRole = full >= 0 ? roleOf(header[full]) : undefined;
  const entries: RosterEntry[] = [];
  const seen = new Set<string>();
  for (const row of body) {
    let names: string[];
    if (full >= 0) names = [cleanName(row[full] ?? '')];
    else if (given.length > 0 && family.length > 0) {
      names = given.flatMap((g) =>
        family.map((f) => cleanName(`${cleanName(row[g] ?? '', false)} ${cleanName(row[f] ?? '', false)}`, false)),
      );
    } else if (!hasHeader && row.length >= 2 && !(row[0] ?? '').includes(' ')) {
      // Without a header the order is unknown, and MIS exports often put the surname first.
      names = [cleanName(`${row[0]} ${row[1]}`, false), cleanName(`${row[1]} ${row[0]}`, false)];
    } else names = [cleanName(row[0] ?? '')];
    const r = roleOf(role >= 0 ? row[role] : undefined) ?? headerRole;
    for (const name of names) {
      // A single word ("Cher") is too common to flag, and so is not a full name.
      if (!name.includes(' ') || seen.has(`${name}|${r ?? ''}`)) continue;
      seen.add(`${name}|${r ?? ''}`);
      entries.push(r ? { name, role: r } : { name });
    }
  }
  return entries;
};
