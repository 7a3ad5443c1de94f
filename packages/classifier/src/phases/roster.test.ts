import { describe, expect, it } from 'vitest';
import { compileRoster, findRosterNames, nameWords } from './roster.ts';

describe('roster', () => {
  const roster = compileRoster([
    { name: 'Amelia Okafor', role: 'pupil' },
    { name: 'Amelia Rose Okafor-Smith', role: 'pupil' },
    { name: 'Zoë Brennan', role: 'staff' },
    { name: 'Cher' },
  ]);

  it('matches full names regardless of case and accents', () => {
    expect(findRosterNames(roster, nameWords('thanks ZOE BRENNAN')).map((m) => m.entry.name)).toEqual(['Zoë Brennan']);
  });

  it('prefers the longest name starting at a word', () => {
    expect(findRosterNames(roster, nameWords('Amelia Rose Okafor-Smith won')).map((m) => m.entry.name)).toEqual([
      'Amelia Rose Okafor-Smith',
    ]);
  });

  it('ignores single names, which are too common to flag', () => {
    expect(roster.size).toBe(3);
    expect(findRosterNames(roster, nameWords('Cher sang'))).toEqual([]);
  });
});
