// The school's own words in its policy (issue 15) over HTTP: the sections and clauses of a draft version (or of the
// trust's defaults), the Statement of Acceptance and the person responsible. The words travel as the allowed
// Markdown subset; the API checks them with the domain's parser and names the field and line of any problem.
import { z } from 'zod';
import { PolicyDocumentBlock } from './policy.ts';
import { text } from './text.ts';

export const ClauseStatus = z.enum(['enforced', 'recorded', 'guidance']);
export type ClauseStatus = z.infer<typeof ClauseStatus>;
export const ClauseOrigin = z.enum(['template', 'trust', 'school']);
export type ClauseOrigin = z.infer<typeof ClauseOrigin>;

// Ids are stable keys ("staff.personal-accounts", "school.online-harassment-1a2b"): lower-case words and digits
// joined by dots and hyphens (the domain's CONTENT_ID).
const contentId = text()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'Use lower-case letters and digits joined by dots or hyphens.');

/** Enough for a long clause; the whole document stays well under a megabyte. */
export const CLAUSE_MARKDOWN_MAX = 6_000;
export const STATEMENT_MAX = 4_000;

/** The person responsible for the policy; the name may wait (a template names only the role). */
export const ResponsiblePerson = z.object({
  name: text().trim().max(120),
  role: text().trim().min(1, 'Enter their role, e.g. Deputy Headteacher.').max(120),
});
export type ResponsiblePerson = z.infer<typeof ResponsiblePerson>;

/** One clause as the editor shows it. */
export const PolicyClauseView = z.object({
  id: text(),
  status: ClauseStatus,
  /** The setting or rule behind an enforced or recorded clause (e.g. "response.hours"); null for guidance. */
  rule: text().nullable(),
  /** The clause's words in the allowed Markdown; null when Schoolgate writes them from the settings. */
  markdown: text().nullable(),
  origin: ClauseOrigin,
  /** A trust clause the school inherits and cannot change or remove. */
  locked: z.boolean(),
  /** For a clause Schoolgate writes: the words the settings generate in this version, paragraph by paragraph. */
  generatedText: z.array(text()).nullable(),
});
export type PolicyClauseView = z.infer<typeof PolicyClauseView>;

export const PolicyContentSectionView = z.object({
  id: text(),
  heading: text(),
  origin: ClauseOrigin,
  locked: z.boolean(),
  clauses: z.array(PolicyClauseView),
});
export type PolicyContentSectionView = z.infer<typeof PolicyContentSectionView>;

export const PolicyContentView = z.object({
  sections: z.array(PolicyContentSectionView),
  statementOfAcceptance: text(),
  responsiblePerson: z.object({ name: text(), role: text() }).nullable(),
});
export type PolicyContentView = z.infer<typeof PolicyContentView>;

export const PolicyContentResponse = z.object({
  /** "school": a version's words; "trust": the trust's default words with its locks. */
  scope: z.enum(['school', 'trust']),
  /** The version the words belong to (null for the trust's defaults). */
  version: z
    .object({
      id: z.uuid(),
      number: z.number().int(),
      status: z.enum(['draft', 'approved', 'published', 'superseded']),
      summaryOfChanges: text().nullable(),
    })
    .nullable(),
  /** Whether the signed-in person may change these words now; when not, why in plain words. */
  editable: z.boolean(),
  readOnlyReason: text().nullable(),
  content: PolicyContentView,
});
export type PolicyContentResponse = z.infer<typeof PolicyContentResponse>;

/** A clause as sent: its id and words. What Schoolgate does about it and where it came from are the server's. */
export const PolicyClauseInput = z.object({
  id: contentId,
  /** Null for a clause Schoolgate writes from the settings (always so for an enforced one). */
  markdown: text().max(CLAUSE_MARKDOWN_MAX, 'Keep a clause to 6,000 characters.').nullable(),
  /** Trust only: whether its schools may change or remove the clause. Ignored for a school. */
  locked: z.boolean().optional(),
});
export type PolicyClauseInput = z.infer<typeof PolicyClauseInput>;

export const PolicySectionInput = z.object({
  id: contentId,
  heading: text().trim().min(1, 'Give the section a heading.').max(200),
  clauses: z.array(PolicyClauseInput).max(100),
  /** Trust only: whether its schools may remove, rename or move the section. Ignored for a school. */
  locked: z.boolean().optional(),
});
export type PolicySectionInput = z.infer<typeof PolicySectionInput>;

/**
 * The whole of the words at once, in order: adding, removing, editing and moving clauses and sections are all one
 * change of the draft, checked as a whole against the draft's stored words and the trust's locks.
 */
export const UpdatePolicyContentRequest = z.object({
  sections: z.array(PolicySectionInput).min(1, 'Keep at least one section.').max(40),
  statementOfAcceptance: text()
    .trim()
    .min(1, 'Write the Statement of Acceptance staff sign.')
    .max(STATEMENT_MAX, 'Keep the statement under 4,000 characters.'),
  responsiblePerson: ResponsiblePerson.nullable(),
  /** School only: the draft's summary of changes, shown in the list of versions and to governors. */
  summaryOfChanges: text()
    .trim()
    .max(500)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
});
export type UpdatePolicyContentRequest = z.infer<typeof UpdatePolicyContentRequest>;

/** Words to check and show as they would print, before saving them. */
export const PolicyMarkdownPreviewRequest = z.object({
  markdown: text().max(CLAUSE_MARKDOWN_MAX, 'Keep a clause to 6,000 characters.'),
});
export type PolicyMarkdownPreviewRequest = z.infer<typeof PolicyMarkdownPreviewRequest>;

export const PolicyMarkdownPreviewResponse = z.object({
  /** The words as the document will show them; empty when there are problems. */
  blocks: z.array(PolicyDocumentBlock),
  /** What is outside the allowed formatting, by line. */
  problems: z.array(z.object({ line: z.number().int(), message: text() })),
});
export type PolicyMarkdownPreviewResponse = z.infer<typeof PolicyMarkdownPreviewResponse>;
