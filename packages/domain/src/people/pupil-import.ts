// Pupil rows from an MIS CSV export. Pure: validates and shapes rows; the use case that saves them updates
// pupils already known by MIS id instead of adding duplicates.
// The do-not-publish flag is the list of children whose images must not be published (policy 004).
// Optional consent columns, one per use, fill the consent register; a blank consent cell means "not stated".

import {
  DuplicateTracker,
  parseMisCsv,
  parseYesNo,
  type ColumnSpec,
  type CsvRow,
  type ImportParseResult,
  type ImportRowError,
  type RowOutcome,
} from './mis-csv.ts';
import { parseConsentCell } from '../consent/consent-cell.ts';
import { CONSENT_USE_LABELS, type ConsentDecision, type ConsentUse } from '../consent/consent-vocabulary.ts';

export interface PupilImportRow {
  line: number;
  misId: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  /** "N" (nursery), "R" (reception) or "1".."13". */
  yearGroup: string;
  className: string | null;
  doNotPublish: boolean;
  /** The consent decisions the file states for this pupil; absent when it states none. */
  consents?: Partial<Record<ConsentUse, ConsentDecision>>;
}

type PupilField =
  | 'misId'
  | 'firstName'
  | 'lastName'
  | 'preferredName'
  | 'yearGroup'
  | 'className'
  | 'doNotPublish'
  | `consent.${ConsentUse}`;

/**
 * Consent columns, where yes means the family agreed. A bare "Photo Consent" column is not read: it does not say
 * which use it covers, and Schoolgate never assumes consent for a use nobody named.
 */
const CONSENT_COLUMNS: readonly ColumnSpec<PupilField>[] = [
  {
    key: 'consent.social_media_photo',
    label: 'Photo consent (social media)',
    aliases: [
      'Photo Consent Social Media',
      'Social Media Photo Consent',
      'Social Media Photos',
      'Photos On Social Media',
      'Photo Social Media',
      'SM Photo Consent',
    ],
    required: false,
  },
  {
    key: 'consent.social_media_name',
    label: 'Name consent (social media)',
    aliases: [
      'Name Consent Social Media',
      'Social Media Name Consent',
      'Names On Social Media',
      'Name Social Media',
      'SM Name Consent',
    ],
    required: false,
  },
  {
    key: 'consent.website',
    label: 'Website consent',
    aliases: ['Website Consent', 'Website Photo Consent', 'Photo Consent Website', 'School Website Consent'],
    required: false,
  },
  {
    key: 'consent.press',
    label: 'Press consent',
    aliases: [
      'Press Consent',
      'Press Photo Consent',
      'Photo Consent Press',
      'Newspaper Consent',
      'Media Consent Press',
    ],
    required: false,
  },
  {
    key: 'consent.displays',
    label: 'Displays consent',
    aliases: ['Displays Consent', 'Display Consent', 'Photo Consent Displays', 'In School Displays Consent'],
    required: false,
  },
];

export const PUPIL_COLUMNS: readonly ColumnSpec<PupilField>[] = [
  {
    key: 'misId',
    label: 'Pupil ID',
    aliases: ['UPN', 'Admission Number', 'Adno', 'Adm No', 'MIS ID', 'Pupil ID', 'Student ID'],
    required: true,
  },
  {
    key: 'firstName',
    label: 'First name',
    aliases: ['Legal Forename', 'Forename', 'First Name', 'Legal First Name', 'Given Name'],
    required: true,
  },
  {
    key: 'lastName',
    label: 'Surname',
    aliases: ['Legal Surname', 'Surname', 'Last Name', 'Family Name'],
    required: true,
  },
  {
    key: 'preferredName',
    label: 'Preferred name',
    aliases: ['Preferred Forename', 'Preferred Name', 'Preferred First Name', 'Known As'],
    required: false,
  },
  {
    key: 'yearGroup',
    label: 'Year group',
    aliases: ['Year Group', 'Year', 'NC Year', 'Curriculum Year', 'National Curriculum Year', 'Year Taught In'],
    required: true,
  },
  {
    key: 'className',
    label: 'Class',
    aliases: [
      'Reg Group',
      'Reg',
      'Registration Group',
      'Reg Form',
      'Registration Form',
      'Form',
      'Form Group',
      'Class',
      'Tutor Group',
    ],
    required: false,
  },
  {
    key: 'doNotPublish',
    label: 'Do not publish',
    // Only columns where "yes" means "keep this child off social media"; a "Photo Consent" column means the
    // opposite and is left out on purpose, so it shows as unknown rather than silently inverting consent.
    aliases: ['Do Not Publish', 'No Photo', 'No Photos', 'Photo Consent Withheld', 'No Photo Consent', 'Media Opt Out'],
    required: false,
  },
  ...CONSENT_COLUMNS,
];

