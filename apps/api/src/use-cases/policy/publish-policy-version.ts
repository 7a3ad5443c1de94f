// Puts an approved version into force. The version in force until now becomes superseded; from this moment the
// system enforces the new version's settings (getEnforcedPolicy) and staff are asked to sign it. Each status moves on
// only from the status read here, and the database holds one published version per school, so of two publishes at
// the same moment one succeeds and the other is refused with CONFLICT.
import type { PolicyVersionDetail } from '@schoolgate/contracts';
import { policyVersionsRepository } from '@schoolgate/db';
import { AppError, assertPolicySettings, nextReviewDate, notFound } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { presentPolicyVersionDetail } from './present-policy-version.ts';
import { forgetModerationSetup } from '../moderation/school-moderation-setup.ts';
import { PUBLISHED_AT_THE_SAME_MOMENT, refuseConcurrentChange } from './concurrent-version-change.ts';

export async function publishPolicyVersion(ctx: AppContext, actor: Actor, id: string): Promise<PolicyVersionDetail> {
  authorise(actor, 'publish', 'policy');
  const schoolId = schoolOf(actor);
  const row = await refuseConcurrentChange(PUBLISHED_AT_THE_SAME_MOMENT, () =>
    ctx.db.transaction(async (tx) => {
      const version = await policyVersionsRepository.findInSchool(tx, schoolId, id);
      if (!version) throw notFound('That policy version');
      if (version.status !== 'approved' || !version.approvedOn) {
        throw new AppError(
          'CONFLICT',
          `Version ${version.number} is ${version.status}; only a version the governors have approved can be published.`,
        );
      }
      const current = await policyVersionsRepository.findByStatus(tx, schoolId, 'published');
      if (current && current.number > version.number) {
        throw new AppError('CONFLICT', `Version ${current.number} is already in force, and it is newer than this one.`);
      }
      if (current) {
        const superseded = await policyVersionsRepository.transition(tx, schoolId, current.id, 'published', {
          status: 'superseded',
        });
        if (!superseded) throw new AppError('CONFLICT', PUBLISHED_AT_THE_SAME_MOMENT);
      }
      const settings = assertPolicySettings(version.settings);
      const published = await policyVersionsRepository.transition(tx, schoolId, id, 'approved', {
        status: 'published',
        publishedAt: ctx.now(),
        publishedBy: actor.userId,
        reviewDue: nextReviewDate(version.approvedOn, settings.review.cycleMonths),
      });
      if (!published) throw new AppError('CONFLICT', PUBLISHED_AT_THE_SAME_MOMENT);
      await recordAudit(
        tx,
        actor,
        {
          action: 'policy.version_published',
          entityType: 'policy_version',
          entityId: id,
          details: {
            number: version.number,
            contentHash: version.contentHash,
            reviewDue: published.reviewDue,
            superseded: current ? { id: current.id, number: current.number } : null,
          },
        },
        ctx.now(),
      );
      return published;
    }),
  );
  // Moderation keeps each school's enforced settings for a minute; the new version applies from the next comment.
  forgetModerationSetup(schoolId);
  return presentPolicyVersionDetail(row);
}
