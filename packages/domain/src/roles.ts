// The roles a person can hold in a school (or, for trust_admin, in the trust's central team).
// Where they come from: the seed policies' role lists (004 and 001), see PRODUCT.md "Who uses it".

export const ROLES = ['trust_admin', 'governor', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  trust_admin: 'Trust central team',
  governor: 'Governor or trustee',
  head: 'Headteacher',
  slt: 'Senior leader',
  dsl: 'Designated Safeguarding Lead',
  deputy_dsl: 'Deputy DSL',
  account_admin: 'Account administrator',
  staff: 'Staff member',
};

/** Roles that see safeguarding detail or hold account credentials must use two-factor sign-in. */
export const ROLES_REQUIRING_TWO_FACTOR: readonly Role[] = [
  'trust_admin',
  'head',
  'dsl',
  'deputy_dsl',
  'account_admin',
];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function requiresTwoFactor(role: Role): boolean {
  return ROLES_REQUIRING_TWO_FACTOR.includes(role);
}
