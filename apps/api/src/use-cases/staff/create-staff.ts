// Adds a staff member to the actor's school, optionally with a sign-in. If the email already has a sign-in
// (someone who works in two schools of the trust), the new record is linked to it as a new membership; their
// password, two-factor and places elsewhere are kept (docs/decisions/0005).
import { staffRepository, usersRepository, type Db } from '@schoolgate/db';
import { AppError, canAssignRole, checkPasswordPolicy, ROLE_LABELS } from '@schoolgate/domain';
import type { CreateStaffRequest, StaffMember } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { passwordHasher } from '../../security/password-hasher.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { presentStaff } from './present-staff.ts';

export function assertMayAssign(actor: Actor, role: StaffMember['role']) {
  if (!canAssignRole(actor.role, role)) {
    throw new AppError('FORBIDDEN', `Your role cannot make someone a ${ROLE_LABELS[role].toLowerCase()}.`, [
      { field: 'role', message: 'Not a role you can give.' },
    ]);
  }
}

/**
 * Someone already signing in elsewhere in the trust (an executive head) may be given a membership of this school,
 * and only that: their password, two-factor and other schools stay theirs. A sign-in of another trust is never
 * linked (this school would gain a hold on someone it does not employ), nor is anyone who already opens this
 * school: a second record here, or a school role for the trust team, would take precedence over the role they
 * hold and could lower it.
 */
async function assertMayInvite(tx: Db, actor: Actor, schoolId: string, userId: string) {
  const places = await staffRepository.membershipsForUser(tx, userId);
  if (!places.some((p) => p.trustId === actor.trustId)) {
    throw new AppError('CONFLICT', 'That email address already signs in to Schoolgate for another organisation.', [
      { field: 'email', message: 'Use another email address for this person.' },
    ]);
  }
  const opensHere = places.some(
    (p) => p.schoolId === schoolId || (p.schoolId === null && p.role === 'trust_admin' && p.trustId === actor.trustId),
  );
  if (opensHere || (await staffRepository.linkedInSchool(tx, schoolId, userId)).length > 0) {
    throw new AppError('CONFLICT', 'That person already has a place in this school.', [
      { field: 'email', message: 'Already on your staff list, or in the trust team: find their record instead.' },
    ]);
  }
}

export async function createStaff(ctx: AppContext, actor: Actor, input: CreateStaffRequest): Promise<StaffMember> {
  authorise(actor, 'create', 'staff');
  assertMayAssign(actor, input.role);
  const schoolId = schoolOf(actor);
  const email = input.email ?? null;
  if (input.initialPassword !== undefined) {
    if (!email)
      throw new AppError('VALIDATION_FAILED', 'A sign-in needs an email address.', [
        { field: 'email', message: 'Enter an email address.' },
      ]);
    checkPasswordPolicy(input.initialPassword, 'initialPassword', {
      email,
      names: [input.firstName, input.lastName],
    });
  }
  const passwordHash = input.initialPassword ? await passwordHasher.hash(input.initialPassword) : null;

  const id = await ctx.db.transaction(async (tx) => {
    let userId: string | null = null;
    if (email && passwordHash) {
      const existing = await usersRepository.findByEmail(tx, email);
      if (existing) {
        await assertMayInvite(tx, actor, schoolId, existing.id);
        userId = existing.id;
      } else {
        userId = (
          await usersRepository.create(tx, { email, displayName: `${input.firstName} ${input.lastName}`, passwordHash })
        ).id;
      }
    }
    const row = await staffRepository.insert(tx, {
      trustId: actor.trustId,
      schoolId,
      userId,
      misId: input.misId ?? null,
      firstName: input.firstName,
      lastName: input.lastName,
      email,
      jobTitle: input.jobTitle ?? null,
      role: input.role,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'staff.created',
        entityType: 'staff',
        entityId: row.id,
        details: { firstName: row.firstName, lastName: row.lastName, role: row.role, canSignIn: userId !== null },
      },
      ctx.now(),
    );
    return row.id;
  });
  return presentStaff((await staffRepository.findInSchool(ctx.db, schoolId, id))!);
}
