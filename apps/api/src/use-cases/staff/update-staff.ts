// Edits a staff member of the actor's school. The audit entry records each changed field, before and after.
import { sessionsRepository, staffRepository, usersRepository } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import type { StaffMember, UpdateStaffRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { assertMayAssign } from './create-staff.ts';
import { presentStaff } from './present-staff.ts';

const EDITABLE = ['firstName', 'lastName', 'email', 'jobTitle', 'misId', 'role'] as const;

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
  // Only someone who could give this person their role may edit them: an SLT member cannot change the head's
  // email (and with it, where the head's sign-in and alerts go), nor demote the DSL.
  assertMayAssign(actor, current.role as StaffMember['role']);
  if (input.role && input.role !== current.role) assertMayAssign(actor, input.role);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of EDITABLE) {
    const next = input[key];
    if (next !== undefined && next !== current[key]) changes[key] = { from: current[key], to: next };
  }
  if (Object.keys(changes).length > 0) {
    await ctx.db.transaction(async (tx) => {
      const patch = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.to]));
      await staffRepository.update(tx, schoolId, id, patch);
      if (current.userId && changes.email && typeof changes.email.to === 'string') {
        // The sign-in belongs to every school the person works in; this school changes it only if it is the only one.
        const places = await staffRepository.membershipsForUser(tx, current.userId);
        const elsewhere = places.some(
          (p) => p.schoolId !== schoolId && !(actor.role === 'trust_admin' && p.trustId === actor.trustId),
        );
        if (elsewhere) {
          throw new AppError(
            'CONFLICT',
            'This person also signs in for another school: ask the trust team to change their sign-in email.',
            [{ field: 'email', message: 'Changed by the trust team for people in several schools.' }],
          );
        }
        const clash = await usersRepository.findByEmail(tx, changes.email.to);
        if (clash && clash.id !== current.userId)
          throw new AppError('CONFLICT', 'Another account already signs in with that email.', [
            { field: 'email', message: 'Already in use.' },
          ]);
        await usersRepository.update(tx, current.userId, { email: changes.email.to });
      }
      // A change of sign-in email takes effect now: the person signs in again. A change of role here ends only their
      // sessions in this school; the role they hold in another school is not this school's to interrupt.
      if (current.userId && changes.email) await sessionsRepository.deleteForUser(tx, current.userId);
      else if (current.userId && changes.role)
        await sessionsRepository.deleteForUserInSchool(tx, current.userId, schoolId);
      await recordAudit(
        tx,
        actor,
        { action: 'staff.updated', entityType: 'staff', entityId: id, details: { changes } },
        ctx.now(),
      );
    });
  }
  return presentStaff((await staffRepository.findInSchool(ctx.db, schoolId, id))!);
}
