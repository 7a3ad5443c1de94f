// Invitations to set up a sign-in (issue 13): the head invites one member of staff, or everyone with an email and
// no sign-in. Each gets an email with a one-time link (256 random bits; only its SHA-256 is kept) that works for
// seven days and once; a newer invitation replaces the older. The link leads to a page where they choose a password
// (the usual rules) and set up two-factor if their role needs it, or sign in with the school's provider.
import { createHash, randomBytes } from 'node:crypto';
import {
  acceptanceRepository,
  signInLinksRepository,
  signInProvidersRepository,
  staffInvitationsRepository,
  staffRepository,
  tenancyRepository,
  usersRepository,
  type Db,
  type StaffInvitationRow,
  type StaffRow,
} from '@schoolgate/db';
import {
  AppError,
  canAssignRole,
  checkPasswordPolicy,
  notFound,
  peopleSettingsOf,
  policyRequiresTwoFactor,
  requiresTwoFactor,
  type Role,
  type SignInProviderKind,
} from '@schoolgate/domain';
import type {
  InvitationResponse,
  InviteEveryoneResponse,
  SessionStage,
  StaffInvitationSummary,
} from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { safeError } from '../../logging/safe-error.ts';
import { passwordHasher } from '../../security/password-hasher.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { loadMemberships } from '../auth/memberships.ts';
import { openSession } from '../auth/open-session.ts';
import { assertMayAssign } from '../staff/create-staff.ts';

export const INVITATION_DAYS = 7;
const digest = (value: string) => createHash('sha256').update(value).digest('hex');

export function presentInvitation(row: StaffInvitationRow, now: Date): StaffInvitationSummary {
  return {
    sentAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    expired: row.acceptedAt === null && row.expiresAt <= now,
    accepted: row.acceptedAt !== null,
    emailed: row.emailedAt !== null,
  };
}

interface Created {
  row: StaffInvitationRow;
  token: string;
  staff: StaffRow;
}

async function createInvitation(ctx: AppContext, tx: Db, actor: Actor, staff: StaffRow, now: Date): Promise<Created> {
  const token = randomBytes(32).toString('base64url');
  await staffInvitationsRepository.replaceOpen(tx, [staff.id], now);
  const row = await staffInvitationsRepository.insert(tx, {
    trustId: staff.trustId,
    schoolId: staff.schoolId!,
    staffId: staff.id,
    tokenHash: digest(token),
    invitedBy: actor.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
  });
  await recordAudit(
    tx,
    actor,
    {
      action: 'staff.invited',
      entityType: 'staff',
      entityId: staff.id,
      details: { invitationId: row.id, expiresAt: row.expiresAt.toISOString() },
    },
    now,
  );
  return { row, token, staff };
}

/** Emails each invitation after its transaction; one that cannot be sent stays "not emailed" for a resend. */
async function emailInvitations(ctx: AppContext, created: Created[], schoolName: string): Promise<number> {
  if (!ctx.mailer) return 0;
  let sent = 0;
  for (const { row, token, staff } of created) {
    const link = `${ctx.publicUrl}/invitation/${token}`;
    const until = row.expiresAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    try {
      await ctx.mailer.send({
        to: staff.email!,
        subject: `Schoolgate: set up your sign-in for ${schoolName}`,
        text:
          `Hello ${staff.firstName},\n\n${schoolName} uses Schoolgate for its social media policy, and you have been ` +
          `invited to sign in.\n\nSet up your sign-in here (the link works once, until ${until}):\n${link}\n\n` +
          `If you were not expecting this, you can ignore it, or tell your school office.\n\n` +
          `This message was sent by Schoolgate, your school's social media policy system.`,
      });
      await staffInvitationsRepository.markEmailed(ctx.db, row.id, ctx.now());
      sent += 1;
    } catch (error) {
      ctx.log.warn({ invitationId: row.id, err: safeError(error) }, 'invitation email not sent');
    }
  }
  return sent;
}

async function assertInvitable(tx: Db, actor: Actor, staff: StaffRow) {
  assertMayAssign(actor, staff.role as Role);
  if (staff.status !== 'active') throw new AppError('CONFLICT', 'Reactivate this record before inviting them.');
  if (!staff.email) {
    throw new AppError('VALIDATION_FAILED', 'Add their work email address first: the invitation is sent there.', [
      { field: 'email', message: 'Needed for an invitation.' },
    ]);
  }
  const user = staff.userId
    ? await usersRepository.findById(tx, staff.userId)
    : await usersRepository.findByEmail(tx, staff.email);
  if (user && (user.passwordHash || user.providerSignInAt)) {
    throw new AppError('CONFLICT', 'They can already sign in to Schoolgate with that email address.');
  }
}

export async function inviteStaff(ctx: AppContext, actor: Actor, staffId: string): Promise<StaffInvitationSummary> {
  authorise(actor, 'create', 'staff');
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  const created = await ctx.db.transaction(async (tx) => {
    const staff = await staffRepository.findInSchool(tx, schoolId, staffId);
    if (!staff) throw notFound('That staff member');
    await assertInvitable(tx, actor, staff);
    return createInvitation(ctx, tx, actor, staff, now);
  });
  const school = await tenancyRepository.findSchool(ctx.db, schoolId);
  await emailInvitations(ctx, [created], school?.name ?? 'Your school');
  const latest = await staffInvitationsRepository.latestFor(ctx.db, schoolId, [staffId]);
  return presentInvitation(latest.get(staffId) ?? created.row, now);
}

