// Edits a staff member of the actor's school. The rule (who may change whose record, what follows from a change) is
// apply-staff-edit.ts, shared with the MIS import. The audit entry records each changed field, before and after.
import { staffRepository } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { StaffMember, UpdateStaffRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { applyStaffEdit } from './apply-staff-edit.ts';
import { presentStaff } from './present-staff.ts';

export async function updateStaff(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateStaffRequest,
): Promise<StaffMember> {
  authorise(actor, 'update', 'staff');
  const schoolId = schoolOf(actor);
  const current = await staffRepository.findInSchool(ctx.db, schoolId, id);
  if (!current) throw notFound('That staff member');
  await ctx.db.transaction(async (tx) => {
    const changes = await applyStaffEdit(tx, actor, schoolId, current, input);
    if (Object.keys(changes).length === 0) return;
    await recordAudit(
      tx,
      actor,
      { action: 'staff.updated', entityType: 'staff', entityId: id, details: { changes } },
      ctx.now(),
    );
  });
  return presentStaff((await staffRepository.findInSchool(ctx.db, schoolId, id))!);
}
