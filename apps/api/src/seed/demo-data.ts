// The demo trust a newcomer signs in to: one primary, one secondary, their staff in every role and their pupils.
// Pure and deterministic (seeded, no clock), so every start, screenshot and test sees the same people.

import type { Role } from '@schoolgate/domain';
import { createRandom, seedFrom } from './demo-data-random.ts';
import { DEMO_TRUST_NAME, SCHOOL_LAYOUTS, TRUST_POSTS } from './demo-data-schools.ts';
import { buildPupils } from './demo-data-pupils.ts';
import { buildStaffList } from './demo-data-staff.ts';
import type { DemoTrust } from './demo-data-types.ts';

export type { DemoPupil, DemoSchool, DemoSchoolKey, DemoStaff, DemoTrust } from './demo-data-types.ts';

/** Every demo account that signs in uses this password; printed on start, never used outside the demo. */
export const DEMO_PASSWORD = 'schoolgate-demo-password';

const EMAIL_DOMAIN = 'schoolgate.test';

export function buildDemoTrust(): DemoTrust {
  return {
    trust: { name: DEMO_TRUST_NAME },
    // Each school draws from its own seeded stream, so editing one school's layout leaves the other's people as they were.
    schools: SCHOOL_LAYOUTS.map((layout) => ({
      key: layout.key,
      name: layout.name,
      urn: layout.urn,
      nation: 'england_wales',
      staff: buildStaffList(
        layout.posts,
        { domain: `${layout.key}.${EMAIL_DOMAIN}`, idPrefix: layout.staffIdPrefix },
        createRandom(seedFrom(`staff:${layout.key}`)),
      ),
      pupils: buildPupils(layout, createRandom(seedFrom(`pupils:${layout.key}`))),
    })),
    trustStaff: buildStaffList(
      TRUST_POSTS.map((post) => ({ ...post, roleEmail: true })),
      { domain: `trust.${EMAIL_DOMAIN}`, idPrefix: 'RLT', roleEmailLocalPart: () => 'admin' },
      createRandom(seedFrom('staff:trust')),
    ),
  };
}

export interface DemoSignIn {
  email: string;
  role: Role;
  /** The school's name, or the trust's for the central team. */
  school: string;
}

/** One sign-in per role per school (the predictable `<role>@` addresses) and the trust admin, for the start-up banner. */
export function demoSignIns(): DemoSignIn[] {
  const demo = buildDemoTrust();
  const predictable = (email: string) => email.split('@')[0];
  return [
    ...demo.trustStaff
      .filter((person) => person.signsIn && predictable(person.email) === 'admin')
      .map((person) => ({ email: person.email, role: person.role, school: demo.trust.name })),
    ...demo.schools.flatMap((school) =>
      school.staff
        .filter((person) => person.signsIn && predictable(person.email) === person.role)
        .map((person) => ({ email: person.email, role: person.role, school: school.name })),
    ),
  ];
}
