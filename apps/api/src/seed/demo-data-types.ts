// The shape of the demo trust: plain data that the seeder writes and the tests read.
// Separate from demo-data.ts so the staff and pupil builders can share it without an import cycle.

import type { Role } from '@schoolgate/domain';

export interface DemoTrust {
  trust: { name: string };
  /** Exactly two: a primary (Reception to Year 6) and a secondary with a small sixth form. */
  schools: DemoSchool[];
  /** Trust central team: trust_admin staff with schoolId null. */
  trustStaff: DemoStaff[];
}

export type DemoSchoolKey = 'primary' | 'secondary';

export interface DemoSchool {
  key: DemoSchoolKey;
  name: string;
  urn: string;
  nation: 'england_wales';
  staff: DemoStaff[];
  pupils: DemoPupil[];
}

export interface DemoStaff {
  misId: string;
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  role: Role;
  signsIn: boolean;
  status: 'active' | 'inactive';
}

export interface DemoPupil {
  misId: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  yearGroup: string;
  className: string;
  doNotPublish: boolean;
}
