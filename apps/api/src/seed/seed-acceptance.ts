// The demo's Statements of Acceptance, so a visitor can try every flow: posts need two runners who have signed the
// policy in force and whose training is in date (docs/posts.md), and without signatures the register showed every
// runner as lapsed and nobody could approve. So every runner of a demo account has signed and has a recent
// refresher, and most other people who sign in have signed too. A few have not, so the Training and acceptance page
// still has someone to remind, and the predictable `staff@` member of each school never has, so a visitor can sign
// as them. Runs after the training and the accounts are seeded.
import {
  acceptanceRepository,
  accountRunnersRepository,
  auditRepository,
  socialAccountsRepository,
  staffRepository,
  tenancyRepository,
  trainingRepository,
  type Db,
} from '@schoolgate/db';
import { addDays, isInPeopleScope, londonDateOf, nextReviewDate, peopleSettingsOf } from '@schoolgate/domain';
import { statementOfVersion } from '../use-cases/acceptance/statement.ts';
import { signatureAuditDetails } from '../use-cases/acceptance/sign-acceptance.ts';
import { isOutOfDate, trainingStatusFor } from '../use-cases/training/training-status.ts';
import { createRandom, seedFrom } from './demo-data-random.ts';

/** The share of people who sign in, run no account and are not the visitor's `staff@`, who have signed. */
const SIGNED_SHARE = 0.7;
/** The member of staff a visitor signs in as to try signing (README's demo sign-ins). */
const isVisitorsStaffMember = (email: string | null) => email?.startsWith('staff@') === true;

export async function seedDemoAcceptance(tx: Db, trustId: string, now: Date): Promise<void> {
  const today = londonDateOf(now);
  const random = createRandom(seedFrom('demo-acceptance'));
  for (const school of await tenancyRepository.listSchools(tx, trustId)) {
    const version = await acceptanceRepository.currentPublishedVersion(tx, school.id);
    if (!version) continue;
    const accounts = await socialAccountsRepository.listForSchool(tx, school.id);
    const runners = await accountRunnersRepository.listForAccounts(
      tx,
      school.id,
      accounts.map((a) => a.id),
    );
    const runnerIds = new Set(runners.filter((r) => r.status === 'active').map((r) => r.staffId));
    const people = peopleSettingsOf(version.settings);
    await trainRunners(tx, school.id, [...runnerIds], people.training.validityMonths, today, now, random);

    const statementText = statementOfVersion(version, school.name);
    const everyone = await staffRepository.listForImport(tx, school.id);
    everyone.sort((a, b) => (a.misId ?? '').localeCompare(b.misId ?? ''));
    for (const person of everyone) {
      if (person.status !== 'active' || !person.userId || !isInPeopleScope(people.acceptance, person.role)) continue;
      if (isVisitorsStaffMember(person.email)) continue;
      // Drawn for everyone, so whether one person signed does not hang on who runs an account.
      const signs = random.next() < SIGNED_SHARE || runnerIds.has(person.id);
      if (!signs) continue;
      const typedName = `${person.firstName} ${person.lastName}`;
      const row = await acceptanceRepository.insert(tx, {
        schoolId: school.id,
        versionId: version.id,
        staffId: person.id,
        userId: person.userId,
        typedName,
        confirmed: true,
        acceptedAt: now,
        address: null,
        versionHash: version.contentHash,
        statementText,
      });
      if (!row) continue;
      await auditRepository.append(tx, {
        trustId,
        schoolId: school.id,
        actorUserId: person.userId,
        actorAddress: null,
        action: 'acceptance.signed',
        entityType: 'policy_acceptance',
        entityId: row.id,
        details: { ...signatureAuditDetails(version, statementText, person.id), demo: true },
        now,
      });
    }
  }
}

/** A refresher in the last two months for each runner whose policy training is missing, expiring or expired. */
async function trainRunners(
  tx: Db,
  schoolId: string,
  staffIds: string[],
  validityMonths: number,
  today: string,
  now: Date,
  random: ReturnType<typeof createRandom>,
): Promise<void> {
  const statuses = await trainingStatusFor(tx, schoolId, staffIds, today);
  for (const staffId of staffIds) {
    const status = statuses.get(staffId)?.policy ?? 'none';
    if (!isOutOfDate(status) && status !== 'expiring') continue;
    const completedOn = addDays(today, -random.int(10, 60));
    await trainingRepository.insert(tx, {
      schoolId,
      staffId,
      kind: 'refresher',
      title: 'Social media refresher (account runners)',
      completedOn,
      expiresOn: nextReviewDate(completedOn, validityMonths),
      recordedAt: now,
    });
  }
}
