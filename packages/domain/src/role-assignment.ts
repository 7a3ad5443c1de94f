// Who may give which role to a person in a school. Roles that see safeguarding detail or run official
// accounts are given by the head (or the trust team), not by other senior leaders (004: the head
// authorises who runs accounts; 000/002: the DSL team is named by the school's leadership).
import type { Role } from './roles.ts';

export const SCHOOL_ROLES: readonly Role[] = ['governor', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff'];

const ASSIGNABLE: Partial<Record<Role, readonly Role[]>> = {
  trust_admin: SCHOOL_ROLES,
  head: SCHOOL_ROLES,
  slt: ['staff', 'governor'],
};

export function canAssignRole(actorRole: Role, role: Role): boolean {
  return (ASSIGNABLE[actorRole] ?? []).includes(role);
}
