// The signed-in person's own Statement of Acceptance: what to sign, or when they signed it, or that the policy in
// force does not ask them to sign (people.acceptance). Everyone may see this; it shows nothing about anyone else.
import { acceptanceRepository, tenancyRepository, type Db } from '@schoolgate/db';
import { isInPeopleScope, peopleSettingsOf } from '@schoolgate/domain';
import type { MyAcceptanceResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { presentVersion } from './current-version.ts';
import { statementBlocks, statementOfVersion } from './statement.ts';

export const NO_STAFF_RECORD =
  'You have no staff record in this school, so there is nothing for you to sign here. Trust staff sign in their own school.';
export const NO_PUBLISHED_VERSION = 'The school has not published its social media policy in Schoolgate yet.';

/**
 * Why the version in force does not ask someone holding `role` to sign (people.acceptance), said plainly because it
 * is not a fault to put right; null when it does ask them. The role is that of their staff record in this school.
 */
export function notAskedToSign(settings: Record<string, unknown>, role: string): string | null {
  const scope = peopleSettingsOf(settings).acceptance;
  if (isInPeopleScope(scope, role)) return null;
  return scope === 'runners'
    ? 'Your school does not ask you to sign: its social media policy asks only the staff who run its official ' +
        'accounts (account administrators) to sign the Statement of Acceptance.'
    : 'Your school does not ask you to sign: its social media policy does not ask staff to sign a Statement of ' +
        'Acceptance.';
}

export async function myAcceptance(db: Db, actor: Actor): Promise<MyAcceptanceResponse> {
  const schoolId = schoolOf(actor);
  const [school, version, person] = await Promise.all([
    tenancyRepository.findSchool(db, schoolId),
    acceptanceRepository.currentPublishedVersion(db, schoolId),
    acceptanceRepository.staffForUser(db, schoolId, actor.userId),
  ]);
  const schoolName = school?.name ?? '';
  const signature = version && person ? await acceptanceRepository.findForStaff(db, version.id, person.id) : null;
  const reason = !version
    ? NO_PUBLISHED_VERSION
    : !person
      ? NO_STAFF_RECORD
      : notAskedToSign(version.settings, actor.role);
  const asked = reason === null;
  const statement = version && (asked || signature) ? statementOfVersion(version, schoolName) : null;
  return {
    schoolName,
    version: version ? presentVersion(version) : null,
    // Someone not asked to sign has no statement to sign; one who signed already still sees their signature.
    statement,
    statementBlocks: statement ? statementBlocks(statement) : null,
    expectedName: person ? `${person.firstName} ${person.lastName}` : null,
    cannotSignReason: reason,
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
