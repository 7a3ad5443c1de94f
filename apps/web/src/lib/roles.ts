// Role names as an office manager would say them. Mirrors ROLE_LABELS in packages/domain, kept here because the
// domain package pulls in Node-only CSV parsing that does not belong in the browser bundle.
import type { MeResponse } from '@schoolgate/contracts';

export type Role = MeResponse['role'];

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

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((value) => ({ value, label: ROLE_LABELS[value] }));

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
