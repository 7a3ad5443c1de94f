// Public API of the policy as data: vocabulary, settings, inheritance, templates, the document and its hash.
export * from './policy-vocabulary.ts';
export {
  policySettingsSchema,
  parsePolicySettings,
  assertPolicySettings,
  toFieldProblems,
} from './policy-settings.schema.ts';
export type {
  PolicySettings,
  PolicySettingsInput,
  CommentCategoryRule,
  PolicyParseResult,
} from './policy-settings.schema.ts';
export { policyFieldPaths, getPolicyField, withPolicyField } from './policy-fields.ts';
export type { PolicyFieldPath, PolicyFieldValue, PolicyOverrides } from './policy-fields.ts';
export { resolveSchoolPolicy, assertSchoolPolicy, overridesBetween } from './policy-inheritance.ts';
export type { FieldSource, ResolvedPolicy, ResolveResult } from './policy-inheritance.ts';
export { actionForLabel, decideCommentAction } from './comment-action.ts';
export type { CommentLabel, CommentDecision } from './comment-action.ts';
export {
  POLICY_TEMPLATE_IDS,
  listPolicyTemplates,
  isPolicyTemplateId,
  policySettingsFromTemplate,
  policyContentFromTemplate,
} from './templates/index.ts';
export type { PolicyTemplate, PolicyTemplateId } from './templates/index.ts';
export { buildPolicyDocument, renderPolicyMarkdown, renderPolicyDocument, clauseMarker } from './policy-document.ts';
export type {
  PolicyDocument,
  PolicyDocumentFacts,
  PolicySection,
  PolicyBlock,
  InlineRun,
  BlockSource,
} from './policy-document.ts';
export { addMonths as nextReviewDate, longDate } from './policy-document-text.ts';
export {
  POLICY_HASH_FORMAT,
  POLICY_HASH_FORMAT_WITH_CONTENT,
  canonicalJson,
  policyVersionContent,
  hashPolicyVersion,
} from './policy-hash.ts';
export type { Sha256Hex } from './policy-hash.ts';
export {
  ACCOUNT_RUNNER_ROLES,
  PEOPLE_SETTINGS_WITHOUT_POLICY,
  peopleSettingsOf,
  isInPeopleScope,
  staffInAcceptanceScope,
  staffInTrainingScope,
  trainingDueFrom,
} from './people-scope.ts';
export type { PeopleSettings, TrainingSettings } from './people-scope.ts';
export { twoFactorRolesFor, policyRequiresTwoFactor } from './two-factor-roles.ts';
export {
  RETENTION_DEFAULTS,
  MIN_CONCERN_YEARS,
  MIN_AUDIT_YEARS,
  retentionSchema,
  retentionCutoffs,
  retentionSchedule,
  describePeriod,
} from './retention.ts';
export type { RetentionSettings, RetentionCutoffs } from './retention.ts';
export * from './policy-content.ts';
export { applyContentEdit } from './policy-content-edit.ts';
export type { ContentEditInput, ContentEditProblem, ContentEditResult, ContentEditor } from './policy-content-edit.ts';
export { parseClauseMarkdown, CLAUSE_MARKDOWN_LIMITS } from './clause-markdown.ts';
export type { ClauseMarkdownProblem, ClauseMarkdownResult } from './clause-markdown.ts';
export { CLAUSE_GENERATORS, clauseGenerator, isGeneratedClauseId } from './clause-generators.ts';
export type { ClauseGenerator, GeneratedClauseId } from './clause-generators.ts';
export {
  ACCEPTANCE_SECTION_ID,
  ACCEPTANCE_CLAUSE_ID,
  HISTORY_SECTION_ID,
  responsiblePersonLine,
} from './policy-content-document.ts';
export { validatePolicyContent, POLICY_CONTENT_LIMITS, CONTENT_ID } from './policy-content-validate.ts';
export type { PolicyContentProblem } from './policy-content-validate.ts';
export { mergeTrustAndSchoolContent, checkSchoolContentAgainstTrust } from './policy-content-trust.ts';
export type { TrustLockProblem } from './policy-content-trust.ts';
export { generatedClause, writtenClause, contentSection, newClauseId } from './policy-content-builders.ts';
export {
  WRITTEN_CLAUSES,
  RECORDED_RULES,
  libraryClause,
  isLibraryClauseId,
  libraryClauseIdsFor,
} from './clause-library/index.ts';
export { policyContentSchema, parsePolicyContent } from './policy-content.schema.ts';
export type { PolicyContentParseResult } from './policy-content.schema.ts';
export {
  escapeMarkdown,
  markdownToRuns,
  runsToMarkdown,
  mergeRuns,
  plainTextOf,
  hasFormatting,
} from './policy-inline-markdown.ts';
export { buildVersionHistory } from './policy-version-history.ts';
export type { VersionHistoryRow, SchoolgateVersionFacts } from './policy-version-history.ts';
export {
  parsePolicyHistoryCsv,
  readHistoryDate,
  POLICY_HISTORY_COLUMNS,
  POLICY_HISTORY_LIMITS,
  POLICY_HISTORY_MAX_ROWS,
} from './policy-history-csv.ts';
