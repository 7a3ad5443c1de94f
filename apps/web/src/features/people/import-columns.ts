// The columns the importers recognise (packages/domain/src/people/*-import.ts), in the words an office manager uses.
// Kept short on purpose: the help panel lists the usual header for each field and a few common alternatives.
export interface ColumnHelp {
  field: string;
  label: string;
  headers: string;
  required: boolean;
}

export const STAFF_COLUMN_HELP: readonly ColumnHelp[] = [
  { field: 'misId', label: 'Staff ID', headers: 'Staff ID, Employee No, Staff Code', required: false },
  { field: 'firstName', label: 'First name', headers: 'Forename, First Name', required: true },
  { field: 'lastName', label: 'Surname', headers: 'Surname, Last Name', required: true },
  { field: 'email', label: 'Email', headers: 'Email, Work Email', required: false },
  { field: 'jobTitle', label: 'Job title', headers: 'Job Title, Role, Post', required: false },
  { field: 'role', label: 'Schoolgate role', headers: 'Schoolgate Role (e.g. head, DSL, staff)', required: false },
];

export const PUPIL_COLUMN_HELP: readonly ColumnHelp[] = [
  { field: 'misId', label: 'Pupil ID', headers: 'UPN, Admission Number, Adno', required: true },
  { field: 'firstName', label: 'First name', headers: 'Legal Forename, Forename, First Name', required: true },
  { field: 'lastName', label: 'Surname', headers: 'Legal Surname, Surname, Last Name', required: true },
  { field: 'preferredName', label: 'Preferred name', headers: 'Preferred Forename, Known As', required: false },
  { field: 'yearGroup', label: 'Year group', headers: 'Year Group, Year, NC Year (N, R or 1 to 13)', required: true },
  { field: 'className', label: 'Class', headers: 'Reg Group, Class, Form', required: false },
  { field: 'doNotPublish', label: 'Do not publish', headers: 'Do Not Publish, No Photo (yes or no)', required: false },
];

/**
 * The name a person knows a field by, for the row-error table, from the columns of the kind imported (`misId` is the
 * staff ID in one file and the pupil ID in the other); falls back to what the API sent.
 */
export function fieldLabel(kind: 'staff' | 'pupils', field: string | undefined): string {
  if (!field) return '–';
  const columns = kind === 'staff' ? STAFF_COLUMN_HELP : PUPIL_COLUMN_HELP;
  return columns.find((column) => column.field === field)?.label ?? field;
}
