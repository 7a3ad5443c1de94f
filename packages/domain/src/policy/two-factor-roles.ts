// Which roles must use two-factor sign-in in a school: Schoolgate's baseline always, plus any role the school's
// published policy adds (people.twoFactorRoles). A policy can ask more of people, never less (PRODUCT C8).
import { ROLES, ROLES_REQUIRING_TWO_FACTOR, type Role } from '../roles.ts';

/** The baseline roles and the policy's, in the order of ROLES. `policyRoles` is null when nothing is published. */
export function twoFactorRolesFor(policyRoles: readonly string[] | null): Role[] {
  return ROLES.filter((role) => ROLES_REQUIRING_TWO_FACTOR.includes(role) || (policyRoles ?? []).includes(role));
}

export function policyRequiresTwoFactor(role: string, policyRoles: readonly string[] | null): boolean {
  return (twoFactorRolesFor(policyRoles) as readonly string[]).includes(role);
}
