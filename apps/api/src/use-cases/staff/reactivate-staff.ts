// Brings back a member of staff deactivated by mistake (or who has returned): their record becomes active, and
// their sign-in, if they had one, works again. Two-factor set-up and the password are as they were.
import { staffRepository, usersRepository } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { StaffMember } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { assertMayAssign } from './create-staff.ts';
import { presentStaff } from './present-staff.ts';

export async function reactivateStaff(ctx: AppContext, actor: Actor, id: string): Promise<StaffMember> {
  authorise(actor, 'deactivate', 'staff');
  const schoolId = schoolOf(actor);
  const current = await staffRepository.findInSchool(ctx.db, schoolId, id);
  if (!current) throw notFound('That staff member');
  assertMayAssign(actor, current.role as StaffMember['role']);
  if (current.status !== 'active') {
    await ctx.db.transaction(async (tx) => {
      await staffRepository.update(tx, schoolId, id, { status: 'active' });
      if (current.userId) await usersRepository.update(tx, current.userId, { status: 'active' });
      await recordAudit(tx, actor, { action: 'staff.reactivated', entityType: 'staff', entityId: id }, ctx.now());
    });
  }
  return presentStaff((await staffRepository.findInSchool(ctx.db, schoolId, id))!);
}
