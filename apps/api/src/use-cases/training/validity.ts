// What the school's published policy asks of training (people.training: who, from when, and for how long), or
// Schoolgate's defaults (everyone, from their first day, 12 months) while it has no published policy.
import { acceptanceRepository, type Db } from '@schoolgate/db';
import { peopleSettingsOf, type TrainingSettings } from '@schoolgate/domain';

export async function trainingSettingsFor(db: Db, schoolId: string): Promise<TrainingSettings> {
  const version = await acceptanceRepository.currentPublishedVersion(db, schoolId);
  return peopleSettingsOf(version?.settings).training;
}

export async function validityMonthsFor(db: Db, schoolId: string): Promise<number> {
  return (await trainingSettingsFor(db, schoolId)).validityMonths;
}
