// Deactivates a staff member: their record stays (history matters), their sign-in to this school stops at once, and
// if they work in no other school of the deployment their account is disabled.
import { sessionsRepository, staffRepository, usersRepository } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import type { StaffMember } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { assertMayAssign } from './create-staff.ts';
import { presentStaff } from './present-staff.ts';
import { openHandoverFor } from '../accounts/open-handover.ts';

export async function deactivateStaff(ctx: AppContext, actor: Actor, id: string): Promise<StaffMember> {
  authorise(actor, 'deactivate', 'staff');
  const schoolId = schoolOf(actor);
  const current = await staffRepository.findInSchool(ctx.db, schoolId, id);
  if (!current) throw notFound('That staff member');
  assertMayAssign(actor, current.role as StaffMember['role']);
  if (current.userId === actor.userId)
    throw new AppError('CONFLICT', 'You cannot deactivate yourself. Ask another leader.');
  if (current.status !== 'inactive') {
    await ctx.db.transaction(async (tx) => {
      await staffRepository.update(tx, schoolId, id, { status: 'inactive' });
      if (current.userId) {
        // This school ends only what it gave: sessions open in this school. A person who still works elsewhere
        // keeps signing in there; one with no place left has their account disabled.
        await sessionsRepository.deleteForUserInSchool(tx, current.userId, schoolId);
        const stillActive = await staffRepository.activeUserIdsLinkedTo(tx, [current.userId]);
        if (stillActive.length === 0) {
          await sessionsRepository.deleteForUser(tx, current.userId);
          await usersRepository.update(tx, current.userId, { status: 'disabled' });
        }
      }
      await recordAudit(tx, actor, { action: 'staff.deactivated', entityType: 'staff', entityId: id }, ctx.now());
      await openHandoverFor(
        tx,
        { id: schoolId, trustId: actor.trustId },
        { staffId: id, name: `${current.firstName} ${current.lastName}` },
        ctx.now(),
      );
    });
  }
  return presentStaff((await staffRepository.findInSchool(ctx.db, schoolId, id))!);
}
