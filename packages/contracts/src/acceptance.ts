// The Statement of Acceptance (001 Appendix 1): each member of staff signs the policy version in force.
import { z } from 'zod';
import { text } from './text.ts';
import { RoleSchema } from './common.ts';
import { PolicyDocumentBlock } from './policy.ts';

export const AcceptanceVersion = z.object({
  id: z.uuid(),
  number: z.number().int(),
  contentHash: text(),
  publishedAt: text().nullable(),
});
export type AcceptanceVersion = z.infer<typeof AcceptanceVersion>;

/** Whom the version in force asks (people.acceptance, people.training.required): runners are account administrators. */
export const PeopleScope = z.enum(['all_staff', 'runners', 'none']);
export type PeopleScope = z.infer<typeof PeopleScope>;

/** What the signed-in person sees: the statement to sign, or when they signed it. */
export const MyAcceptanceResponse = z.object({
  schoolName: text(),
  version: AcceptanceVersion.nullable(),
  /** The words they are asked to sign; null when there is nothing to sign. */
  statement: text().nullable(),
  /** The same words as the document shows them (lists, bold, italic); absent for statements of plain text. */
  statementBlocks: z.array(PolicyDocumentBlock).nullable().optional(),
  /** The name on their staff record, which the typed name must match. */
  expectedName: text().nullable(),
  /** Why they cannot sign here (no published version, no staff record in this school), in plain words. */
  cannotSignReason: text().nullable(),
  signed: z.object({ acceptedAt: text(), typedName: text(), versionNumber: z.number().int() }).nullable(),
});
export type MyAcceptanceResponse = z.infer<typeof MyAcceptanceResponse>;

export const SignAcceptanceRequest = z.object({
  /** The version the person read, so a version published while they were reading is not signed unseen. */
  versionId: z.uuid(),
  typedName: text().trim().min(1, 'Type your full name.').max(200),
  confirmed: z.literal(true, { error: 'Tick the box to confirm.' }),
});
export type SignAcceptanceRequest = z.infer<typeof SignAcceptanceRequest>;

export const AcceptanceCoverageItem = z.object({
  staffId: z.uuid(),
  name: text(),
  jobTitle: text().nullable(),
  role: RoleSchema,
  canSignIn: z.boolean(),
  signedAt: text().nullable(),
});
export type AcceptanceCoverageItem = z.infer<typeof AcceptanceCoverageItem>;

export const AcceptanceCoverageResponse = z.object({
  version: AcceptanceVersion.nullable(),
  /** Who the version in force asks to sign (null while none is published); only they are counted and listed. */
  scope: PeopleScope.nullable(),
  total: z.number().int(),
  signed: z.number().int(),
  /** Whole percent, rounded down so 99.6% never shows as everyone. */
  percent: z.number().int(),
  items: z.array(AcceptanceCoverageItem),
});
export type AcceptanceCoverageResponse = z.infer<typeof AcceptanceCoverageResponse>;

export const AcceptanceRemindResponse = z.object({
  /** People who were sent a reminder now (not counting those already reminded today). */
  reminded: z.number().int(),
  /** People who still need to act. */
  outstanding: z.number().int(),
  /** Of those, people who cannot sign in and so cannot be reminded in the app. */
  withoutSignIn: z.number().int(),
});
export type AcceptanceRemindResponse = z.infer<typeof AcceptanceRemindResponse>;
