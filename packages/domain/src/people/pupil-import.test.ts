import { describe, expect, it } from 'vitest';
import { buildCsv, type CsvOptions } from './csv-test-factory.ts';
import { normaliseYearGroup, parsePupilsCsv } from './pupil-import.ts';

// SIMS "Student List" style: legal names, Adno and UPN, NC year as "Year 7" / "R", Reg Group.
const SIMS_HEADERS = [
  'Adno',
  'UPN',
  'Legal Surname',
  'Legal Forename',
  'Preferred Forename',
  'Year',
  'Reg Group',
  'Gender',
  'Do Not Publish',
];
function simsPupil(overrides: Partial<Record<(typeof SIMS_HEADERS)[number], string>> = {}): string[] {
  const pupil: Record<string, string> = {
    Adno: '002345',
    UPN: 'A820123456789',
    'Legal Surname': 'Okafor',
    'Legal Forename': 'Chidi',
    'Preferred Forename': 'Chidi',
    Year: 'Year 7',
    'Reg Group': '7A',
    Gender: 'M',
    'Do Not Publish': 'No',
    ...overrides,
  };
  return SIMS_HEADERS.map((h) => pupil[h] ?? '');
}
const simsCsv = (rows: string[][], options?: CsvOptions) => buildCsv(SIMS_HEADERS, rows, options);

// Arbor "Students" export style: MIS ID, First/Last Name, Preferred First Name, Registration Form, NC year as "Y3".
const ARBOR_HEADERS = [
  'MIS ID',
  'First Name',
  'Last Name',
  'Preferred First Name',
  'Year',
  'Registration Form',
  'Date of Birth',
  'No Photo',
];
function arborPupil(overrides: Partial<Record<(typeof ARBOR_HEADERS)[number], string>> = {}): string[] {
  const pupil: Record<string, string> = {
    'MIS ID': 'ARB-1001',
    'First Name': 'Aisha',
    'Last Name': 'Rahman',
    'Preferred First Name': '',
    Year: 'Y3',
    'Registration Form': 'Oak',
    'Date of Birth': '2017-03-14',
    'No Photo': '',
    ...overrides,
  };
  return ARBOR_HEADERS.map((h) => pupil[h] ?? '');
}
const arborCsv = (rows: string[][], options?: CsvOptions) => buildCsv(ARBOR_HEADERS, rows, options);

describe('parsePupilsCsv', () => {
  it('reads a SIMS-style export with UPN as the pupil id', () => {
    const result = parsePupilsCsv(
      simsCsv([
        simsPupil(),
        simsPupil({
          Adno: '002346',
          UPN: 'A820123456790',
          'Legal Forename': 'Margaret',
          'Preferred Forename': 'Maggie',
          Year: 'R',
          'Reg Group': 'Ash',
          'Do Not Publish': 'Yes',
        }),
      ]),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        misId: 'A820123456789',
        firstName: 'Chidi',
        lastName: 'Okafor',
        preferredName: null,
        yearGroup: '7',
        className: '7A',
        doNotPublish: false,
      },
      {
        line: 3,
        misId: 'A820123456790',
        firstName: 'Margaret',
        lastName: 'Okafor',
        preferredName: 'Maggie',
        yearGroup: 'R',
        className: 'Ash',
        doNotPublish: true,
      },
    ]);
    // Adno lost to UPN (the better id), so it is reported as unused along with Gender.
    expect(result.unknownColumns).toEqual(['Adno', 'Gender']);
  });

  it('reads an Arbor-style export and lists the columns it did not use', () => {
    const result = parsePupilsCsv(
      arborCsv([
        arborPupil(),
        arborPupil({ 'MIS ID': 'ARB-1002', 'No Photo': 'Y', Year: 'Reception', 'Registration Form': '' }),
      ]),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.misId, r.yearGroup, r.className, r.doNotPublish])).toEqual([
      ['ARB-1001', '3', 'Oak', false],
      ['ARB-1002', 'R', null, true],
    ]);
    expect(result.unknownColumns).toEqual(['Date of Birth']);
  });

  it('keeps a quoted surname with a comma, and survives a BOM and CRLF', () => {
    const result = parsePupilsCsv(
      simsCsv([simsPupil({ 'Legal Surname': "O'Neill, Jr" }), simsPupil({ UPN: 'B1' })], { bom: true, eol: '\r\n' }),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ line: 2, misId: 'A820123456789', lastName: "O'Neill, Jr" });
    expect(result.rows[1]?.line).toBe(3);
  });

  it('reports bad rows with their line numbers and keeps the good ones', () => {
    const result = parsePupilsCsv(
      simsCsv([
        simsPupil({ UPN: 'U1' }),
        simsPupil({ UPN: 'U2', 'Legal Surname': '  ' }),
        simsPupil({ UPN: 'U3', Year: 'Year 15' }),
        simsPupil({ UPN: 'U1', 'Legal Forename': 'Second' }),
        simsPupil({ UPN: 'U4', 'Do Not Publish': 'maybe' }),
        simsPupil({ UPN: 'U5' }),
      ]),
    );
    expect(result.rows.map((r) => [r.line, r.misId])).toEqual([
      [2, 'U1'],
      [7, 'U5'],
    ]);
    expect(result.errors).toEqual([
      { line: 3, field: 'lastName', reason: 'The surname is blank.' },
      { line: 4, field: 'yearGroup', reason: "Year group 'Year 15' is not a year from Nursery to 13." },
      { line: 5, field: 'misId', reason: "Pupil ID 'U1' is already used on line 2." },
      { line: 6, field: 'doNotPublish', reason: "Do not publish 'maybe' should be yes or no (or left blank for no)." },
    ]);
  });

  it('gives the starting line of a row whose quoted field spans lines, after skipped blank lines', () => {
    const text = ['UPN,Forename,Surname,Year', 'U1,"Anna', 'Maria",Kowalski,2', '', 'U2,Tom,,2', ''].join('\r\n');
    const result = parsePupilsCsv(text);
    expect(result.rows[0]).toMatchObject({ line: 2, firstName: 'Anna Maria' });
    expect(result.errors).toEqual([{ line: 5, field: 'lastName', reason: 'The surname is blank.' }]);
  });

  it('names the missing columns and the headers it found on line 1', () => {
    const result = parsePupilsCsv(buildCsv(['Pupil Ref', 'Forename', 'Surname', 'Class'], [['1', 'A', 'B', 'Oak']]));
    expect(result.rows).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.line).toBe(1);
    expect(result.errors[0]?.reason).toContain('Pupil ID (a column called "UPN", "Admission Number"');
    expect(result.errors[0]?.reason).toContain('Year group');
    expect(result.errors[0]?.reason).toContain('Headers found: Pupil Ref, Forename, Surname, Class.');
    expect(result.unknownColumns).toEqual(['Pupil Ref']);
  });

  it('matches headers whatever their case, spacing and punctuation', () => {
    const result = parsePupilsCsv(
      buildCsv(
        ['upn', 'LEGAL_FORENAME', 'legal-surname', 'nc year', 'Tutor group'],
        [['X1', 'Ola', 'Nowak', 'Yr 10', '10B']],
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      misId: 'X1',
      firstName: 'Ola',
      lastName: 'Nowak',
      yearGroup: '10',
      className: '10B',
    });
  });

  // How fast is for a benchmark, not a unit test; this checks a whole-school export comes through intact.
  it('keeps every row of a 5,000-row export, with the right line numbers', () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      simsPupil({ UPN: `A${String(i).padStart(12, '0')}`, Year: `Year ${(i % 13) + 1}` }),
    );
    const text = simsCsv(rows, { eol: '\r\n' });
    const result = parsePupilsCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(5000);
    expect(result.rows[4999]?.line).toBe(5001);
  });
});

