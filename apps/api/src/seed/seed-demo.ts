// Writes the demo trust into an empty database on first start, so every page has something true to show.
import {
  auditRepository,
  pupilsRepository,
  staffRepository,
  tenancyRepository,
  usersRepository,
  type Db,
} from '@schoolgate/db';
import { passwordHasher } from '../security/password-hasher.ts';
import { buildDemoTrust, DEMO_PASSWORD, type DemoStaff } from './demo-data.ts';
import { seedDemoPolicy } from './seed-policy.ts';
import { seedDemoConsent } from './seed-consent.ts';
import { seedDemoTraining } from './seed-training.ts';
import { seedDemoModeration } from './seed-moderation.ts';
import { seedDemoAcceptance } from './seed-acceptance.ts';

/** Seeds only when there is no trust at all; returns whether it did. */
export async function seedDemoIfEmpty(db: Db, now: Date): Promise<boolean> {
  if ((await tenancyRepository.countTrusts(db)) > 0) return false;
  const demo = buildDemoTrust();
  // One hash for the shared demo password: argon2id is slow on purpose.
  const passwordHash = await passwordHasher.hash(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const trust = await tenancyRepository.createTrust(tx, demo.trust.name);
    const addStaff = async (person: DemoStaff, schoolId: string | null) => {
      const user = person.signsIn
        ? await usersRepository.create(tx, {
            email: person.email,
            displayName: `${person.firstName} ${person.lastName}`,
            passwordHash,
          })
        : null;
      await staffRepository.insert(tx, {
        trustId: trust.id,
        schoolId,
        userId: user?.id ?? null,
        misId: person.misId,
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        jobTitle: person.jobTitle,
        role: person.role,
        status: person.status,
      });
    };
    for (const person of demo.trustStaff) await addStaff(person, null);
    for (const school of demo.schools) {
      const row = await tenancyRepository.createSchool(tx, {
        trustId: trust.id,
        name: school.name,
        urn: school.urn,
        nation: school.nation,
      });
      for (const person of school.staff) await addStaff(person, row.id);
      await pupilsRepository.insertMany(tx, row.id, school.pupils);
      await auditRepository.append(tx, {
        trustId: trust.id,
        schoolId: row.id,
        actorUserId: null,
        actorAddress: null,
        action: 'demo.seeded',
        entityType: 'school',
        entityId: row.id,
        details: { staff: school.staff.length, pupils: school.pupils.length },
        now,
      });
    }
    await seedDemoPolicy(tx, trust.id, now);
    await seedDemoConsent(tx, trust.id, now);
    await seedDemoTraining(tx, trust.id, now);
    await seedDemoModeration(tx, trust.id, now);
    await seedDemoAcceptance(tx, trust.id, now);
  });
  return true;
}
