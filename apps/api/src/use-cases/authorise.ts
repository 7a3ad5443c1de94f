// The one place a use case asks "may this actor do this?" (rules in @schoolgate/domain permissions).
import { AppError, can, ROLE_LABELS, type Action, type Resource } from '@schoolgate/domain';
import type { Actor } from '../app-context.ts';

export function authorise(actor: Actor, action: Action, resource: Resource): void {
  if (!can(actor.role, action, resource)) {
    throw new AppError('FORBIDDEN', `A ${ROLE_LABELS[actor.role].toLowerCase()} cannot ${action} ${resource} records.`);
  }
  if (!actor.schoolId && resource !== 'school') {
    throw new AppError('VALIDATION_FAILED', 'Choose a school first.', [
      { field: 'schoolId', message: 'Choose a school.' },
    ]);
  }
}
