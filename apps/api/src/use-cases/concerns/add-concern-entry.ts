// Adds a step to a concern's chronology: a note, an action taken, a referral (with the agency's reference) or
// contact with parents. Closed concerns take no new steps.
import { concernsRepository } from '@schoolgate/db';
import { AppError } from '@schoolgate/domain';
import {
  AddConcernEntryRequest as AddEntrySchema,
  type AddConcernEntryRequest,
  type ConcernDetail,
} from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { recordAudit } from '../audit-entry.ts';
import { openConcern } from './concern-access.ts';
import { loadConcernDetail } from './get-concern.ts';

export async function addConcernEntry(
  ctx: AppContext,
  actor: Actor,
  id: string,
  request: AddConcernEntryRequest,
): Promise<ConcernDetail> {
  const input = AddEntrySchema.parse(request);
  const concern = await openConcern(ctx, actor, id);
  if (concern.status !== 'open') throw new AppError('CONFLICT', 'This concern is closed: nothing more can be added.');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const entry = await concernsRepository.insertEntry(tx, {
      concernId: concern.id,
      kind: input.kind,
      text: input.text,
      agency: input.kind === 'referral' ? input.agency : null,
      agencyReference: input.kind === 'referral' && input.agencyReference !== '' ? input.agencyReference : null,
      byUserId: actor.userId,
      at: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'concern.entry_added',
        entityType: 'concern',
        entityId: concern.id,
        details: { entryId: entry.id, kind: entry.kind, ...(entry.agency ? { agency: entry.agency } : {}) },
      },
      now,
    );
  });
  return loadConcernDetail(ctx, concern.schoolId, concern.id);
}
