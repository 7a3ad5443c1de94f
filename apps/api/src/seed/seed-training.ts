// The demo's training records, so the Training and acceptance page has something true to show: most staff did the
// social media induction at some point in the last 14 months (so some are expiring or expired), a few have had a
// refresher since, the DSL team have DSL training, and some people have nothing recorded yet. The account runners'
// refreshers and the signatures come later, from seed-acceptance.ts, once the accounts exist.
import { staffRepository, tenancyRepository, trainingRepository, type Db } from '@schoolgate/db';
import { addDays, londonDateOf, nextReviewDate } from '@schoolgate/domain';
import { createRandom } from './demo-data-random.ts';

const TRAINED_SHARE = 0.8;
const REFRESHED_SHARE = 0.15;

export async function seedDemoTraining(tx: Db, trustId: string, now: Date): Promise<void> {
  const today = londonDateOf(now);
  const random = createRandom(4004);
  for (const school of await tenancyRepository.listSchools(tx, trustId)) {
    for (const person of await staffRepository.listForImport(tx, school.id)) {
      if (person.status !== 'active') continue;
      const add = (kind: string, title: string, completedOn: string, months = 12) =>
        trainingRepository.insert(tx, {
          schoolId: school.id,
          staffId: person.id,
          kind,
          title,
          completedOn,
          expiresOn: nextReviewDate(completedOn, months),
          recordedAt: now,
        });
      if (random.next() < TRAINED_SHARE) {
        const inducted = addDays(today, -random.int(20, 430));
        await add('induction', 'Social media policy induction', inducted);
        if (inducted < addDays(today, -200) && random.next() < REFRESHED_SHARE * 4) {
          await add('refresher', 'Social media refresher (staff meeting)', addDays(today, -random.int(5, 150)));
        }
      }
      if (person.role === 'dsl' || person.role === 'deputy_dsl') {
        await add('dsl', 'Designated Safeguarding Lead training', addDays(today, -random.int(100, 700)), 24);
      }
    }
  }
}
