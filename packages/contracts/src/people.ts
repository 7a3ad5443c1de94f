import { z } from 'zod';
import { text, rawText } from './text.ts';
import { editOf, pageOf, PageQuery, RoleSchema } from './common.ts';

const name = (label: string) => text().trim().min(1, `Enter the ${label}.`).max(100);
const optionalText = text()
  .trim()
  .max(200)
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const StaffMember = z.object({
  id: z.uuid(),
  misId: text().nullable(),
  firstName: text(),
  lastName: text(),
  email: text().nullable(),
  jobTitle: text().nullable(),
  role: RoleSchema,
  status: z.enum(['active', 'inactive']),
  canSignIn: z.boolean(),
  /** The newest invitation to set up a sign-in (issue 13); on the staff list only. */
  invitation: z
    .object({
      sentAt: z.iso.datetime(),
      expiresAt: z.iso.datetime(),
      expired: z.boolean(),
      accepted: z.boolean(),
      emailed: z.boolean(),
    })
    .nullable()
    .optional(),
});
export type StaffMember = z.infer<typeof StaffMember>;

export const StaffListQuery = PageQuery.extend({
  search: text().trim().max(100).optional(),
  status: z.enum(['active', 'inactive', 'all']).default('active'),
});
export const StaffListResponse = pageOf(StaffMember);
export type StaffListResponse = z.infer<typeof StaffListResponse>;

export const CreateStaffRequest = z.object({
  firstName: name('first name'),
  lastName: name('last name'),
  email: text()
    .trim()
    .toLowerCase()
    .pipe(z.email('Enter an email address, like name@school.org.uk.'))
    .nullable()
    .optional(),
  jobTitle: optionalText,
  misId: optionalText,
  role: RoleSchema.default('staff'),
  /** Give the person a sign-in with this first password (they can change it later). */
  initialPassword: text().max(1024).optional(),
});
export type CreateStaffRequest = z.infer<typeof CreateStaffRequest>;

// Built field by field, not from CreateStaffRequest: its defaults (role "staff") must never fill an
// edit that did not mention them.
export const UpdateStaffRequest = editOf({
  firstName: name('first name').optional(),
  lastName: name('last name').optional(),
  email: CreateStaffRequest.shape.email,
  jobTitle: optionalText,
  misId: optionalText,
  role: RoleSchema.optional(),
});
export type UpdateStaffRequest = z.infer<typeof UpdateStaffRequest>;

export const Pupil = z.object({
  id: z.uuid(),
  misId: text(),
  firstName: text(),
  lastName: text(),
  preferredName: text().nullable(),
  yearGroup: text(),
  className: text().nullable(),
  doNotPublish: z.boolean(),
});
export type Pupil = z.infer<typeof Pupil>;

export const PupilListQuery = PageQuery.extend({
  search: text().trim().max(100).optional(),
  yearGroup: text().trim().max(3).optional(),
});
export const PupilListResponse = pageOf(Pupil).extend({
  yearGroups: z.array(z.object({ yearGroup: text(), count: z.number().int() })),
});
export type PupilListResponse = z.infer<typeof PupilListResponse>;

export const ImportKind = z.enum(['staff', 'pupils']);
export const ImportRequest = z.object({
  kind: ImportKind,
  /** The CSV file's text, as exported from the MIS. Up to about 10 MB. */
  csv: rawText().min(1, 'Choose a CSV file that is not empty.').max(10_000_000),
});
export type ImportRequest = z.infer<typeof ImportRequest>;

export const ImportRowErrorSchema = z.object({
  line: z.number().int(),
  field: text().optional(),
  reason: text(),
});
export const ImportResponse = z.object({
  kind: ImportKind,
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(ImportRowErrorSchema),
  unknownColumns: z.array(text()),
});
export type ImportResponse = z.infer<typeof ImportResponse>;
