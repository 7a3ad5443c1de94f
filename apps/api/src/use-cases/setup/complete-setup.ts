// The set-up page: with the token printed at start, creates the trust (or the single school's trust of one), its
// first school with the policy template's defaults, and its first leader, who then signs in and enrols two-factor.
// Refused for a wrong or used token, and once any school exists, so nobody can take over a running deployment.
import {
  staffRepository,
  tenancyRepository,
  usersRepository,
  auditRepository,
  setupTokensRepository,
} from '@schoolgate/db';
import { AppError, checkPasswordPolicy } from '@schoolgate/domain';
import type { SetupRequest, SetupResponse } from '@schoolgate/contracts';
import type { AppContext } from '../../app-context.ts';
import { passwordHasher } from '../../security/password-hasher.ts';
import { hashSetupToken } from './setup-token.ts';
import { assertUrnFree, presentSchool, saveTrustDefaultsFromTemplate } from './create-school-record.ts';

const alreadySetUp = () =>
  new AppError('CONFLICT', 'Schoolgate is already set up here. Sign in, or ask your headteacher for an account.');

export async function isSetupNeeded(ctx: AppContext): Promise<boolean> {
  return (await tenancyRepository.countSchools(ctx.db)) === 0;
}

export async function completeSetup(
  ctx: AppContext,
  input: SetupRequest,
  meta: { address: string | null },
): Promise<SetupResponse> {
  if (!(await isSetupNeeded(ctx))) throw alreadySetUp();
  if (input.organisation === 'trust' && !input.trustName) {
    throw new AppError('VALIDATION_FAILED', 'Enter the name of the trust.', [
      { field: 'trustName', message: 'Enter the name of the trust.' },
    ]);
  }
  checkPasswordPolicy(input.person.password, 'person.password');
  const passwordHash = await passwordHasher.hash(input.person.password);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    if ((await tenancyRepository.countSchools(tx)) > 0) throw alreadySetUp();
    if (!(await setupTokensRepository.use(tx, hashSetupToken(input.token), now))) {
      throw new AppError('FORBIDDEN', 'That set-up token is not the one printed at the last start, or it was used.', [
        { field: 'token', message: 'Not the token printed when Schoolgate last started.' },
      ]);
    }
    await assertUrnFree(tx, input.school.urn);
    const trust = await tenancyRepository.createTrust(
      tx,
      input.organisation === 'trust' ? input.trustName! : input.school.name,
    );
    const school = await tenancyRepository.createSchool(tx, { trustId: trust.id, ...input.school });
    const { firstName, lastName, email } = input.person;
    const user = await usersRepository.create(tx, { email, displayName: `${firstName} ${lastName}`, passwordHash });
    const role = input.organisation === 'trust' ? 'trust_admin' : 'head';
    const staff = await staffRepository.insert(tx, {
      trustId: trust.id,
      schoolId: role === 'trust_admin' ? null : school.id,
      userId: user.id,
      firstName,
      lastName,
      email,
      jobTitle: role === 'head' ? 'Headteacher' : null,
      role,
    });
    await saveTrustDefaultsFromTemplate(tx, trust.id, input.templateId, input.school.nation, user.id);
    await auditRepository.append(tx, {
      trustId: trust.id,
      schoolId: school.id,
      actorUserId: user.id,
      actorAddress: meta.address,
      action: 'setup.completed',
      entityType: 'school',
      entityId: school.id,
      details: { organisation: input.organisation, templateId: input.templateId, firstLeaderStaffId: staff.id, role },
      now,
    });
    return { school: presentSchool(school), email };
  });
}
