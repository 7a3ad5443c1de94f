// What the two demo schools look like: names, classes and the posts on their staff lists.
// Fictional names; none of them is a school from the seed policies.

import type { Role } from '@schoolgate/domain';
import type { DemoSchoolKey } from './demo-data-types.ts';

export const DEMO_TRUST_NAME = 'Riverside Learning Trust';

/** A post on the staff list. `roleEmail` gives it the predictable sign-in address `<role>@<school>.schoolgate.test`. */
export interface StaffPost {
  role: Role;
  jobTitle: string;
  signsIn?: boolean;
  roleEmail?: boolean;
  /** Someone who has left: kept on the list, as an MIS export would, so the app's handling of leavers shows. */
  inactive?: boolean;
}

export interface ClassLayout {
  yearGroup: string;
  classes: readonly string[];
  /** Pupils per class, inclusive range. */
  size: readonly [number, number];
}

export interface SchoolLayout {
  key: DemoSchoolKey;
  name: string;
  urn: string;
  /** Prefix for staff MIS ids, as a payroll or SIMS employee number would have. */
  staffIdPrefix: string;
  /** Four-digit establishment part of the made-up UPNs. */
  establishment: string;
  classes: readonly ClassLayout[];
  posts: readonly StaffPost[];
}

// Two classes per year, named after trees as many primaries do.
const PRIMARY_CLASSES: readonly ClassLayout[] = [
  { yearGroup: 'R', classes: ['Rowan', 'Willow'], size: [15, 16] },
  { yearGroup: '1', classes: ['Oak', 'Ash'], size: [15, 16] },
  { yearGroup: '2', classes: ['Birch', 'Elm'], size: [15, 16] },
  { yearGroup: '3', classes: ['Maple', 'Cedar'], size: [15, 16] },
  { yearGroup: '4', classes: ['Beech', 'Holly'], size: [15, 16] },
  { yearGroup: '5', classes: ['Larch', 'Alder'], size: [15, 16] },
  { yearGroup: '6', classes: ['Hawthorn', 'Chestnut'], size: [15, 16] },
];

const leadership = (school: string): StaffPost[] => [
  { role: 'head', jobTitle: 'Headteacher', roleEmail: true, signsIn: true },
  { role: 'slt', jobTitle: 'Deputy Headteacher', roleEmail: true, signsIn: true },
  { role: 'slt', jobTitle: 'Assistant Headteacher', signsIn: true },
  { role: 'dsl', jobTitle: 'Designated Safeguarding Lead', roleEmail: true, signsIn: true },
  {
    role: 'deputy_dsl',
    jobTitle: school === 'primary' ? 'Family Support Worker' : 'Head of Year 9',
    roleEmail: true,
    signsIn: true,
  },
  {
    role: 'account_admin',
    jobTitle: school === 'primary' ? 'School Business Manager' : 'Communications Officer',
    roleEmail: true,
    signsIn: true,
  },
  { role: 'governor', jobTitle: 'Chair of Governors', roleEmail: true, signsIn: true },
  { role: 'governor', jobTitle: 'Parent Governor', signsIn: true },
];

const post = (jobTitle: string, extra: Partial<StaffPost> = {}): StaffPost => ({ role: 'staff', jobTitle, ...extra });

const PRIMARY_POSTS: readonly StaffPost[] = [
  ...leadership('primary'),
  ...PRIMARY_CLASSES.flatMap((layout) =>
    layout.classes.map((className) => {
      const year = layout.yearGroup === 'R' ? 'Reception' : `Year ${layout.yearGroup}`;
      // Maple's teacher is the demo's ordinary member of staff who signs in.
      return post(
        `Class Teacher (${year}, ${className})`,
        className === 'Maple' ? { roleEmail: true, signsIn: true } : {},
      );
    }),
  ),
  post('SENCo', { signsIn: true }),
  post('Office Manager', { signsIn: true }),
  post('Site Manager'),
  post('Teaching Assistant'),
  post('Teaching Assistant'),
  post('Higher Level Teaching Assistant'),
  post('Teaching Assistant', { inactive: true }),
  post('Administrative Assistant'),
];

const SECONDARY_CLASSES: readonly ClassLayout[] = [
  ...['7', '8', '9', '10', '11'].map((year) => ({
    yearGroup: year,
    classes: ['A', 'B', 'C'].map((form) => `${year}${form}`),
    size: [19, 22] as const,
  })),
  // A small sixth form: one tutor group per year.
  { yearGroup: '12', classes: ['12S'], size: [16, 22] },
  { yearGroup: '13', classes: ['13S'], size: [16, 22] },
];

const SECONDARY_POSTS: readonly StaffPost[] = [
  ...leadership('secondary'),
  post('Teacher of English', { roleEmail: true, signsIn: true }),
  post('Head of English'),
  post('Head of Mathematics'),
  post('Teacher of Mathematics'),
  post('Teacher of Mathematics'),
  post('Teacher of Science'),
  post('Teacher of Science', { inactive: true }),
  post('Teacher of History'),
  post('Teacher of Geography'),
  post('Teacher of French and Spanish'),
  post('Teacher of Physical Education'),
  post('Teacher of Art and Design'),
  post('Teacher of Computing'),
  post('Teacher of Music'),
  post('Teacher of Religious Education'),
  post('Head of Sixth Form', { signsIn: true }),
  post('Head of Year 7'),
  post('SENCo', { signsIn: true }),
  post('Teaching Assistant'),
  post('Teaching Assistant'),
  post('Cover Supervisor'),
  post('Office Manager'),
  post('Site Manager'),
  post('Exams Officer'),
  post('Attendance Officer'),
  post('IT Technician', { signsIn: true }),
];

export const SCHOOL_LAYOUTS: readonly SchoolLayout[] = [
  {
    key: 'primary',
    name: 'Meadowbank Primary School',
    urn: '999101',
    staffIdPrefix: 'MB',
    establishment: '2041',
    classes: PRIMARY_CLASSES,
    posts: PRIMARY_POSTS,
  },
  {
    key: 'secondary',
    name: 'Hollins Park Academy',
    urn: '999102',
    staffIdPrefix: 'HP',
    establishment: '4117',
    classes: SECONDARY_CLASSES,
    posts: SECONDARY_POSTS,
  },
];

/** The trust's central team: one administrator who sees every school. */
export const TRUST_POSTS: readonly StaffPost[] = [
  { role: 'trust_admin', jobTitle: 'Trust Director of Operations', signsIn: true },
];
