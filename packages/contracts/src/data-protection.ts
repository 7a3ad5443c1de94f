// Data protection over HTTP (issue 13): the retention schedule, legal holds, subject access and erasure. Only the
// head and the trust team use these (the `personal_data` permission).
import { z } from 'zod';
import { text } from './text.ts';

export const DATA_PROTECTION_API = {
  retention: '/api/data-protection/retention',
  holds: '/api/data-protection/holds',
  liftHold: (id: string) => `/api/data-protection/holds/${id}/lift`,
  subjects: '/api/data-protection/subjects',
  subjectAccess: '/api/data-protection/subject-access',
  erasure: '/api/data-protection/erasure',
} as const;

export const HOLD_SUBJECT_KINDS = ['author', 'comment', 'concern'] as const;
export const HoldSubjectKind = z.enum(HOLD_SUBJECT_KINDS);
export type HoldSubjectKind = z.infer<typeof HoldSubjectKind>;

/** Whose data a subject access request or an erasure is about. */
export const DATA_SUBJECT_KINDS = ['author', 'pupil', 'staff'] as const;
export const DataSubjectKind = z.enum(DATA_SUBJECT_KINDS);
export type DataSubjectKind = z.infer<typeof DataSubjectKind>;

export const RetentionResponse = z.object({
  /** The schedule the retention job applies: the published policy's, or the defaults before one is published. */
  source: z.enum(['published_policy', 'defaults']),
  settings: z.object({
    commentsMonths: z.number().int(),
    authorsMonths: z.number().int(),
    concernsYears: z.number().int(),
    auditYears: z.number().int(),
    notificationsMonths: z.number().int(),
    sessionsDays: z.number().int(),
  }),
  schedule: z.array(z.object({ record: text(), kept: text() })),
  lastRun: z.object({ at: text(), details: z.record(text(), z.unknown()) }).nullable(),
});
export type RetentionResponse = z.infer<typeof RetentionResponse>;

export const LegalHold = z.object({
  id: z.uuid(),
  subjectKind: HoldSubjectKind,
  subjectId: z.uuid(),
  /** What is held, in words: a commenter's name, a comment's opening words, a concern's reference. */
  subjectLabel: text(),
  reason: text(),
  placedBy: text().nullable(),
  placedAt: text(),
  liftedAt: text().nullable(),
});
export type LegalHold = z.infer<typeof LegalHold>;

export const LegalHoldListResponse = z.object({ items: z.array(LegalHold) });
export type LegalHoldListResponse = z.infer<typeof LegalHoldListResponse>;

export const PlaceLegalHoldRequest = z.object({
  subjectKind: HoldSubjectKind,
  subjectId: z.uuid(),
  reason: text().trim().min(3, 'Say why the record is held (a claim, an investigation, a police request).').max(500),
});
export type PlaceLegalHoldRequest = z.infer<typeof PlaceLegalHoldRequest>;

export const SubjectSearchQuery = z.object({
  kind: DataSubjectKind,
  q: text().trim().min(2, 'Type at least two letters.').max(100),
});
export type SubjectSearchQuery = z.infer<typeof SubjectSearchQuery>;

export const SubjectSearchResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), label: text(), detail: text() })),
});
export type SubjectSearchResponse = z.infer<typeof SubjectSearchResponse>;

export const DataSubjectRequest = z.object({ kind: DataSubjectKind, id: z.uuid() });
export type DataSubjectRequest = z.infer<typeof DataSubjectRequest>;

export const ErasureResponse = z.object({
  erased: z.literal(true),
  /** What was done, in words, for the reply to the person. */
  summary: z.array(text()),
});
export type ErasureResponse = z.infer<typeof ErasureResponse>;
