// The moderation permissions the API publishes in MeResponse.permissions; the server refuses anything the person may
// not do regardless.
import type { MeResponse } from '@schoolgate/contracts';
import { can, type Permission } from '../../lib/permissions';

export type ModerationPermission = Extract<Permission, `${string}:${'comment' | 'press' | 'author'}`>;

export function canModerate(me: Pick<MeResponse, 'permissions'>, permission: ModerationPermission): boolean {
  return can(me, permission);
}
