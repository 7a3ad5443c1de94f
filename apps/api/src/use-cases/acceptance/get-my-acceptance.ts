// The signed-in person's own Statement of Acceptance: what to sign, or when they signed it. Everyone who may sign
// may see this; it shows nothing about anyone else.
import { acceptanceRepository, tenancyRepository, type Db } from '@schoolgate/db';
import type { MyAcceptanceResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { presentVersion } from './current-version.ts';
import { acceptanceStatement } from './statement.ts';

export const NO_STAFF_RECORD =
  'You have no staff record in this school, so there is nothing for you to sign here. Trust staff sign in their own school.';
export const NO_PUBLISHED_VERSION = 'The school has not published its social media policy in Schoolgate yet.';

export async function myAcceptance(db: Db, actor: Actor): Promise<MyAcceptanceResponse> {
  const schoolId = schoolOf(actor);
  const [school, version, person] = await Promise.all([
    tenancyRepository.findSchool(db, schoolId),
    acceptanceRepository.currentPublishedVersion(db, schoolId),
    acceptanceRepository.staffForUser(db, schoolId, actor.userId),
  ]);
  const schoolName = school?.name ?? '';
  const signature = version && person ? await acceptanceRepository.findForStaff(db, version.id, person.id) : null;
  return {
    schoolName,
    version: version ? presentVersion(version) : null,
    statement: version ? acceptanceStatement(schoolName, version.number) : null,
    expectedName: person ? `${person.firstName} ${person.lastName}` : null,
    cannotSignReason: !version ? NO_PUBLISHED_VERSION : !person ? NO_STAFF_RECORD : null,
    signed:
      signature && version
        ? {
            acceptedAt: signature.acceptedAt.toISOString(),
            typedName: signature.typedName,
            versionNumber: version.number,
          }
        : null,
  };
}

export async function getMyAcceptance(ctx: AppContext, actor: Actor): Promise<MyAcceptanceResponse> {
  authorise(actor, 'sign', 'acceptance');
  return myAcceptance(ctx.db, actor);
}
