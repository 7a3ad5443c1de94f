// Records the governors' approval of a draft: the meeting date, the minute reference and who approved it. The
// meeting cannot be in the future, nor before the draft existed (governors cannot approve words not yet written).
// The document is rendered again with the approval date and the review date it sets, and hashed again, so the
// approved text is exactly what staff will later sign.
import type { ApprovePolicyVersionRequest, PolicyVersionDetail } from '@schoolgate/contracts';
import { policyVersionsRepository } from '@schoolgate/db';
import {
  AppError,
  assertPolicySettings,
  isIsoDate,
  londonDateOf,
  longDate,
  nextReviewDate,
  notFound,
} from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { presentPolicyVersionDetail } from './present-policy-version.ts';
import { renderPolicyVersion } from './render-policy-version.ts';
import { contentOfVersion } from './policy-content-source.ts';

export async function approvePolicyVersion(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: ApprovePolicyVersionRequest,
): Promise<PolicyVersionDetail> {
  authorise(actor, 'approve', 'policy');
  const schoolId = schoolOf(actor);
  if (!isIsoDate(input.approvedOn)) {
    throw new AppError('VALIDATION_FAILED', 'Check the date.', [{ field: 'approvedOn', message: 'Not a real date.' }]);
  }
  if (input.approvedOn > londonDateOf(ctx.now())) {
    throw new AppError('VALIDATION_FAILED', 'Check the date.', [
      { field: 'approvedOn', message: 'The meeting cannot be in the future.' },
    ]);
  }
  const row = await ctx.db.transaction(async (tx) => {
    const version = await policyVersionsRepository.findInSchool(tx, schoolId, id);
    if (!version) throw notFound('That policy version');
    if (version.status !== 'draft') {
      throw new AppError('CONFLICT', `Version ${version.number} is ${version.status}; only a draft can be approved.`);
    }
    const draftedOn = londonDateOf(version.createdAt);
    if (input.approvedOn < draftedOn) {
      throw new AppError('VALIDATION_FAILED', 'Check the date.', [
        {
          field: 'approvedOn',
          message: `The meeting cannot be before version ${version.number} was drafted, on ${longDate(draftedOn)}.`,
        },
      ]);
    }
    const settings = assertPolicySettings(version.settings);
    const reviewDate = nextReviewDate(input.approvedOn, settings.review.cycleMonths);
    const rendered = await renderPolicyVersion(
      tx,
      schoolId,
      settings,
      { number: version.number, approvedOn: input.approvedOn, reviewDate },
      await contentOfVersion(tx, version),
    );
    const approved = await policyVersionsRepository.transition(tx, schoolId, id, 'draft', {
      ...rendered,
      status: 'approved',
      approvedOn: input.approvedOn,
      approvalMinuteRef: input.minuteRef,
      approverName: input.approverName,
      approvalRecordedBy: actor.userId,
      reviewDue: reviewDate,
    });
    if (!approved) {
      throw new AppError(
        'CONFLICT',
        `Version ${version.number} changed at the same moment; reload the page to see it.`,
      );
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'policy.version_approved',
        entityType: 'policy_version',
        entityId: id,
        details: {
          number: version.number,
          approvedOn: input.approvedOn,
          minuteRef: input.minuteRef,
          approverName: input.approverName,
          contentHash: approved.contentHash,
        },
      },
      ctx.now(),
    );
    return approved;
  });
  return presentPolicyVersionDetail(row);
}
