// Two people publishing (or drafting) at the same moment. The database holds one published version and one open
// draft per school (unique indexes, migration 0007); whoever comes second is told plainly what happened, with a
// conflict they can act on, rather than a server error.
import { AppError } from '@schoolgate/domain';
import { safeError } from '../../logging/safe-error.ts';

/** The unique indexes a concurrent publish or draft can run into. */
const ONE_PER_SCHOOL = new Set([
  'policy_versions_one_published_key',
  'policy_versions_one_draft_key',
  'policy_versions_school_number_key',
]);

export const PUBLISHED_AT_THE_SAME_MOMENT =
  'Another version was published at the same moment; reload the page to see which version is in force.';
export const DRAFTED_AT_THE_SAME_MOMENT = 'Another draft was started at the same moment; reload the page to see it.';

/** Runs `work` (a whole transaction); a unique violation on a policy version index becomes CONFLICT `message`. */
export async function refuseConcurrentChange<T>(message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { code, constraint } = safeError(error);
    if (code === '23505' && constraint !== undefined && ONE_PER_SCHOOL.has(constraint)) {
      throw new AppError('CONFLICT', message);
    }
    throw error;
  }
}
