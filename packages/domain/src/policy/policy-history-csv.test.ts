import { describe, expect, it } from 'vitest';
import { parsePolicyHistoryCsv, readHistoryDate } from './policy-history-csv.ts';

const TODAY = '2026-12-07';

describe('parsePolicyHistoryCsv', () => {
  it('reads rows under the usual headers, in ISO or UK dates', () => {
    const csv = [
      'Version,Date,Author,Reason for change',
      '0.1,12/03/2018,A Patel,First policy',
      '0.2,2020-09-01,J Smith,"Annual review, parents section added"',
    ].join('\n');
    const result = parsePolicyHistoryCsv(csv, TODAY);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { version: '0.1', date: '2018-03-12', author: 'A Patel', reason: 'First policy' },
      { version: '0.2', date: '2020-09-01', author: 'J Smith', reason: 'Annual review, parents section added' },
    ]);
  });

  it('names the line and the column of each problem and keeps the good rows', () => {
    const csv = [
      'Version,Date,Author,Reason',
      '0.1,31/02/2018,A Patel,First',
      '0.2,2020-09-01,,Review',
      '0.3,2031-01-01,B Jones,Future',
      '0.4,2021-01-01,B Jones,Fine',
    ].join('\n');
    const result = parsePolicyHistoryCsv(csv, TODAY);
    expect(result.rows.map((row) => row.version)).toEqual(['0.4']);
    expect(result.errors).toEqual([
      { line: 2, field: 'Date', reason: '"31/02/2018" is not a date: write 2018-03-12 or 12/03/2018.' },
      { line: 3, field: 'Author', reason: 'Author is empty.' },
      { line: 4, field: 'Date', reason: 'An earlier version cannot be dated in the future.' },
    ]);
  });

  it('says which columns are missing', () => {
    const result = parsePolicyHistoryCsv('Version,Date\n0.1,2018-01-01', TODAY);
    expect(result.errors[0]).toMatchObject({ line: 1 });
    expect(result.errors[0]!.reason).toContain('Author');
  });

  it('reads dates', () => {
    expect(readHistoryDate('1/9/2019')).toBe('2019-09-01');
    expect(readHistoryDate('2019-13-01')).toBeNull();
    expect(readHistoryDate('September 2019')).toBeNull();
  });
});
