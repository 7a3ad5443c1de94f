// Factories for tests of account stewardship (handovers, sign-in details, likes and follows): an account of the
// school with runners, a member of staff ready to run one (signed the policy in force, trained today), and an open
// handover. Written straight to the database, so a test (or a matrix row) spends no time on the forms.
import { randomUUID } from 'node:crypto';
import {
  acceptanceRepository,
  accountHandoversRepository,
  accountRunnersRepository,
  socialAccountsRepository,
  staffRepository,
  trainingRepository,
  usersRepository,
} from '@schoolgate/db';
import type { TestApp } from './test-app.ts';
import { publishTestVersion } from './policy-version-factory.ts';

type School = { id: string; trustId: string };

/** A connected account of the school, run by these staff records. */
export async function anAccount(t: TestApp, school: School, runnerStaffIds: string[], platform = 'instagram') {
  const account = await socialAccountsRepository.create(t.ctx.db, {
    schoolId: school.id,
    platform,
    externalId: `steward-${randomUUID()}`,
    handle: `school_${randomUUID().slice(0, 6)}`,
    displayName: 'School account',
  });
  await accountRunnersRepository.add(t.ctx.db, school.id, account.id, runnerStaffIds);
  return account.id;
}

/** A member of staff with a sign-in, who has signed the policy in force (one is published if none is) and was trained today. */
export async function aReadyRunner(t: TestApp, school: School, options: { signed?: boolean } = {}) {
  const version =
    (await acceptanceRepository.currentPublishedVersion(t.ctx.db, school.id)) ??
    (await (async () => {
      await publishTestVersion(t.ctx.db, school);
      return (await acceptanceRepository.currentPublishedVersion(t.ctx.db, school.id))!;
    })());
  const name = randomUUID().slice(0, 8);
  const user = await usersRepository.create(t.ctx.db, {
    email: `ready.${name}@test.schoolgate`,
    displayName: `Ready ${name}`,
    passwordHash: null,
  });
  const staff = await staffRepository.insert(t.ctx.db, {
    trustId: school.trustId,
    schoolId: school.id,
    userId: user.id,
    firstName: 'Ready',
    lastName: name,
    role: 'staff',
  });
  if (options.signed ?? true)
    await acceptanceRepository.insert(t.ctx.db, {
      schoolId: school.id,
      versionId: version.id,
      staffId: staff.id,
      userId: user.id,
      typedName: `Ready ${name}`,
      confirmed: true,
      acceptedAt: new Date(),
      versionHash: version.contentHash,
    });
  await trainingRepository.insert(t.ctx.db, {
    schoolId: school.id,
    staffId: staff.id,
    kind: 'induction',
    completedOn: new Date().toISOString().slice(0, 10),
  });
  return { staffId: staff.id, userId: user.id, name: `Ready ${name}` };
}

/** An open handover: a runner (made here) has left the account. */
export async function anOpenHandover(t: TestApp, school: School, accountId: string) {
  const leaver = await staffRepository.insert(t.ctx.db, {
    trustId: school.trustId,
    schoolId: school.id,
    firstName: 'Left',
    lastName: randomUUID().slice(0, 8),
    role: 'staff',
    status: 'inactive',
  });
  await accountRunnersRepository.add(t.ctx.db, school.id, accountId, [leaver.id]);
  const task = await accountHandoversRepository.open(t.ctx.db, {
    schoolId: school.id,
    accountId,
    leaverStaffId: leaver.id,
    openedAt: new Date(),
  });
  return task!.id;
}