const NAMED_YEARS: Record<string, string> = {
  n: 'N',
  n1: 'N',
  n2: 'N',
  nursery: 'N',
  fs1: 'N',
  r: 'R',
  yr: 'R',
  rec: 'R',
  reception: 'R',
  fs2: 'R',
};

/** Normalises "Year 7", "Y7", "Yr 07", "7", "Reception", "Rec", "R", "Nursery", "N" (and SIMS's N1/N2) to "7", "R", "N". */
export function normaliseYearGroup(value: string): string | undefined {
  const compact = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  const named = NAMED_YEARS[compact] ?? NAMED_YEARS[compact.replace(/^(year|yr|y)/, '')];
  if (named) return named;
  const digits = /^(?:year|yr|y)?(\d{1,2})$/.exec(compact)?.[1];
  if (digits === undefined) return undefined;
  const year = Number(digits);
  return year >= 1 && year <= 13 ? String(year) : undefined;
}

export function parsePupilsCsv(text: string): ImportParseResult<PupilImportRow> {
  const ids = new DuplicateTracker();

  const parseRow = (row: CsvRow<PupilField>): RowOutcome<PupilImportRow> => {
    const { line } = row;
    const errors: ImportRowError[] = [];
    const misId = row.get('misId');
    const firstName = row.get('firstName');
    const lastName = row.get('lastName');
    const yearCell = row.get('yearGroup');
    const publishCell = row.get('doNotPublish');

    if (!misId) errors.push({ line, field: 'misId', reason: 'The pupil ID (UPN or admission number) is blank.' });
    if (!firstName) errors.push({ line, field: 'firstName', reason: 'The first name is blank.' });
    if (!lastName) errors.push({ line, field: 'lastName', reason: 'The surname is blank.' });
    const yearGroup = yearCell === null ? undefined : normaliseYearGroup(yearCell);
    if (yearCell === null) errors.push({ line, field: 'yearGroup', reason: 'The year group is blank.' });
    else if (yearGroup === undefined) {
      errors.push({ line, field: 'yearGroup', reason: `Year group '${yearCell}' is not a year from Nursery to 13.` });
    }
    const doNotPublish = parseYesNo(publishCell);
    if (doNotPublish === undefined) {
      errors.push({
        line,
        field: 'doNotPublish',
        reason: `Do not publish '${publishCell}' should be yes or no (or left blank for no).`,
      });
    }
    const consents: Partial<Record<ConsentUse, ConsentDecision>> = {};
    for (const spec of CONSENT_COLUMNS) {
      const use = spec.key.slice('consent.'.length) as ConsentUse;
      const cell = row.get(spec.key);
      const decision = parseConsentCell(cell);
      if (decision === undefined) {
        errors.push({
          line,
          field: spec.key,
          reason: `Consent for ${CONSENT_USE_LABELS[use].toLowerCase()} '${cell}' should be yes, no or withdrawn (or left blank when not stated).`,
        });
      } else if (decision !== null) consents[use] = decision;
    }
    if (errors.length > 0 || !misId || !firstName || !lastName || !yearGroup || doNotPublish === undefined) {
      return { ok: false, errors };
    }

    // Only good rows claim an id, so a rejected row does not mask a later row's real clash.
    const clash = ids.lineOf(misId);
    if (clash !== null) {
      return {
        ok: false,
        errors: [{ line, field: 'misId', reason: `Pupil ID '${misId}' is already used on line ${clash}.` }],
      };
    }
    ids.claim(misId, line);
    // Most MIS exports fill the preferred name for every pupil; keep it only when it differs, so it means something.
    const preferred = row.get('preferredName');
    const preferredName = preferred && preferred.toLowerCase() !== firstName.toLowerCase() ? preferred : null;
    return {
      ok: true,
      row: {
        line,
        misId,
        firstName,
        lastName,
        preferredName,
        yearGroup,
        className: row.get('className'),
        doNotPublish,
        ...(Object.keys(consents).length > 0 ? { consents } : {}),
      },
    };
  };

  return parseMisCsv(text, PUPIL_COLUMNS, parseRow);
}
