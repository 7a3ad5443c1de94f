// A school changes the words of its open draft: its guidance and recorded clauses and sections (edited, added,
// removed, moved), the Statement of Acceptance and the person responsible. Only the draft changes; the words then go
// to the governors with the draft's summary of changes, as any draft does. What Schoolgate enforces and what the
// trust has locked stay as they are (POLICY_CONTENT_LOCKED, naming the clause), bad Markdown is refused naming the
// field and line, and the draft is rendered and hashed again with its audit entry in the same transaction.
import type { PolicyContentResponse, UpdatePolicyContentRequest } from '@schoolgate/contracts';
import { policyVersionsRepository } from '@schoolgate/db';
import {
  AppError,
  applyContentEdit,
  checkSchoolContentAgainstTrust,
  validatePolicyContent,
  assertPolicySettings,
  londonDateOf,
  nextReviewDate,
  notFound,
  type PolicyContent,
} from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { presentVersionContent } from './get-policy-content.ts';
import { contentOfVersion, loadTrustContent, locksOf, withCurrentTrustLocks } from './policy-content-source.ts';
import { refuseContentProblems, refuseInvalidContent, refuseTrustLockProblems } from './policy-content-problems.ts';
import { renderPolicyVersion } from './render-policy-version.ts';

/** What changed, by id, for the audit entry (never the words themselves, which the version keeps). */
export function contentChanges(before: PolicyContent, after: PolicyContent) {
  const clauses = (content: PolicyContent) =>
    new Map(content.sections.flatMap((s) => s.clauses.map((c) => [c.id, c.markdown] as const)));
  const sectionIds = (content: PolicyContent) => content.sections.map((s) => s.id);
  const was = clauses(before);
  const now = clauses(after);
  return {
    clausesAdded: [...now.keys()].filter((id) => !was.has(id)),
    clausesRemoved: [...was.keys()].filter((id) => !now.has(id)),
    clausesChanged: [...now.entries()].filter(([id, words]) => was.has(id) && was.get(id) !== words).map(([id]) => id),
    sectionsAdded: sectionIds(after).filter((id) => !sectionIds(before).includes(id)),
    sectionsRemoved: sectionIds(before).filter((id) => !sectionIds(after).includes(id)),
    order:
      JSON.stringify(before.sections.map((s) => [s.id, s.clauses.map((c) => c.id)])) !==
      JSON.stringify(after.sections.map((s) => [s.id, s.clauses.map((c) => c.id)])),
    headingsChanged: after.sections
      .filter((s) => before.sections.some((b) => b.id === s.id && b.heading !== s.heading))
      .map((s) => s.id),
    statementChanged: before.statementOfAcceptance !== after.statementOfAcceptance,
    responsiblePersonChanged: JSON.stringify(before.responsiblePerson) !== JSON.stringify(after.responsiblePerson),
  };
}

export async function updatePolicyContent(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdatePolicyContentRequest,
): Promise<PolicyContentResponse> {
  authorise(actor, 'update', 'policy');
  const schoolId = schoolOf(actor);
  const { row, content } = await ctx.db.transaction(async (tx) => {
    const draft = await policyVersionsRepository.findInSchool(tx, schoolId, id);
    if (!draft) throw notFound('That policy version');
    if (draft.status !== 'draft') {
      throw new AppError(
        'CONFLICT',
        `Version ${draft.number} is ${draft.status}: its words are fixed. Draft a new version to change them.`,
      );
    }
    const before = await withCurrentTrustLocks(tx, schoolId, await contentOfVersion(tx, draft));
    const edit = applyContentEdit(before, input, 'school');
    if (!edit.ok) refuseContentProblems(edit.problems);
    const after = edit.content;
    const trust = locksOf(await loadTrustContent(tx, actor.trustId));
    if (trust) refuseTrustLockProblems(after, checkSchoolContentAgainstTrust(trust, after));
    refuseInvalidContent(after, validatePolicyContent(after));

    const settings = assertPolicySettings(draft.settings);
    const reviewDate = nextReviewDate(londonDateOf(ctx.now()), settings.review.cycleMonths);
    const rendered = await renderPolicyVersion(
      tx,
      schoolId,
      settings,
      { number: draft.number, approvedOn: null, reviewDate },
      after,
    );
    const updated = await policyVersionsRepository.transition(tx, schoolId, id, 'draft', {
      ...rendered,
      ...(input.summaryOfChanges !== undefined ? { summaryOfChanges: input.summaryOfChanges } : {}),
    });
    if (!updated) {
      throw new AppError('CONFLICT', `Version ${draft.number} changed at the same moment; reload the page to see it.`);
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'policy.content_changed',
        entityType: 'policy_version',
        entityId: id,
        details: {
          number: draft.number,
          ...contentChanges(before, after),
          contentHash: { from: draft.contentHash, to: updated.contentHash },
        },
      },
      ctx.now(),
    );
    return { row: updated, content: after };
  });
  return presentVersionContent(actor, row, content);
}
