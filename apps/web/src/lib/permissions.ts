// The API tells the web what the person may do as "action:resource" strings (MeResponse.permissions); the web only
// uses them to hide what would be refused anyway. The server still checks every request.
import type { MeResponse } from '@schoolgate/contracts';

export type Permission =
  | 'read:staff'
  | 'create:staff'
  | 'update:staff'
  | 'deactivate:staff'
  | 'import:staff'
  | 'read:pupil'
  | 'update:pupil'
  | 'import:pupil'
  | 'read:audit'
  | 'verify:audit'
  | 'switch:school'
  | 'sign:acceptance'
  | 'read:acceptance'
  | 'remind:acceptance'
  | 'read:training'
  | 'create:training'
  | 'update:training'
  | 'remind:training'
  | 'read:policy'
  | 'update:policy'
  | 'approve:policy'
  | 'publish:policy'
  | 'read:trust_policy'
  | 'update:trust_policy'
  | 'read:consent'
  | 'update:consent'
  | 'import:consent'
  | 'read:restriction'
  | 'update:restriction'
  // Schools and official accounts (issue 10).
  | 'create:school'
  | 'read:account'
  | 'create:account'
  | 'approve:account'
  | 'sign:account'
  | 'update:account';

type WithPermissions = Pick<MeResponse, 'permissions'>;

export function can(me: WithPermissions, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

export function canAny(me: WithPermissions, permissions: readonly Permission[]): boolean {
  return permissions.some((p) => can(me, p));
}
