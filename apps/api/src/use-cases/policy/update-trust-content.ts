// The trust team changes the words every school of the trust inherits, and locks the clauses and sections a school
// must keep in the trust's words. Schools' open drafts take the new locks when they are next changed or refreshed;
// versions already approved or published keep the words the governors approved.
import type { PolicyContentResponse, UpdatePolicyContentRequest } from '@schoolgate/contracts';
import { policySettingsRepository } from '@schoolgate/db';
import { applyContentEdit, validatePolicyContent, type PolicyContent } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { getTrustContent } from './get-policy-content.ts';
import { contentRecord, loadTrustContent } from './policy-content-source.ts';
import { refuseContentProblems, refuseInvalidContent } from './policy-content-problems.ts';
import { loadTrustDefaults } from './policy-source.ts';
import { contentChanges } from './update-policy-content.ts';

const lockedIds = (content: PolicyContent) => [
  ...content.sections.filter((s) => s.locked).map((s) => `section:${s.id}`),
  ...content.sections.flatMap((s) => s.clauses.filter((c) => c.locked).map((c) => c.id)),
];

export async function updateTrustContent(
  ctx: AppContext,
  actor: Actor,
  input: UpdatePolicyContentRequest,
): Promise<PolicyContentResponse> {
  authorise(actor, 'update', 'trust_policy');
  await ctx.db.transaction(async (tx) => {
    const before = await loadTrustContent(tx, actor.trustId);
    const edit = applyContentEdit(before.content, input, 'trust');
    if (!edit.ok) refuseContentProblems(edit.problems);
    const after = edit.content;
    refuseInvalidContent(after, validatePolicyContent(after));
    const defaults = await loadTrustDefaults(tx, actor.trustId);
    await policySettingsRepository.saveTrustContent(tx, {
      trustId: actor.trustId,
      content: contentRecord(after),
      settings: defaults.settings as unknown as Record<string, unknown>,
      templateId: defaults.templateId,
      updatedBy: actor.userId,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'policy.trust_content_changed',
        entityType: 'trust_policy',
        entityId: actor.trustId,
        schoolId: null,
        details: { ...contentChanges(before.content, after), locked: lockedIds(after) },
      },
      ctx.now(),
    );
  });
  return getTrustContent(ctx, actor);
}
