import { staffInvitationsRepository, staffRepository } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { StaffListResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { presentStaff } from './present-staff.ts';
import { presentInvitation } from '../sign-in/invitations.ts';

export async function listStaff(
  ctx: AppContext,
  actor: Actor,
  query: { search?: string; status: 'active' | 'inactive' | 'all'; page: number; pageSize: number },
): Promise<StaffListResponse> {
  authorise(actor, 'read', 'staff');
  const { items, total } = await staffRepository.list(ctx.db, schoolOf(actor), query);
  // Each person's newest invitation to set up a sign-in, for the staff page (issue 13).
  const invitations = await staffInvitationsRepository.latestFor(
    ctx.db,
    schoolOf(actor),
    items.map((i) => i.id),
  );
  const now = ctx.now();
  return {
    items: items.map((row) => {
      const invitation = invitations.get(row.id);
      return { ...presentStaff(row), invitation: invitation ? presentInvitation(invitation, now) : null };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getStaffMember(ctx: AppContext, actor: Actor, id: string) {
  authorise(actor, 'read', 'staff');
  const row = await staffRepository.findInSchool(ctx.db, schoolOf(actor), id);
  if (!row) throw notFound('That staff member');
  return presentStaff(row);
}