describe('normaliseYearGroup', () => {
  it.each([
    ['Year 7', '7'],
    ['Y7', '7'],
    ['7', '7'],
    ['07', '7'],
    ['Yr 13', '13'],
    ['Reception', 'R'],
    ['Rec', 'R'],
    ['R', 'R'],
    ['YR', 'R'],
    ['Year R', 'R'],
    ['Nursery', 'N'],
    ['N', 'N'],
    ['N2', 'N'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseYearGroup(input)).toBe(expected);
  });

  it.each(['Year 15', '0', '14', '7A', 'Sixth form', ''])('rejects %j', (input) => {
    expect(normaliseYearGroup(input)).toBeUndefined();
  });
});

describe('parsePupilsCsv consent columns', () => {
  const headers = [
    'UPN',
    'Forename',
    'Surname',
    'Year',
    'Photo Consent (Social Media)',
    'Name Consent Social Media',
    'Website Consent',
    'Press Consent',
    'Displays Consent',
  ];

  it('reads each use when its column is present, and leaves blank cells as not stated', () => {
    const result = parsePupilsCsv(
      buildCsv(headers, [
        ['U1', 'Ada', 'Ng', '4', 'Yes', 'N', 'Granted', 'Refused', ''],
        ['U2', 'Bo', 'Ng', '4', 'withdrawn', '', '', '', ''],
        ['U3', 'Cy', 'Ng', '4', '', '', '', '', ''],
      ]),
    );
    expect(result.errors).toEqual([]);
    expect(result.unknownColumns).toEqual([]);
    expect(result.rows.map((r) => r.consents)).toEqual([
      { social_media_photo: 'granted', social_media_name: 'refused', website: 'granted', press: 'refused' },
      { social_media_photo: 'withdrawn' },
      undefined,
    ]);
  });

  it('reports a consent cell it cannot read and skips that row', () => {
    const result = parsePupilsCsv(buildCsv(headers, [['U1', 'Ada', 'Ng', '4', 'ask mum', '', '', '', '']]));
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      {
        line: 2,
        field: 'consent.social_media_photo',
        reason:
          "Consent for photo on social media 'ask mum' should be yes, no or withdrawn (or left blank when not stated).",
      },
    ]);
  });

  it('never reads a bare "Photo Consent" column, for consent or for do-not-publish', () => {
    const result = parsePupilsCsv(
      buildCsv(['UPN', 'Forename', 'Surname', 'Year', 'Photo Consent'], [['U1', 'A', 'B', '2', 'No']]),
    );
    expect(result.unknownColumns).toEqual(['Photo Consent']);
    expect(result.rows[0]).toMatchObject({ doNotPublish: false });
    expect(result.rows[0]?.consents).toBeUndefined();
  });
});
