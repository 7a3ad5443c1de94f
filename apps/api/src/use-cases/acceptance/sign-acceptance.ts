// A member of staff signs the policy version in force: their typed name, a ticked confirmation, the time, the
// address they signed from and the version's content hash, so the signature proves exactly what was signed.
import { acceptanceRepository } from '@schoolgate/db';
import { AppError } from '@schoolgate/domain';
import type { MyAcceptanceResponse, SignAcceptanceRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { myAcceptance, NO_PUBLISHED_VERSION, NO_STAFF_RECORD, notAskedToSign } from './get-my-acceptance.ts';
import { namesMatch } from './statement.ts';

export async function signAcceptance(
  ctx: AppContext,
  actor: Actor,
  input: SignAcceptanceRequest,
): Promise<MyAcceptanceResponse> {
  authorise(actor, 'sign', 'acceptance');
  const schoolId = schoolOf(actor);
  const [version, person] = await Promise.all([
    acceptanceRepository.currentPublishedVersion(ctx.db, schoolId),
    acceptanceRepository.staffForUser(ctx.db, schoolId, actor.userId),
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
    });
    if (!row) throw new AppError('CONFLICT', `You have already signed version ${version.number}.`);
    await recordAudit(
      tx,
      actor,
      {
        action: 'acceptance.signed',
        entityType: 'policy_acceptance',
        entityId: row.id,
        details: { versionNumber: version.number, versionHash: version.contentHash, staffId: person.id },
      },
      now,
    );
  });
  return myAcceptance(ctx.db, actor);
}
