// Drafts a version from the school's current settings, or refreshes the open draft after settings change.
// A school has at most one draft: asking for a new one while a draft is open refreshes that draft. The database holds
// that rule too, so of two drafts started at the same moment one is refused with CONFLICT.
import type { DraftPolicyVersionRequest, PolicyVersionDetail } from '@schoolgate/contracts';
import { policyVersionsRepository, type Db, type PolicyVersionRow } from '@schoolgate/db';
import { AppError, londonDateOf, nextReviewDate, notFound, type PolicyContent } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { loadSchoolPolicy } from './policy-source.ts';
import { contentOfVersion, startingContent, withCurrentTrustLocks } from './policy-content-source.ts';
import { presentPolicyVersionDetail } from './present-policy-version.ts';
import { renderPolicyVersion } from './render-policy-version.ts';
import { DRAFTED_AT_THE_SAME_MOMENT, refuseConcurrentChange } from './concurrent-version-change.ts';

// A draft takes the current settings and keeps its words (a new draft starts from the school's latest words), with
// the trust's current locks brought in.
async function snapshot(db: Db, schoolId: string, number: number, now: Date, content: PolicyContent) {
  const { resolved } = await loadSchoolPolicy(db, schoolId);
  const settings = resolved.settings;
  // A draft shows the review date it would get if approved today.
  const reviewDate = nextReviewDate(londonDateOf(now), settings.review.cycleMonths);
  const rendered = await renderPolicyVersion(db, schoolId, settings, { number, approvedOn: null, reviewDate }, content);
  return { settings: settings as unknown as Record<string, unknown>, ...rendered };
}

export async function draftPolicyVersion(
  ctx: AppContext,
  actor: Actor,
  input: DraftPolicyVersionRequest,
): Promise<PolicyVersionDetail> {
  authorise(actor, 'update', 'policy');
  const schoolId = schoolOf(actor);
  const row = await refuseConcurrentChange(DRAFTED_AT_THE_SAME_MOMENT, () =>
    ctx.db.transaction(async (tx) => {
      const open = await policyVersionsRepository.findByStatus(tx, schoolId, 'draft');
      if (open) return refreshDraft(ctx, tx, actor, open, input.summaryOfChanges);
      const number = await policyVersionsRepository.nextNumber(tx, schoolId);
      const created = await policyVersionsRepository.insert(tx, {
        schoolId,
        number,
        status: 'draft',
        summaryOfChanges: input.summaryOfChanges ?? null,
        createdBy: actor.userId,
        // On the app's clock, which approval compares the meeting date with.
        createdAt: ctx.now(),
        ...(await snapshot(tx, schoolId, number, ctx.now(), await startingContent(tx, schoolId))),
      });
      await recordAudit(
        tx,
        actor,
        {
          action: 'policy.version_drafted',
          entityType: 'policy_version',
          entityId: created.id,
          details: { number, contentHash: created.contentHash },
        },
        ctx.now(),
      );
      return created;
    }),
  );
  return presentPolicyVersionDetail(row);
}

async function refreshDraft(
  ctx: AppContext,
  tx: Db,
  actor: Actor,
  draft: PolicyVersionRow,
  summaryOfChanges: string | null | undefined,
): Promise<PolicyVersionRow> {
  const content = await withCurrentTrustLocks(tx, draft.schoolId, await contentOfVersion(tx, draft));
  const next = await snapshot(tx, draft.schoolId, draft.number, ctx.now(), content);
  const updated = await policyVersionsRepository.transition(tx, draft.schoolId, draft.id, 'draft', {
    ...next,
    ...(summaryOfChanges !== undefined ? { summaryOfChanges } : {}),
  });
  if (!updated) {
    throw new AppError('CONFLICT', `Version ${draft.number} changed at the same moment; reload the page to see it.`);
  }
  await recordAudit(
    tx,
    actor,
    {
      action: 'policy.version_refreshed',
      entityType: 'policy_version',
      entityId: draft.id,
      details: { number: draft.number, contentHash: { from: draft.contentHash, to: updated.contentHash } },
    },
    ctx.now(),
  );
  return updated;
}

export async function refreshPolicyVersion(ctx: AppContext, actor: Actor, id: string): Promise<PolicyVersionDetail> {
  authorise(actor, 'update', 'policy');
  const schoolId = schoolOf(actor);
  const row = await ctx.db.transaction(async (tx) => {
    const draft = await policyVersionsRepository.findInSchool(tx, schoolId, id);
    if (!draft) throw notFound('That policy version');
    if (draft.status !== 'draft') {
      throw new AppError('CONFLICT', `Version ${draft.number} is ${draft.status}; only a draft can be refreshed.`);
    }
    return refreshDraft(ctx, tx, actor, draft, undefined);
  });
  return presentPolicyVersionDetail(row);
}
