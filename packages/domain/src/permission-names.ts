// Every permission as the "action:resource" name the API publishes (MeResponse.permissions), derived from the
// rules in permissions.ts, so a new rule names a new permission by itself.
import { PERMISSION_RULES, type Action, type Resource } from './permissions.ts';

export type PermissionName = `${Action}:${Resource}`;

export const PERMISSION_NAMES = [
  ...new Set(PERMISSION_RULES.flatMap((rule) => rule.actions.map((action) => `${action}:${rule.resource}` as const))),
] as unknown as readonly [PermissionName, ...PermissionName[]];

export const permissionName = (action: Action, resource: Resource): PermissionName => `${action}:${resource}`;
