import { describe, expect, it } from 'vitest';
import { buildCsv, type CsvOptions } from './csv-test-factory.ts';
import { parseStaffCsv, parseStaffRole } from './staff-import.ts';

// SIMS "Staff List" style: Employee No, legal names, Post for the job title, plus Schoolgate's own role column.
const SIMS_HEADERS = [
  'Title',
  'Legal Forename',
  'Legal Surname',
  'Employee No',
  'Work Email',
  'Post',
  'Schoolgate Role',
];
function simsStaff(overrides: Partial<Record<(typeof SIMS_HEADERS)[number], string>> = {}): string[] {
  const person: Record<string, string> = {
    Title: 'Mrs',
    'Legal Forename': 'Priya',
    'Legal Surname': 'Sharma',
    'Employee No': 'E1042',
    'Work Email': 'P.Sharma@meadowbank.sch.uk',
    Post: 'Class Teacher',
    'Schoolgate Role': '',
    ...overrides,
  };
  return SIMS_HEADERS.map((h) => person[h] ?? '');
}
const simsCsv = (rows: string[][], options?: CsvOptions) => buildCsv(SIMS_HEADERS, rows, options);

// Arbor "Staff" export style.
const ARBOR_HEADERS = ['Staff ID', 'First Name', 'Last Name', 'Email Address', 'Job Title', 'Start Date'];
const arborCsv = (rows: string[][]) => buildCsv(ARBOR_HEADERS, rows);

describe('parseStaffCsv', () => {
  it('reads a SIMS-style export, lower-cases emails and defaults the role to staff', () => {
    const result = parseStaffCsv(
      simsCsv(
        [
          simsStaff(),
          simsStaff({
            'Legal Forename': 'Tom',
            'Employee No': 'E1043',
            'Work Email': 't.hughes@meadowbank.sch.uk',
            'Legal Surname': 'Hughes',
            Post: 'Headteacher',
            'Schoolgate Role': 'Head Teacher',
          }),
        ],
        { bom: true, eol: '\r\n' },
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        misId: 'E1042',
        firstName: 'Priya',
        lastName: 'Sharma',
        email: 'p.sharma@meadowbank.sch.uk',
        jobTitle: 'Class Teacher',
        role: 'staff',
      },
      {
        line: 3,
        misId: 'E1043',
        firstName: 'Tom',
        lastName: 'Hughes',
        email: 't.hughes@meadowbank.sch.uk',
        jobTitle: 'Headteacher',
        role: 'head',
      },
    ]);
    expect(result.unknownColumns).toEqual(['Title']);
  });

  it('reads an Arbor-style export and keeps a quoted surname with a comma', () => {
    const result = parseStaffCsv(
      arborCsv([
        ['S-17', 'Sean', "O'Neill, Jr", 'sean.oneill@hollinspark.org.uk', 'Site Manager', '2021-09-01'],
        ['', 'Grace', 'Adeyemi', 'grace.adeyemi@hollinspark.org.uk', '', ''],
      ]),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ misId: 'S-17', lastName: "O'Neill, Jr", jobTitle: 'Site Manager' });
    expect(result.rows[1]).toMatchObject({
      line: 3,
      misId: null,
      email: 'grace.adeyemi@hollinspark.org.uk',
      jobTitle: null,
    });
    expect(result.unknownColumns).toEqual(['Start Date']);
  });

  it('reports bad rows with their line numbers and keeps the good ones', () => {
    const result = parseStaffCsv(
      simsCsv([
        simsStaff(),
        simsStaff({ 'Employee No': 'E2', 'Legal Surname': '' }),
        simsStaff({ 'Employee No': '', 'Work Email': '' }),
        simsStaff({ 'Employee No': 'E1042', 'Work Email': 'other@meadowbank.sch.uk' }),
        simsStaff({ 'Employee No': 'E5', 'Work Email': 'P.SHARMA@meadowbank.sch.uk' }),
        simsStaff({ 'Employee No': 'E6', 'Work Email': 'not an email' }),
        simsStaff({ 'Employee No': 'E7', 'Work Email': 'e7@meadowbank.sch.uk', 'Schoolgate Role': 'Cook' }),
      ]),
    );
    expect(result.rows.map((r) => r.line)).toEqual([2]);
    expect(result.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'lastName'],
      [4, 'misId'],
      [5, 'misId'],
      [6, 'email'],
      [7, 'email'],
      [8, 'role'],
    ]);
    expect(result.errors[1]?.reason).toBe(
      'Both the staff ID and the email are blank; one is needed to recognise this person on the next import.',
    );
    expect(result.errors[2]?.reason).toBe("Staff ID 'E1042' is already used on line 2.");
    expect(result.errors[3]?.reason).toBe("Email 'p.sharma@meadowbank.sch.uk' is already used on line 2.");
  });

  it('needs first name and surname columns, and a staff id or email column', () => {
    const result = parseStaffCsv(buildCsv(['Forename', 'Surname', 'Phone'], [['A', 'B', '01234']]));
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.line).toBe(1);
    expect(result.errors[0]?.reason).toMatch(/at least one of Staff ID .* or Email/);
    expect(result.errors[0]?.reason).toContain('Headers found: Forename, Surname, Phone.');
  });

  it('does not confuse the job title column "Role" with "Schoolgate Role"', () => {
    const result = parseStaffCsv(
      buildCsv(
        ['ID', 'Forename', 'Surname', 'Role', 'Access Role'],
        [['1', 'Ann', 'Lee', 'Deputy Head', 'Senior Leadership']],
      ),
    );
    expect(result.rows[0]).toMatchObject({ jobTitle: 'Deputy Head', role: 'slt' });
  });
});

describe('parseStaffRole', () => {
  it.each([
    ['Headteacher', 'head'],
    ['Head Teacher', 'head'],
    ['Deputy DSL', 'deputy_dsl'],
    ['deputy_dsl', 'deputy_dsl'],
    ['Designated Safeguarding Lead', 'dsl'],
    ['Senior Leadership', 'slt'],
    ['SLT', 'slt'],
    ['Governor', 'governor'],
    ['Trust Admin', 'trust_admin'],
    ['account_admin', 'account_admin'],
    ['Staff', 'staff'],
  ])('%s -> %s', (input, expected) => {
    expect(parseStaffRole(input)).toBe(expected);
  });

  it('rejects roles Schoolgate does not have', () => {
    expect(parseStaffRole('Cook')).toBeUndefined();
  });
});
