// The API tells the web what the person may do as "action:resource" strings (MeResponse.permissions); the web only
// uses them to hide what would be refused anyway. The server still checks every request.
import type { MeResponse } from '@schoolgate/contracts';

/** Every permission the API can publish, typed in the contract from the domain's one list of rules. */
export type Permission = MeResponse['permissions'][number];

type WithPermissions = Pick<MeResponse, 'permissions'>;

export function can(me: WithPermissions, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

export function canAny(me: WithPermissions, permissions: readonly Permission[]): boolean {
  return permissions.some((p) => can(me, p));
}
