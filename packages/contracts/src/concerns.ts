// Concerns (C5, issue 12): raising one, the team's list and record, the raiser's status view, the public form.
import { CONCERN_OUTCOMES, CONCERN_TYPES, CONCERN_URGENCIES } from '@schoolgate/domain/shared';
import { z } from 'zod';
import { cappedPageOf, PageQuery } from './common.ts';
import { text } from './text.ts';

export const CONCERN_TYPE_VALUES = CONCERN_TYPES;
export const ConcernTypeSchema = z.enum(CONCERN_TYPE_VALUES, { error: 'Choose what the concern is about.' });
export const ConcernUrgencySchema = z.enum(CONCERN_URGENCIES, { error: 'Choose routine or urgent.' });
export const ConcernRouteSchema = z.enum(['safeguarding', 'allegation_staff', 'allegation_head', 'complaint']);
export const ConcernStatusSchema = z.enum(['open', 'closed']);
export const CONCERN_OUTCOME_VALUES = CONCERN_OUTCOMES;

/** One concern file: at most 10 MB; PNG, JPEG, GIF, WebP or PDF, judged by its bytes. */
export const CONCERN_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const CONCERN_FILES_MAX = 5;
export const CONCERN_FILES_TOTAL_MAX_BYTES = 20 * 1024 * 1024;

/** Trimmed text of at most `max` characters that PostgreSQL can store (see text.ts). */
const concernText = (max: number, message: string) =>
  text({ error: message }).trim().max(max, `Keep this under ${max} characters.`);
const required = (max: number, message: string) => concernText(max, message).min(1, message);

export const ConcernFileUpload = z.object({
  fileName: required(200, 'Give the file a name.'),
  /** The file's bytes in base64. */
  base64: text()
    .min(1, 'The file is empty.')
    .max(Math.ceil((CONCERN_FILE_MAX_BYTES * 4) / 3) + 4, 'The file is larger than 10 MB. Choose a smaller one.'),
});
export type ConcernFileUpload = z.infer<typeof ConcernFileUpload>;

export const ConcernPersonInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('pupil'), pupilId: z.uuid('Choose a pupil from the list.') }),
    z.object({ kind: z.literal('staff'), staffId: z.uuid('Choose a member of staff from the list.') }),
    z.object({ kind: z.literal('author'), authorId: z.uuid('Choose a commenter.') }),
    z.object({ kind: z.literal('other'), name: required(200, 'Write who is involved.') }),
  ],
  { error: 'Say whether this is a pupil, a member of staff, a commenter or someone else.' },
);
export type ConcernPersonInput = z.infer<typeof ConcernPersonInput>;

export const RaiseConcernRequest = z.object({
  type: ConcernTypeSchema,
  urgency: ConcernUrgencySchema,
  whatHappened: required(10_000, 'Say what happened.'),
  /** When it happened, as an ISO date-time (the browser's local time converted); optional when not known. */
  happenedAt: z.iso
    .datetime({ offset: true, error: 'Enter when it happened as a date and time.' })
    .nullable()
    .optional(),
  people: z.array(ConcernPersonInput).max(20, 'Name at most 20 people.').default([]),
  files: z.array(ConcernFileUpload).max(CONCERN_FILES_MAX, `Attach at most ${CONCERN_FILES_MAX} files.`).default([]),
});
export type RaiseConcernRequest = z.input<typeof RaiseConcernRequest>;

/** From moderation in one step: the comment (and its author) with the comment's evidence pack. */
export const ConcernFromCommentRequest = z.object({
  commentId: z.uuid('Choose a comment.'),
  type: ConcernTypeSchema.default('parent_post'),
  urgency: ConcernUrgencySchema.default('routine'),
  whatHappened: concernText(10_000, 'Say what happened.').default(''),
});
export type ConcernFromCommentRequest = z.input<typeof ConcernFromCommentRequest>;

export const RaisedConcernResponse = z.object({
  id: z.uuid(),
  reference: text(),
  status: ConcernStatusSchema,
});
export type RaisedConcernResponse = z.infer<typeof RaisedConcernResponse>;

/** What the person who raised a concern sees: its status, never what the team has done. */
export const MyConcernItem = z.object({
  id: z.uuid(),
  reference: text(),
  type: ConcernTypeSchema,
  raisedAt: text(),
  status: ConcernStatusSchema,
  /** Whether someone in the team has opened it yet. */
  seen: z.boolean(),
  closedAt: text().nullable(),
});
export const MyConcernsResponse = z.object({ items: z.array(MyConcernItem) });
export type MyConcernsResponse = z.infer<typeof MyConcernsResponse>;

