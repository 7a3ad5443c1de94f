import { describe, expect, it } from 'vitest';
import { normaliseHeader, parseMisCsv, parseYesNo, recordStartLines, type ColumnSpec } from './mis-csv.ts';

const SPECS: readonly ColumnSpec<'id' | 'name'>[] = [
  { key: 'id', label: 'ID', aliases: ['ID'], required: true },
  { key: 'name', label: 'Name', aliases: ['Name'], required: false },
];
const echo = (text: string) =>
  parseMisCsv(text, SPECS, (row) => ({ ok: true, row: { line: row.line, id: row.get('id'), name: row.get('name') } }));

describe('recordStartLines', () => {
  it('counts LF, CRLF and lone CR line endings, skipping empty lines', () => {
    expect(recordStartLines('a\nb\n\nc\n')).toEqual([1, 2, 4]);
    expect(recordStartLines('a\r\n\r\nb\r\nc')).toEqual([1, 3, 4]);
    expect(recordStartLines('a\rb\r')).toEqual([1, 2]);
  });

  it('gives the starting line of a record with a quoted line break', () => {
    expect(recordStartLines('h\n"x\ny\nz",1\nnext\n')).toEqual([1, 2, 5]);
  });

  it('treats a quote inside an unquoted field as a character, like csv-parse with relax_quotes', () => {
    expect(recordStartLines('a,Jo "JJ" Smith\nb\n')).toEqual([1, 2]);
  });
});

describe('parseMisCsv', () => {
  it('skips blank lines and rows of empty cells, keeping physical line numbers', () => {
    const result = echo('ID,Name\n\n1,Ann\n,\n  ,  \n2,"Bo\nb"\n3,Cy\n');
    expect(result.rows).toEqual([
      { line: 3, id: '1', name: 'Ann' },
      { line: 6, id: '2', name: 'Bo b' },
      { line: 8, id: '3', name: 'Cy' },
    ]);
  });

  it('reads old Mac files that end lines with CR alone', () => {
    expect(echo('ID,Name\r\r1,"Ann\rMarie"\r2,Bo\r').rows).toEqual([
      { line: 3, id: '1', name: 'Ann Marie' },
      { line: 5, id: '2', name: 'Bo' },
    ]);
  });

  it('reports rows shorter or longer than the header by their line, and keeps the rows that line up', () => {
    const result = echo('ID,Name\n1\n2,Bo,extra\n3,Cy\n4,Di,\n');
    expect(result.rows).toEqual([
      { line: 4, id: '3', name: 'Cy' },
      { line: 5, id: '4', name: 'Di' },
    ]);
    expect(result.errors.map((e) => [e.line, e.reason.slice(0, 38)])).toEqual([
      [2, 'This row has 1 cell but the header has'],
      [3, 'This row has 3 cells but the header ha'],
    ]);
  });

  it('reports a row holding a NUL or a lone surrogate by its line, and keeps the others', () => {
    const result = echo('ID,Name\n1,A\u0000n\n2,B\uD800o\n3,Cy\n');
    expect(result.rows).toEqual([{ line: 4, id: '3', name: 'Cy' }]);
    expect(result.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(echo('ID,Na\u0000me\n1,A\n').errors).toEqual([expect.objectContaining({ line: 1 })]);
  });

  it('reports an unclosed quote as one error instead of throwing', () => {
    const result = echo('ID,Name\n1,"Ann\n2,Bo\n');
    expect(result.rows).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.reason).toContain('quote mark');
  });

  it('reports an empty file on line 1', () => {
    expect(echo('').errors).toEqual([{ line: 1, reason: 'The file is empty: it has no header row.' }]);
    expect(echo('\uFEFF\r\n').errors).toHaveLength(1);
  });

  it('uses the first of two matching headers and lists the other as unused', () => {
    const result = echo('Name,ID,id\nAnn,1,99\n');
    expect(result.rows).toEqual([{ line: 2, id: '1', name: 'Ann' }]);
    expect(result.unknownColumns).toEqual(['id']);
  });
});

describe('normaliseHeader', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(normaliseHeader(' Legal_Sur-name ')).toBe('legalsurname');
    expect(normaliseHeader('E-mail Address')).toBe('emailaddress');
  });
});

describe('parseYesNo', () => {
  it.each([
    ['Yes', true],
    ['y', true],
    ['TRUE', true],
    ['1', true],
    ['No', false],
    ['n', false],
    ['false', false],
    ['0', false],
    [null, false],
    ['maybe', undefined],
  ])('%j -> %j', (input, expected) => {
    expect(parseYesNo(input)).toBe(expected);
  });
});
