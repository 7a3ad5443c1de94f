// Turns what is wrong with a change of words into the one error type: a change to what Schoolgate enforces or the
// trust has locked is POLICY_CONTENT_LOCKED (422, naming the clause); anything else, bad Markdown included (naming
// the field and the line), is VALIDATION_FAILED (400).
import { AppError, type ContentEditProblem, type FieldProblem } from '@schoolgate/domain';

/** Always throws: call it with the problems of a refused edit. */
export function refuseContentProblems(problems: readonly ContentEditProblem[]): never {
  const locked = problems.filter((p) => p.kind === 'locked');
  if (locked.length > 0) {
    throw new AppError(
      'POLICY_CONTENT_LOCKED',
      locked.length === 1 ? locked[0]!.message : `${locked[0]!.message} (and ${locked.length - 1} more)`,
      locked.map(({ field, message }) => ({ field, message })),
    );
  }
  refuseInvalidContent(problems);
  throw new AppError('VALIDATION_FAILED', 'The words could not be saved.');
}

export function refuseInvalidContent(problems: readonly FieldProblem[]): void {
  if (problems.length === 0) return;
  throw new AppError(
    'VALIDATION_FAILED',
    problems.length === 1 ? problems[0]!.message : 'Some of the words need changing before they can be saved.',
    problems.map(({ field, message }) => ({ field, message })),
  );
}