export const ConcernListQuery = PageQuery.extend({ status: z.enum(['open', 'closed', 'all']).default('open') });
export const ConcernListItem = z.object({
  id: z.uuid(),
  reference: text(),
  type: ConcernTypeSchema,
  urgency: ConcernUrgencySchema,
  route: ConcernRouteSchema,
  source: z.enum(['staff', 'moderation', 'public']),
  status: ConcernStatusSchema,
  raisedAt: text(),
  seen: z.boolean(),
});
export const ConcernListResponse = cappedPageOf(ConcernListItem).extend({
  /** When this session's last two-factor check stops counting for opening a concern (null: check first). */
  secondFactorValidUntil: text().nullable(),
});
export type ConcernListResponse = z.infer<typeof ConcernListResponse>;

export const ConcernEntry = z.object({
  id: z.uuid(),
  kind: z.enum(['raised', 'seen', 'note', 'action', 'referral', 'parent_contact', 'closed']),
  text: text(),
  agency: z.enum(['local_authority', 'police', 'lado']).nullable(),
  agencyReference: text().nullable(),
  by: text().nullable(),
  at: text(),
});
export type ConcernEntry = z.infer<typeof ConcernEntry>;

export const ConcernFileInfo = z.object({
  id: z.uuid(),
  fileName: text(),
  contentType: text(),
  sizeBytes: z.number().int(),
  sha256: text(),
  kind: z.enum(['upload', 'evidence']),
});

export const ConcernDetail = ConcernListItem.extend({
  whatHappened: text(),
  happenedAt: text().nullable(),
  raisedBy: text().nullable(),
  contact: z.object({ name: text(), email: text().nullable(), phone: text().nullable() }).nullable(),
  commentId: z.uuid().nullable(),
  people: z.array(z.object({ kind: z.enum(['pupil', 'staff', 'author', 'other']), name: text() })),
  entries: z.array(ConcernEntry),
  files: z.array(ConcernFileInfo),
  outcome: z.enum(CONCERN_OUTCOME_VALUES).nullable(),
  rationale: text().nullable(),
  closedAt: text().nullable(),
});
export type ConcernDetail = z.infer<typeof ConcernDetail>;

export const AddConcernEntryRequest = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('note'), text: required(10_000, 'Write the note.') }),
    z.object({ kind: z.literal('action'), text: required(10_000, 'Say what was done.') }),
    z.object({ kind: z.literal('parent_contact'), text: required(10_000, 'Say who was contacted and what was said.') }),
    z.object({
      kind: z.literal('referral'),
      agency: z.enum(['local_authority', 'police', 'lado'], { error: 'Choose who it was referred to.' }),
      agencyReference: concernText(200, 'Enter their reference.').default(''),
      text: required(10_000, 'Say what was referred.'),
    }),
  ],
  { error: 'Choose a note, an action, a referral or contact with parents.' },
);
export type AddConcernEntryRequest = z.input<typeof AddConcernEntryRequest>;

export const CloseConcernRequest = z.object({
  outcome: z.enum(CONCERN_OUTCOME_VALUES, { error: 'Choose the outcome.' }),
  rationale: required(10_000, 'Explain why the concern can be closed.'),
});
export type CloseConcernRequest = z.infer<typeof CloseConcernRequest>;

export const SecondFactorCheckRequest = z.object({
  code: text().trim().min(6, 'Enter the code from your authenticator app.').max(20),
});
export const SecondFactorCheckResponse = z.object({ validUntil: text() });
export type SecondFactorCheckResponse = z.infer<typeof SecondFactorCheckResponse>;

export const RosterSearchQuery = z.object({
  q: concernText(100, 'Type part of a name.').pipe(text().min(2, 'Type at least two letters of a name.')),
});
export const RosterSearchResponse = z.object({
  pupils: z.array(z.object({ id: z.uuid(), name: text(), yearGroup: text() })),
  staff: z.array(z.object({ id: z.uuid(), name: text(), jobTitle: text().nullable() })),
});
export type RosterSearchResponse = z.infer<typeof RosterSearchResponse>;

export const ConcernFileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

export const PublicConcernLinkResponse = z.object({ path: text() });

// The parents' route: no sign-in. The same answer whatever is sent, so the form reveals nothing.
export const PublicTokenParams = z.object({ token: text().regex(/^[0-9a-f]{32}$/, 'This address is not right.') });
export const PublicConcernFormResponse = z.object({ schoolName: text() });
export const PublicConcernRequest = z.object({
  kind: z.enum(['child_safety', 'complaint', 'other'], { error: 'Choose what you are writing about.' }),
  name: required(200, 'Enter your name.'),
  email: concernText(254, 'Enter your email address.')
    .pipe(z.union([z.literal(''), z.email('Enter a real email address.')]))
    .default(''),
  phone: concernText(40, 'Enter your phone number.').default(''),
  message: required(5_000, 'Tell us what has happened.'),
});
export type PublicConcernRequest = z.input<typeof PublicConcernRequest>;
export const PublicConcernResponse = z.object({ reference: text() });
export type PublicConcernResponse = z.infer<typeof PublicConcernResponse>;
