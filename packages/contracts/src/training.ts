// Training records (004): induction, refreshers and DSL training, with expiry and an optional certificate.
import { z } from 'zod';
import { text } from './text.ts';
import { editOf, RoleSchema } from './common.ts';
import { AcceptanceRemindResponse, PeopleScope } from './acceptance.ts';

export const TRAINING_KINDS = ['induction', 'refresher', 'dsl'] as const;
export const TrainingKind = z.enum(TRAINING_KINDS);
export type TrainingKind = z.infer<typeof TrainingKind>;

/** valid; expiring (within 30 days); expired; none (never recorded). */
export const TrainingStatus = z.enum(['valid', 'expiring', 'expired', 'none']);
export type TrainingStatus = z.infer<typeof TrainingStatus>;

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

const isoDate = (label: string) => text().regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${label} as a date.`);

export const TrainingRecord = z.object({
  id: z.uuid(),
  staffId: z.uuid(),
  kind: TrainingKind,
  title: text().nullable(),
  completedOn: text(),
  expiresOn: text().nullable(),
  status: TrainingStatus,
  evidence: z.object({ fileName: text(), contentType: text(), sizeBytes: z.number().int() }).nullable(),
  recordedAt: text(),
});
export type TrainingRecord = z.infer<typeof TrainingRecord>;

export const EvidenceUpload = z.object({
  fileName: text().trim().min(1).max(200),
  contentType: z.enum(EVIDENCE_TYPES, { error: 'Choose a PDF, PNG or JPEG file.' }),
  /** The file's bytes in base64; at most 10 MB once decoded. */
  base64: text()
    .min(1)
    .max(Math.ceil((EVIDENCE_MAX_BYTES * 4) / 3) + 4),
});
export type EvidenceUpload = z.infer<typeof EvidenceUpload>;

export const CreateTrainingRequest = z.object({
  staffId: z.uuid('Choose a member of staff.'),
  kind: TrainingKind,
  title: text()
    .trim()
    .max(200)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  completedOn: isoDate('date completed'),
  /** Left out: the completion date plus the policy's validity period. */
  expiresOn: isoDate('expiry date').nullable().optional(),
  evidence: EvidenceUpload.optional(),
});
export type CreateTrainingRequest = z.infer<typeof CreateTrainingRequest>;

export const UpdateTrainingRequest = editOf({
  title: CreateTrainingRequest.shape.title,
  completedOn: isoDate('date completed').optional(),
  expiresOn: isoDate('expiry date').optional(),
  evidence: EvidenceUpload.optional(),
});
export type UpdateTrainingRequest = z.infer<typeof UpdateTrainingRequest>;

export const TrainingKindSummary = z.object({ status: TrainingStatus, latest: TrainingRecord.nullable() });
export type TrainingKindSummary = z.infer<typeof TrainingKindSummary>;

export const TrainingOverviewItem = z.object({
  staffId: z.uuid(),
  name: text(),
  jobTitle: text().nullable(),
  role: RoleSchema,
  canSignIn: z.boolean(),
  kinds: z.object({ induction: TrainingKindSummary, refresher: TrainingKindSummary, dsl: TrainingKindSummary }),
  /** The person's policy training (induction or refresher, whichever runs longer) and, for the DSL team, DSL training. */
  status: TrainingStatus,
  /** Whether the policy in force asks this person for policy training (people.training.required). */
  required: z.boolean(),
  outOfDate: z.boolean(),
});
export type TrainingOverviewItem = z.infer<typeof TrainingOverviewItem>;

export const TrainingOverviewQuery = z.object({ filter: z.enum(['all', 'out_of_date']).default('all') });
export const TrainingOverviewResponse = z.object({
  validityMonths: z.number().int(),
  /** Who must keep policy training in date; DSL training is asked of the DSL team whatever this says. */
  scope: PeopleScope,
  total: z.number().int(),
  outOfDate: z.number().int(),
  items: z.array(TrainingOverviewItem),
});
export type TrainingOverviewResponse = z.infer<typeof TrainingOverviewResponse>;

export const MyTrainingResponse = z.object({
  /** False for someone with no staff record in this school (a trust administrator visiting). */
  hasStaffRecord: z.boolean(),
  /** Whether the policy in force asks this person for policy training. */
  required: z.boolean(),
  status: TrainingStatus,
  items: z.array(TrainingRecord),
});
export type MyTrainingResponse = z.infer<typeof MyTrainingResponse>;

export const TrainingRemindResponse = AcceptanceRemindResponse;
export type TrainingRemindResponse = AcceptanceRemindResponse;
