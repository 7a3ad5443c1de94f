// The do-not-publish list (004). Everyone who reads the register sees the flag; only the head and the DSL team see
// why a child is on it, and every such view is written to the audit trail. Setting or clearing the flag keeps the
// pupil record and the reason together, in one transaction with the audit entry. Each change is kept with its reason
// (the history), so an earlier reason survives the next change; the view shows the whole history, audited as one view.
import { publicationRestrictionsRepository, pupilsRepository } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { PublicationRestrictionResponse, SetPublicationRestrictionRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { openTakedowns } from '../posts/post-record.ts';

/** The reason for a pupil's do-not-publish state; recorded in the audit trail as a view of a restricted record. */
export async function viewPublicationRestriction(
  ctx: AppContext,
  actor: Actor,
  pupilId: string,
): Promise<PublicationRestrictionResponse> {
  authorise(actor, 'read', 'restriction');
  const schoolId = schoolOf(actor);
  return ctx.db.transaction(async (tx) => {
    const pupil = await pupilsRepository.findInSchool(tx, schoolId, pupilId);
    if (!pupil) throw notFound('That pupil');
    const restriction = await publicationRestrictionsRepository.find(tx, schoolId, pupilId);
    const history = await publicationRestrictionsRepository.history(tx, schoolId, pupilId);
    await recordAudit(
      tx,
      actor,
      {
        action: 'restriction.viewed',
        entityType: 'pupil',
        entityId: pupilId,
        // How many reasons were shown, never the reasons themselves.
        details: { restrictedRecord: true, doNotPublish: pupil.doNotPublish, reasonsShown: history.length },
      },
      ctx.now(),
    );
    return {
      pupilId,
      doNotPublish: pupil.doNotPublish,
      reason: restriction?.reason ?? null,
      setBy: restriction?.setByName ?? null,
      setAt: restriction?.setAt.toISOString() ?? null,
      history: history.map((change) => ({
        doNotPublish: change.doNotPublish,
        reason: change.reason,
        setBy: change.setByName,
        setAt: change.setAt.toISOString(),
      })),
    };
  });
}

/**
 * Puts a pupil on the list or takes them off; the reason is kept (with the earlier ones), never copied into the audit
 * trail. The answer holds only the reason just given: earlier reasons are shown by the audited view.
 */
export async function setPublicationRestriction(
  ctx: AppContext,
  actor: Actor,
  pupilId: string,
  input: SetPublicationRestrictionRequest,
): Promise<PublicationRestrictionResponse> {
  authorise(actor, 'update', 'restriction');
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const pupil = await pupilsRepository.findInSchool(tx, schoolId, pupilId);
    if (!pupil) throw notFound('That pupil');
    if (pupil.doNotPublish !== input.doNotPublish) {
      await pupilsRepository.update(tx, schoolId, pupilId, { doNotPublish: input.doNotPublish });
      // Issue 11: everything published showing the pupil is put on the runners' take-down list.
      if (input.doNotPublish) {
        await openTakedowns(tx, { id: schoolId, trustId: actor.trustId }, pupilId, 'do_not_publish', now);
      }
    }
    await publicationRestrictionsRepository.upsert(tx, {
      pupilId,
      schoolId,
      reason: input.reason,
      setBy: actor.userId,
      setAt: now,
      doNotPublish: input.doNotPublish,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: input.doNotPublish ? 'restriction.set' : 'restriction.cleared',
        entityType: 'pupil',
        entityId: pupilId,
        details: { doNotPublish: input.doNotPublish, wasDoNotPublish: pupil.doNotPublish },
      },
      now,
    );
    return {
      pupilId,
      doNotPublish: input.doNotPublish,
      reason: input.reason,
      setBy: actor.displayName,
      setAt: now.toISOString(),
    };
  });
}
