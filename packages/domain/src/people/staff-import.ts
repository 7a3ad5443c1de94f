// Staff rows from an MIS CSV export. Pure: validates and shapes rows; matching against people already in the
// school (by MIS id, else email) happens in the use case that saves them.

import { ROLES, type Role } from '../roles.ts';
import {
  DuplicateTracker,
  parseMisCsv,
  type ColumnSpec,
  type CsvRow,
  type ImportParseResult,
  type ImportRowError,
  type RowOutcome,
} from './mis-csv.ts';

export type StaffRole = Role;

export interface StaffImportRow {
  line: number;
  misId: string | null;
  firstName: string;
  lastName: string;
  /** Lower-cased: it is a sign-in and matching key, and mail systems treat it case-insensitively. */
  email: string | null;
  jobTitle: string | null;
  role: StaffRole;
}

type StaffField = 'misId' | 'firstName' | 'lastName' | 'email' | 'jobTitle' | 'role';

export const STAFF_COLUMNS: readonly ColumnSpec<StaffField>[] = [
  {
    key: 'misId',
    label: 'Staff ID',
    aliases: [
      'Staff ID',
      'Employee No',
      'Employee Number',
      'Staff Code',
      'Staff Number',
      'Payroll Number',
      'MIS ID',
      'ID',
    ],
    required: false,
  },
  {
    key: 'firstName',
    label: 'First name',
    aliases: ['Forename', 'Legal Forename', 'First Name', 'Given Name', 'Preferred Forename', 'Preferred First Name'],
    required: true,
  },
  {
    key: 'lastName',
    label: 'Surname',
    aliases: ['Surname', 'Legal Surname', 'Last Name', 'Family Name', 'Preferred Surname'],
    required: true,
  },
  {
    key: 'email',
    label: 'Email',
    aliases: ['Email', 'Work Email', 'Email Address', 'School Email', 'Work Email Address', 'Primary Email'],
    required: false,
  },
  { key: 'jobTitle', label: 'Job title', aliases: ['Role', 'Job Title', 'Post', 'Position'], required: false },
  { key: 'role', label: 'Schoolgate role', aliases: ['Schoolgate Role', 'Access Role'], required: false },
];

// Friendly spellings an office manager might type, after lower-casing and removing spaces and punctuation.
const ROLE_SPELLINGS: Record<string, StaffRole> = {
  trustadmin: 'trust_admin',
  trustadministrator: 'trust_admin',
  trustcentralteam: 'trust_admin',
  centralteam: 'trust_admin',
  governor: 'governor',
  trustee: 'governor',
  chairofgovernors: 'governor',
  head: 'head',
  headteacher: 'head',
  headofschool: 'head',
  principal: 'head',
  executiveheadteacher: 'head',
  executivehead: 'head',
  slt: 'slt',
  seniorleader: 'slt',
  seniorleadership: 'slt',
  seniorleadershipteam: 'slt',
  dsl: 'dsl',
  designatedsafeguardinglead: 'dsl',
  safeguardinglead: 'dsl',
  deputydsl: 'deputy_dsl',
  ddsl: 'deputy_dsl',
  deputydesignatedsafeguardinglead: 'deputy_dsl',
  deputysafeguardinglead: 'deputy_dsl',
  accountadmin: 'account_admin',
  accountadministrator: 'account_admin',
  socialmediaadministrator: 'account_admin',
  moderator: 'account_admin',
  staff: 'staff',
  staffmember: 'staff',
  memberofstaff: 'staff',
};
for (const role of ROLES) ROLE_SPELLINGS[role.replace(/_/g, '')] = role;

export function parseStaffRole(value: string): StaffRole | undefined {
  return ROLE_SPELLINGS[value.toLowerCase().replace(/[^a-z]/g, '')];
}

// Deliberately loose: the MIS is the source of truth, this only catches cells that are plainly not an address.
const EMAIL_SHAPE = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export function parseStaffCsv(text: string): ImportParseResult<StaffImportRow> {
  const ids = new DuplicateTracker();
  const emails = new DuplicateTracker();

  const parseRow = (row: CsvRow<StaffField>): RowOutcome<StaffImportRow> => {
    const { line } = row;
    const errors: ImportRowError[] = [];
    const misId = row.get('misId');
    const firstName = row.get('firstName');
    const lastName = row.get('lastName');
    const email = row.get('email')?.toLowerCase() ?? null;
    const roleCell = row.get('role');

    if (!firstName) errors.push({ line, field: 'firstName', reason: 'The first name is blank.' });
    if (!lastName) errors.push({ line, field: 'lastName', reason: 'The surname is blank.' });
    if (!misId && !email) {
      errors.push({
        line,
        field: 'misId',
        reason: 'Both the staff ID and the email are blank; one is needed to recognise this person on the next import.',
      });
    }
    if (email && !EMAIL_SHAPE.test(email)) {
      errors.push({ line, field: 'email', reason: `Email '${email}' does not look like an email address.` });
    }
    const role = roleCell === null ? 'staff' : parseStaffRole(roleCell);
    if (role === undefined) {
      errors.push({
        line,
        field: 'role',
        reason: `Schoolgate role '${roleCell}' is not one we know; use one of: ${ROLES.join(', ')} (or leave it blank for staff).`,
      });
    }
    if (errors.length > 0 || !firstName || !lastName || role === undefined) return { ok: false, errors };

    // Checked last, and claimed only by good rows, so a rejected row does not mask a later row's real clash.
    const idClash = ids.lineOf(misId);
    if (idClash !== null) {
      return {
        ok: false,
        errors: [{ line, field: 'misId', reason: `Staff ID '${misId}' is already used on line ${idClash}.` }],
      };
    }
    const emailClash = emails.lineOf(email);
    if (emailClash !== null) {
      return {
        ok: false,
        errors: [{ line, field: 'email', reason: `Email '${email}' is already used on line ${emailClash}.` }],
      };
    }
    ids.claim(misId, line);
    emails.claim(email, line);
    return { ok: true, row: { line, misId, firstName, lastName, email, jobTitle: row.get('jobTitle'), role } };
  };

  return parseMisCsv(text, STAFF_COLUMNS, parseRow, ['misId', 'email']);
}
