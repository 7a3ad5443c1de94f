// First run of a real deployment: the set-up page creates the trust or single school and its first leader, and a
// trust administrator adds further schools.
import { z } from 'zod';
import { text } from './text.ts';
import { safeText } from './safe-text.ts';

export const NATION_VALUES = ['england_wales', 'scotland', 'northern_ireland'] as const;
/** The five policy templates a school may start from (the blank one is not offered at set-up). */
export const SETUP_TEMPLATE_VALUES = [
  'community-primary-parents-ladder',
  'primary-staff-conduct',
  'secondary-accounts-and-roles',
  'independent-all-through',
  'multi-academy-trust',
] as const;

export const SetupStatusResponse = z.object({
  /** True while the deployment has no school: the set-up page is open (with the token printed at start). */
  needed: z.boolean(),
});
export type SetupStatusResponse = z.infer<typeof SetupStatusResponse>;

const Urn = text()
  .trim()
  .regex(/^\d{6}$/, 'The URN is the six-digit number the Department for Education gives the school.');

export const NewSchool = z.object({
  name: safeText(120, 'Enter the school’s name.'),
  urn: Urn,
  nation: z.enum(NATION_VALUES, 'Choose where the school is, for its bank holidays.'),
});
export type NewSchool = z.infer<typeof NewSchool>;

export const SetupRequest = z.object({
  token: safeText(200, 'Enter the set-up token printed when Schoolgate started.'),
  /** A single school (a trust of one, run by its head) or a trust (run by its central team). */
  organisation: z.enum(['school', 'trust'], 'Choose a single school or a trust.'),
  trustName: safeText(120).optional(),
  school: NewSchool,
  templateId: z.enum(SETUP_TEMPLATE_VALUES, 'Choose the policy template to start from.'),
  person: z.object({
    firstName: safeText(100, 'Enter your first name.'),
    lastName: safeText(100, 'Enter your last name.'),
    email: text().trim().toLowerCase().max(254).pipe(z.email('Enter an email address, like name@school.org.uk.')),
    password: text().min(1, 'Choose a password.').max(200, 'At most 200 characters.'),
  }),
});
export type SetupRequest = z.infer<typeof SetupRequest>;

export const SchoolSummary = z.object({
  id: z.uuid(),
  name: text(),
  urn: text().nullable(),
  nation: z.enum(NATION_VALUES),
});
export type SchoolSummary = z.infer<typeof SchoolSummary>;

export const SetupResponse = z.object({ school: SchoolSummary, email: text() });
export type SetupResponse = z.infer<typeof SetupResponse>;

export const SchoolsResponse = z.object({ items: z.array(SchoolSummary) });
export type SchoolsResponse = z.infer<typeof SchoolsResponse>;
