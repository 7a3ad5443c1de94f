// Staff and pupil import from MIS CSV exports: pure parsing and validation, no I/O.
export type { ColumnSpec, ImportParseResult, ImportRowError } from './mis-csv.ts';
export { normaliseHeader } from './mis-csv.ts';
export { parseStaffCsv, parseStaffRole, STAFF_COLUMNS, type StaffImportRow, type StaffRole } from './staff-import.ts';
export { parsePupilsCsv, normaliseYearGroup, PUPIL_COLUMNS, type PupilImportRow } from './pupil-import.ts';
export { isChairOfGovernors } from './chair-of-governors.ts';
