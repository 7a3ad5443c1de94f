// The policy as data over HTTP: settings with provenance, templates, versions and the rendered document.
// Settings travel as plain JSON keyed by dotted field path ("response.hours"); the API validates them with the
// domain's schema, so this file only describes shapes.
import { z } from 'zod';
import { text } from './text.ts';

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date, like 2026-03-14.');

export const PolicyFieldSource = z.enum(['trust', 'school']);
export type PolicyFieldSource = z.infer<typeof PolicyFieldSource>;

/** One leaf of the settings: its value, where it came from, and the trust's value (for "reset"). */
export const PolicyField = z.object({
  field: text(),
  value: z.unknown(),
  source: PolicyFieldSource,
  trustValue: z.unknown(),
});
export type PolicyField = z.infer<typeof PolicyField>;

const Choice = z.object({ value: text(), label: text() });
export type PolicyChoice = z.infer<typeof Choice>;

export const PolicyTemplateSummary = z.object({
  id: text(),
  name: text(),
  suits: text(),
});
export type PolicyTemplateSummary = z.infer<typeof PolicyTemplateSummary>;

/** The closed lists the settings form offers, with the labels the document uses. */
export const PolicyVocabulary = z.object({
  platforms: z.array(Choice),
  postCategories: z.array(Choice),
  commentCategories: z.array(Choice),
  nations: z.array(Choice),
  countings: z.array(Choice),
  postChecks: z.array(Choice),
  suggestionRoutes: z.array(Choice),
  pressContacts: z.array(Choice),
  acceptanceScopes: z.array(Choice),
  trainingScopes: z.array(Choice),
  /** Roles that must use two-factor sign-in whatever the policy says; the form names them as always required. */
  twoFactorAlways: z.array(text()),
  /** The scores a category gets when the form switches "hide" or "queue" on. */
  defaultScores: z.object({ hideAt: z.number(), queueAt: z.number() }),
});
export type PolicyVocabulary = z.infer<typeof PolicyVocabulary>;

export const PolicySettingsResponse = z.object({
  /** "school": a school's effective settings; "trust": the trust's defaults. */
  scope: z.enum(['school', 'trust']),
  name: text(),
  /** The template the trust's defaults started from; null if the trust has never set defaults. */
  trustTemplateId: text().nullable(),
  fields: z.array(PolicyField),
  templates: z.array(PolicyTemplateSummary),
  vocabulary: PolicyVocabulary,
});
export type PolicySettingsResponse = z.infer<typeof PolicySettingsResponse>;

export const UpdatePolicySettingsRequest = z.object({
  changes: z
    .record(text().max(100), z.unknown())
    .refine((changes) => Object.keys(changes).length > 0, 'Change at least one setting.'),
});
export type UpdatePolicySettingsRequest = z.infer<typeof UpdatePolicySettingsRequest>;

export const ResetPolicyFieldsRequest = z.object({
  fields: z.array(text().max(100)).min(1, 'Choose a setting to reset.').max(200),
});
export type ResetPolicyFieldsRequest = z.infer<typeof ResetPolicyFieldsRequest>;

export const ApplyPolicyTemplateRequest = z.object({ templateId: text().min(1, 'Choose a template.').max(60) });
export type ApplyPolicyTemplateRequest = z.infer<typeof ApplyPolicyTemplateRequest>;

export const PolicyVersionStatus = z.enum(['draft', 'approved', 'published', 'superseded']);
export type PolicyVersionStatus = z.infer<typeof PolicyVersionStatus>;

export const PolicyVersionSummary = z.object({
  id: z.uuid(),
  number: z.number().int(),
  status: PolicyVersionStatus,
  createdAt: text(),
  summaryOfChanges: text().nullable(),
  approvedOn: text().nullable(),
  approvalMinuteRef: text().nullable(),
  approverName: text().nullable(),
  publishedAt: text().nullable(),
  reviewDue: text().nullable(),
  contentHash: text(),
});
export type PolicyVersionSummary = z.infer<typeof PolicyVersionSummary>;

/** A piece of text with the formatting the allowed Markdown has: bold and italic. */
export const PolicyInlineRun = z.object({ text: text(), bold: z.boolean().optional(), italic: z.boolean().optional() });
export type PolicyInlineRun = z.infer<typeof PolicyInlineRun>;

// The clause a block comes from and what Schoolgate does about it (issue 15); absent on cover details and on
// versions written before the school's own words.
const blockSource = {
  clauseId: text().optional(),
  status: z.enum(['enforced', 'recorded', 'guidance']).optional(),
};

// `text` and `items` always hold the plain words; `runs` and `itemRuns` add bold and italic where there are any.
export const PolicyDocumentBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: text(), runs: z.array(PolicyInlineRun).optional(), ...blockSource }),
  z.object({
    kind: z.literal('list'),
    items: z.array(text()),
    ordered: z.boolean().optional(),
    itemRuns: z.array(z.array(PolicyInlineRun)).optional(),
    ...blockSource,
  }),
  z.object({ kind: z.literal('subheading'), text: text(), ...blockSource }),
]);
export type PolicyDocumentBlock = z.infer<typeof PolicyDocumentBlock>;

/** One row of the "Version history" table that ends the document. */
export const VersionHistoryRowView = z.object({
  version: text(),
  date: text().nullable(),
  author: text(),
  summary: text(),
  imported: z.boolean(),
});
export type VersionHistoryRowView = z.infer<typeof VersionHistoryRowView>;

export const PolicyDocumentView = z.object({
  title: text(),
  details: z.array(z.object({ label: text(), value: text() })),
  sections: z.array(z.object({ id: text(), heading: text(), blocks: z.array(PolicyDocumentBlock) })),
  /** Imported rows, then Schoolgate's versions up to this one; present when the document is read to be shown. */
  history: z.array(VersionHistoryRowView).optional(),
});
export type PolicyDocumentView = z.infer<typeof PolicyDocumentView>;

export const PolicyVersionDetail = PolicyVersionSummary.extend({ document: PolicyDocumentView });
export type PolicyVersionDetail = z.infer<typeof PolicyVersionDetail>;

export const PolicyVersionListResponse = z.object({ items: z.array(PolicyVersionSummary) });
export type PolicyVersionListResponse = z.infer<typeof PolicyVersionListResponse>;

/** The document page: what is in force, and the version being prepared (a draft, or approved and not yet live). */
export const PolicyOverviewResponse = z.object({
  published: PolicyVersionDetail.nullable(),
  pending: PolicyVersionDetail.nullable(),
});
export type PolicyOverviewResponse = z.infer<typeof PolicyOverviewResponse>;

export const DraftPolicyVersionRequest = z.object({
  summaryOfChanges: text()
    .trim()
    .max(500)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
});
export type DraftPolicyVersionRequest = z.infer<typeof DraftPolicyVersionRequest>;

export const ApprovePolicyVersionRequest = z.object({
  approvedOn: isoDate,
  minuteRef: text().trim().min(1, 'Enter the minute reference.').max(100),
  approverName: text().trim().min(1, 'Enter who approved it.').max(100),
});
export type ApprovePolicyVersionRequest = z.infer<typeof ApprovePolicyVersionRequest>;
