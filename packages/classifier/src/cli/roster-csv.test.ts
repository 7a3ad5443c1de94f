import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from './roster-csv.ts';

describe('roster CSV', () => {
  it('reads forename and surname columns with roles', () => {
    const csv = 'Forename,Surname,Role\nAmelia,Okafor,Pupil\n"Zoë","Brennan, Jr",Teacher\n';
    expect(parseRosterCsv(csv)).toEqual([
      { name: 'Amelia Okafor', role: 'pupil' },
      { name: 'Zoë Brennan, Jr', role: 'staff' },
    ]);
  });

  it('reads a single full name column, and headerless files', () => {
    expect(parseRosterCsv('name\r\nJayden Marsh\r\n')).toEqual([{ name: 'Jayden Marsh' }]);
    expect(parseRosterCsv('Jayden,Marsh\nPriya,Shah\n')).toEqual([{ name: 'Jayden Marsh' }, { name: 'Priya Shah' }]);
  });
});
