// Turns what is wrong with a change of words into the one error type: a change to what Schoolgate enforces or the
// trust has locked is POLICY_CONTENT_LOCKED (422, naming the clause); anything else, bad Markdown included (naming
// the field and the line), is VALIDATION_FAILED (400). Fields are paths into the request ("sections.2.clauses.0
// .markdown", "statementOfAcceptance"), so the editor can show each message beside what it is about.
import {
  ACCEPTANCE_CLAUSE_ID,
  AppError,
  type ContentEditProblem,
  type FieldProblem,
  type PolicyContent,
  type PolicyContentProblem,
  type TrustLockProblem,
} from '@schoolgate/domain';

function fieldOf(content: PolicyContent, sectionId: string | null, clauseId: string | null, words: boolean): string {
  if (clauseId === ACCEPTANCE_CLAUSE_ID) return 'statementOfAcceptance';
  const s = content.sections.findIndex((section) =>
    clauseId ? section.clauses.some((clause) => clause.id === clauseId) : section.id === sectionId,
  );
  if (s < 0) return sectionId ? 'sections' : 'content';
  if (!clauseId) return `sections.${s}`;
  const c = content.sections[s]!.clauses.findIndex((clause) => clause.id === clauseId);
  return `sections.${s}.clauses.${c}${words ? '.markdown' : ''}`;
}

const named = (clauseId: string | null, message: string) =>
  clauseId && clauseId !== ACCEPTANCE_CLAUSE_ID ? `The clause "${clauseId}": ${message}` : message;

function summary(fields: readonly FieldProblem[], fallback: string): string {
  return fields.length === 1
    ? fields[0]!.message
    : `${fields[0]!.message} (and ${fields.length - 1} more: ${fallback})`;
}

/** Always throws: call it with the problems of a refused edit. */
export function refuseContentProblems(problems: readonly ContentEditProblem[]): never {
  const locked = problems.filter((p) => p.kind === 'locked');
  const chosen = locked.length > 0 ? locked : problems;
  const fields = chosen.map(({ field, message }) => ({ field, message }));
  throw new AppError(
    locked.length > 0 ? 'POLICY_CONTENT_LOCKED' : 'VALIDATION_FAILED',
    summary(fields, 'see each clause'),
    fields,
  );
}

/** Markdown and shape problems (validatePolicyContent), each at its field and line. */
export function refuseInvalidContent(content: PolicyContent, problems: readonly PolicyContentProblem[]): void {
  if (problems.length === 0) return;
  const fields = problems.map((p) => ({
    field: fieldOf(content, p.sectionId, p.clauseId, p.line !== undefined),
    message: named(p.clauseId, p.line !== undefined ? `Line ${p.line}: ${p.message}` : p.message),
  }));
  throw new AppError('VALIDATION_FAILED', summary(fields, 'see each clause'), fields);
}

/** What a school's change did to its trust's locked clauses and sections (checkSchoolContentAgainstTrust). */
export function refuseTrustLockProblems(content: PolicyContent, problems: readonly TrustLockProblem[]): void {
  if (problems.length === 0) return;
  const fields = problems.map((p) => ({
    field: fieldOf(content, p.sectionId, p.clauseId, false),
    message: named(p.clauseId, p.message),
  }));
  throw new AppError('POLICY_CONTENT_LOCKED', summary(fields, 'see each clause'), fields);
}
