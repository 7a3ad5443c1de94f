import { describe, expect, it } from 'vitest';
import { cleanName, decodeCsvBytes, parseRosterCsv } from './roster-csv.ts';

describe('roster CSV', () => {
  it('reads forename and surname columns with roles', () => {
    const csv = 'Forename,Surname,Role\nAmelia,Okafor,Pupil\n"Zoë","Brennan, Jr",Teacher\n';
    expect(parseRosterCsv(csv)).toEqual([
      { name: 'Amelia Okafor', role: 'pupil' },
      { name: 'Zoë Brennan', role: 'staff' },
    ]);
  });

  it('reads a single full name column, and headerless files', () => {
    expect(parseRosterCsv('name\r\nJayden Marsh\r\n')).toEqual([{ name: 'Jayden Marsh' }]);
    // Two columns without a header may be either way round ("Baker,Tom" from an MIS).
    expect(parseRosterCsv('Jayden,Marsh\nBaker,Tom\n')).toEqual([
      { name: 'Jayden Marsh' },
      { name: 'Marsh Jayden' },
      { name: 'Baker Tom' },
      { name: 'Tom Baker' },
    ]);
    expect(parseRosterCsv('Tom Baker\r\nJo Bloggs')).toEqual([{ name: 'Tom Baker' }, { name: 'Jo Bloggs' }]);
  });

  it('reads "Surname, Forename" in a name column, and drops titles and quoted nicknames', () => {
    const csv =
      'Name,Role\n"Khan, Mohammed",pupil\n"Mrs Sarah ""Sally"" Jones",staff\nLi Wei,pupil\nDr. Ann Lee (Annie),staff\n';
    expect(parseRosterCsv(csv)).toEqual([
      { name: 'Mohammed Khan', role: 'pupil' },
      { name: 'Sarah Jones', role: 'staff' },
      { name: 'Li Wei', role: 'pupil' },
      { name: 'Ann Lee', role: 'staff' },
    ]);
  });

  it('knows a header by its words, wherever the name columns are', () => {
    expect(parseRosterCsv('Pupil Name,Class\nTom Baker,6B\n')).toEqual([{ name: 'Tom Baker', role: 'pupil' }]);
    expect(parseRosterCsv('UPN,Surname,Forename,Reg\nA123,Patel,Priya,5P\n')).toEqual([{ name: 'Priya Patel' }]);
    expect(parseRosterCsv('first_name,last_name\nEmma,Watson\n')).toEqual([{ name: 'Emma Watson' }]);
    expect(parseRosterCsv('Surname,Forename\nBaker,Tom\n')).toEqual([{ name: 'Tom Baker' }]);
    // Every forename column with the surname: pupils are named by their preferred name too.
    expect(parseRosterCsv('Legal Forename,Preferred Forename,Legal Surname\nThomas,Tom,Baker\n')).toEqual([
      { name: 'Thomas Baker' },
      { name: 'Tom Baker' },
    ]);
    // A parent's name is not the pupil's.
    expect(parseRosterCsv('Pupil Name,Parent Name\nTom Baker,Jane Baker\n')).toEqual([
      { name: 'Tom Baker', role: 'pupil' },
    ]);
  });

  it('reads semicolon- and tab-separated exports', () => {
    expect(parseRosterCsv('Pupil Name;Class\nTom Baker;6B\n')).toEqual([{ name: 'Tom Baker', role: 'pupil' }]);
    expect(parseRosterCsv('Forename\tSurname\nTom\tBaker\n')).toEqual([{ name: 'Tom Baker' }]);
  });

  it('reads a UTF-8 file with a byte-order mark and quoted cells (Excel "CSV UTF-8")', () => {
    const csv = '\uFEFF"Forename","Legal Surname","Year"\r\n"Jack","O\'Brien","6"\r\n"Siân","Llewelyn",4\r\n';
    expect(parseRosterCsv(csv)).toEqual([{ name: "Jack O'Brien" }, { name: 'Siân Llewelyn' }]);
  });

  it('gives no names for an empty file or one without full names', () => {
    expect(parseRosterCsv('')).toEqual([]);
    expect(parseRosterCsv('Name\nCher\nMrs Jones\n')).toEqual([]);
  });

  it('cleans names as they would be written in a comment', () => {
    expect(cleanName('Khan, Mohammed Ali')).toBe('Mohammed Ali Khan');
    expect(cleanName("Mr Jack 'JJ' O'Brien")).toBe("Jack O'Brien");
    expect(cleanName('Smith, Jr')).toBe('Smith');
  });
});

describe('roster file bytes', () => {
  const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);

  it('decodes UTF-8, with or without a byte-order mark', () => {
    expect(decodeCsvBytes(Buffer.from('Name\nSiân Llewelyn\n'))).toBe('Name\nSiân Llewelyn\n');
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  });

  it('decodes UTF-16 with a byte-order mark, little- or big-endian', () => {
    expect(decodeCsvBytes(utf16le('Tom Baker\n'))).toBe('Tom Baker\n');
    const le = Buffer.from('Siân', 'utf16le');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number];
    expect(decodeCsvBytes(new Uint8Array([0xfe, 0xff, ...be]))).toBe('Siân');
  });

  it('refuses other encodings with a message saying how to save the file', () => {
    expect(() => decodeCsvBytes(new Uint8Array([0x53, 0x69, 0xe2, 0x6e]))).toThrow(/not UTF-8.*CSV UTF-8/);
    expect(() => decodeCsvBytes(Buffer.from('Tom', 'utf16le'))).toThrow(/UTF-16 without a byte-order mark/);
  });
});
