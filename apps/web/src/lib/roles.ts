// Role names as an office manager would say them, from their one list in the domain's browser-safe entry.
import { ROLE_LABELS, ROLES, type Role } from '@schoolgate/domain/shared';

export { ROLE_LABELS, type Role };

export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
