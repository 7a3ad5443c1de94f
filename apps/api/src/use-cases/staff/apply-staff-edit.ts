// The one rule for changing an existing staff record, whether one edit (PATCH /api/staff/:id) or a row of an MIS
// import: who may change whose record and role, what a change of email does to the sign-in, and which sessions
// end. Every check runs before the first write, so a refused change leaves nothing half done (an import reports
// the row and goes on). The caller writes the audit entry with the changes returned.
import { sessionsRepository, staffRepository, usersRepository, type Db, type StaffRow } from '@schoolgate/db';
import { AppError } from '@schoolgate/domain';
import type { StaffMember, UpdateStaffRequest } from '@schoolgate/contracts';
import type { Actor } from '../../app-context.ts';
import { assertMayAssign } from './create-staff.ts';

const EDITABLE = ['firstName', 'lastName', 'email', 'jobTitle', 'misId', 'role'] as const;

export type StaffEdit = Partial<Pick<UpdateStaffRequest, (typeof EDITABLE)[number]>>;
export type StaffChanges = Partial<Record<(typeof EDITABLE)[number], { from: unknown; to: unknown }>>;

export async function applyStaffEdit(
  tx: Db,
  actor: Actor,
  schoolId: string,
  current: StaffRow,
  input: StaffEdit,
): Promise<StaffChanges> {
  // Only someone who could give this person their role may edit them: an SLT member cannot change the head's
  // email (and with it, where the head's sign-in and alerts go), nor demote the DSL.
  assertMayAssign(actor, current.role as StaffMember['role']);
  if (input.role && input.role !== current.role) assertMayAssign(actor, input.role);
  const changes: StaffChanges = {};
  for (const key of EDITABLE) {
    const next = input[key];
    if (next !== undefined && next !== current[key]) changes[key] = { from: current[key], to: next };
  }
  if (Object.keys(changes).length === 0) return changes;

  if (typeof changes.misId?.to === 'string') {
    const holder = await staffRepository.findByMisId(tx, schoolId, changes.misId.to);
    if (holder && holder.id !== current.id)
      throw new AppError('CONFLICT', 'Another record of this school has that MIS id.', [
        { field: 'misId', message: 'Already in use.' },
      ]);
  }
  const newSignInEmail = current.userId && typeof changes.email?.to === 'string' ? changes.email.to : null;
  if (current.userId && newSignInEmail) {
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
    const clash = await usersRepository.findByEmail(tx, newSignInEmail);
    if (clash && clash.id !== current.userId)
      throw new AppError('CONFLICT', 'Another account already signs in with that email.', [
        { field: 'email', message: 'Already in use.' },
      ]);
  }

  const patch = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.to]));
  await staffRepository.update(tx, schoolId, current.id, patch);
  if (current.userId && newSignInEmail) {
    await usersRepository.update(tx, current.userId, { email: newSignInEmail });
    // A new sign-in email takes effect now: the person signs in again.
    await sessionsRepository.deleteForUser(tx, current.userId);
  } else if (current.userId && changes.role) {
    // A change of role here ends only their sessions in this school; the role they hold in another school is not
    // this school's to interrupt.
    await sessionsRepository.deleteForUserInSchool(tx, current.userId, schoolId);
  }
  return changes;
}
