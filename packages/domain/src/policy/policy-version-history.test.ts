import { describe, expect, it } from 'vitest';
import { buildVersionHistory } from './policy-version-history.ts';

const imported = [
  { version: '0.2', date: '2020-09-01', author: 'J Smith', reason: 'Annual review' },
  { version: '0.1', date: '2018-03-12', author: 'A Patel', reason: 'First policy' },
];
const versions = [
  { number: 1, approvedOn: '2026-01-15', approverName: 'Grace Okafor', summaryOfChanges: null },
  { number: 2, approvedOn: null, approverName: null, summaryOfChanges: 'Set aside' },
  { number: 3, approvedOn: null, approverName: null, summaryOfChanges: 'Harassment clause' },
];

describe('buildVersionHistory', () => {
  it('puts imported rows first, oldest first, then the approved versions up to the one read', () => {
    const rows = buildVersionHistory(imported, versions, 3);
    expect(rows.map((row) => row.version)).toEqual(['0.1', '0.2', '1', '3']);
    expect(rows[2]).toEqual({
      version: '1',
      date: '2026-01-15',
      author: 'Grace Okafor',
      summary: 'First version in Schoolgate',
      imported: false,
    });
    expect(rows[3]).toMatchObject({ date: null, author: 'Not yet approved', summary: 'Harassment clause' });
  });

  it('leaves out later versions', () => {
    expect(buildVersionHistory([], versions, 1).map((row) => row.version)).toEqual(['1']);
  });
});