/** Invites every active member of staff with an email and no sign-in whom the actor could give their role. */
export async function inviteEveryone(ctx: AppContext, actor: Actor): Promise<InviteEveryoneResponse> {
  authorise(actor, 'create', 'staff');
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  const created = await ctx.db.transaction(async (tx) => {
    const candidates = await staffInvitationsRepository.staffWithoutSignIn(tx, schoolId);
    const out: Created[] = [];
    for (const staff of candidates) {
      if (!canAssignRole(actor.role, staff.role as Role)) continue;
      // Someone whose email already signs in elsewhere is linked by the trust team, not invited.
      const existing = staff.userId ? null : await usersRepository.findByEmail(tx, staff.email!);
      if (existing) continue;
      out.push(await createInvitation(ctx, tx, actor, staff, now));
    }
    return out;
  });
  const school = await tenancyRepository.findSchool(ctx.db, schoolId);
  const sent = await emailInvitations(ctx, created, school?.name ?? 'Your school');
  return { invited: created.length, notEmailed: created.length - sent };
}

const EXPIRED =
  'This invitation link has expired, was replaced by a newer one, or was already used. Ask your school office to send a new one.';

async function openInvitation(db: Db, token: string, now: Date) {
  const row = await staffInvitationsRepository.findOpenByToken(db, digest(token), now);
  if (!row) throw new AppError('NOT_FOUND', EXPIRED);
  const staff = await staffRepository.findInSchool(db, row.schoolId, row.staffId);
  if (!staff || staff.status !== 'active' || !staff.email) throw new AppError('NOT_FOUND', EXPIRED);
  return { row, staff };
}

async function roleNeedsTwoFactor(db: Db, schoolId: string, role: Role) {
  if (requiresTwoFactor(role)) return true;
  const version = await acceptanceRepository.currentPublishedVersion(db, schoolId);
  return version !== null && policyRequiresTwoFactor(role, peopleSettingsOf(version.settings).twoFactorRoles);
}

export async function viewInvitation(ctx: AppContext, token: string): Promise<InvitationResponse> {
  const { row, staff } = await openInvitation(ctx.db, token, ctx.now());
  const school = await tenancyRepository.findSchool(ctx.db, row.schoolId);
  const providers = await signInProvidersRepository.offeredForSchool(ctx.db, row.schoolId);
  return {
    firstName: staff.firstName,
    lastName: staff.lastName,
    email: staff.email!,
    schoolName: school?.name ?? '',
    needsTwoFactor: await roleNeedsTwoFactor(ctx.db, row.schoolId, staff.role as Role),
    expiresAt: row.expiresAt.toISOString(),
    providers: providers.map((p) => ({
      provider: p.provider as SignInProviderKind,
      schoolId: row.schoolId,
      label: school?.name ?? '',
    })),
  };
}

/** Sets their password and signs them in; they go on to set up two-factor when their role needs it. */
export async function acceptInvitation(
  ctx: AppContext,
  token: string,
  password: string,
  meta: { address: string | null; previousToken: string | null },
): Promise<{ token: string; stage: SessionStage }> {
  const now = ctx.now();
  const { row, staff } = await openInvitation(ctx.db, token, now);
  checkPasswordPolicy(password, 'password', { email: staff.email!, names: [staff.firstName, staff.lastName] });
  const passwordHash = await passwordHasher.hash(password);
  return ctx.db.transaction(async (tx) => {
    if (!(await staffInvitationsRepository.accept(tx, row.id, now))) throw new AppError('NOT_FOUND', EXPIRED);
    let user = staff.userId
      ? await usersRepository.findById(tx, staff.userId)
      : await usersRepository.findByEmail(tx, staff.email!);
    if (user && (!staff.userId || user.passwordHash || user.providerSignInAt)) {
      throw new AppError('CONFLICT', 'You can already sign in to Schoolgate with this email address: sign in instead.');
    }
    if (user) {
      await usersRepository.update(tx, user.id, { passwordHash });
    } else {
      user = await usersRepository.create(tx, {
        email: staff.email!.toLowerCase(),
        displayName: `${staff.firstName} ${staff.lastName}`,
        passwordHash,
      });
      await signInLinksRepository.linkStaff(tx, [staff.id], user.id);
    }
    if (user.status !== 'active') {
      throw new AppError('ACCOUNT_DISABLED', 'This account is not active. Ask your school office to restore it.');
    }
    const memberships = await loadMemberships(tx, user.id);
    const place = memberships.places.find((p) => p.schoolId === row.schoolId) ?? memberships.places[0];
    if (!place) throw new AppError('NOT_FOUND', EXPIRED);
    const actor: Actor = {
      userId: user.id,
      sessionId: '',
      displayName: user.displayName,
      trustId: place.trustId,
      schoolId: row.schoolId,
      role: place.role,
      address: meta.address,
    };
    await recordAudit(
      tx,
      actor,
      {
        action: 'staff.invitation_accepted',
        entityType: 'staff',
        entityId: staff.id,
        details: { invitationId: row.id },
      },
      now,
    );
    return openSession(ctx, tx, { user, memberships, place, meta, details: { via: 'invitation' } });
  });
}
