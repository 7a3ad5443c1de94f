// A member of staff signs the policy version in force: their typed name, a ticked confirmation, the time, the
// address they signed from, the version's content hash and the words of the statement they were shown, so the
// signature proves exactly what was signed.
import { acceptanceRepository, tenancyRepository } from '@schoolgate/db';
import { AppError } from '@schoolgate/domain';
import type { MyAcceptanceResponse, SignAcceptanceRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { myAcceptance, NO_PUBLISHED_VERSION, NO_STAFF_RECORD, notAskedToSign } from './get-my-acceptance.ts';
import { namesMatch, statementOfVersion } from './statement.ts';
import { sha256Hex } from '../policy/render-policy-version.ts';

/** What an `acceptance.signed` audit entry records: the version and statement signed, by their hashes, and who. */
export function signatureAuditDetails(
  version: { number: number; contentHash: string },
  statementText: string,
  staffId: string,
) {
  return {
    versionNumber: version.number,
    versionHash: version.contentHash,
    statementHash: sha256Hex(statementText),
    staffId,
  };
}

export async function signAcceptance(
  ctx: AppContext,
  actor: Actor,
  input: SignAcceptanceRequest,
): Promise<MyAcceptanceResponse> {
  authorise(actor, 'sign', 'acceptance');
  const schoolId = schoolOf(actor);
  const [version, person, school] = await Promise.all([
    acceptanceRepository.currentPublishedVersion(ctx.db, schoolId),
    acceptanceRepository.staffForUser(ctx.db, schoolId, actor.userId),
    tenancyRepository.findSchool(ctx.db, schoolId),
  ]);
  if (!version) throw new AppError('CONFLICT', NO_PUBLISHED_VERSION);
  if (!person) throw new AppError('FORBIDDEN', NO_STAFF_RECORD);
  const notAsked = notAskedToSign(version.settings, actor.role);
  if (notAsked) throw new AppError('FORBIDDEN', notAsked);
  if (version.id !== input.versionId) {
    throw new AppError(
      'CONFLICT',
      `A newer version of the policy (version ${version.number}) is now in force. Read it, then sign.`,
    );
  }
  const expected = `${person.firstName} ${person.lastName}`;
  if (!namesMatch(input.typedName, expected)) {
    throw new AppError('VALIDATION_FAILED', 'The name you typed is not the name on your staff record.', [
      { field: 'typedName', message: `Type your full name as the school has it: ${expected}.` },
    ]);
  }

  const now = ctx.now();
  const statementText = statementOfVersion(version, school?.name ?? '');
  await ctx.db.transaction(async (tx) => {
    const row = await acceptanceRepository.insert(tx, {
      schoolId,
      versionId: version.id,
      staffId: person.id,
      userId: actor.userId,
      typedName: input.typedName,
      confirmed: input.confirmed,
      acceptedAt: now,
      address: actor.address,
      versionHash: version.contentHash,
      // The statement exactly as the person was shown it with this version.
      statementText,
    });
    if (!row) throw new AppError('CONFLICT', `You have already signed version ${version.number}.`);
    await recordAudit(
      tx,
      actor,
      {
        action: 'acceptance.signed',
        entityType: 'policy_acceptance',
        entityId: row.id,
        details: signatureAuditDetails(version, statementText, person.id),
      },
      now,
    );
  });
  return myAcceptance(ctx.db, actor);
}
