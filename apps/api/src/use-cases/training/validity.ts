// How long training lasts in a school: the published policy's people.training.validityMonths, or 12 months
// while the school has no published policy in Schoolgate.
import { acceptanceRepository, type Db } from '@schoolgate/db';

export const DEFAULT_VALIDITY_MONTHS = 12;

export async function validityMonthsFor(db: Db, schoolId: string): Promise<number> {
  const version = await acceptanceRepository.currentPublishedVersion(db, schoolId);
  const people = version?.settings['people'] as { training?: { validityMonths?: unknown } } | undefined;
  const months = people?.training?.validityMonths;
  return typeof months === 'number' && Number.isInteger(months) && months > 0 ? months : DEFAULT_VALIDITY_MONTHS;
}
