// The moderation permissions the API publishes in MeResponse.permissions. lib/permissions.ts does not list them yet,
// so this feature checks the strings itself; the server refuses anything the person may not do regardless.
import type { MeResponse } from '@schoolgate/contracts';

export type ModerationPermission = 'read:comment' | 'moderate:comment' | 'approve:press' | 'escalate:author';

export function canModerate(me: Pick<MeResponse, 'permissions'>, permission: ModerationPermission): boolean {
  return me.permissions.includes(permission);
}
