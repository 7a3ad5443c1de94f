// Reading the policy's words: a version's (everyone who reads the policy), and the trust's defaults with their locks
// (the trust team). An open draft is shown with the trust's current locks, as the next change will save it.
import type { PolicyContentResponse } from '@schoolgate/contracts';
import type { PolicyVersionRow } from '@schoolgate/db';
import { can, type PolicyContent } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { findPolicyVersion } from './list-policy-versions.ts';
import { contentOfVersion, loadTrustContent, withCurrentTrustLocks } from './policy-content-source.ts';
import { presentPolicyContent } from './present-policy-content.ts';
import { documentOfVersion } from './present-policy-version.ts';

/** Why this person cannot change this version's words now; null when they can. */
export function versionReadOnlyReason(actor: Actor, version: PolicyVersionRow): string | null {
  if (!can(actor.role, 'update', 'policy'))
    return 'Only the headteacher or the trust team can change the policy’s words.';
  if (version.status !== 'draft') {
    return `Version ${version.number} is ${version.status}: its words are fixed. Draft a new version to change them.`;
  }
  return null;
}

export function presentVersionContent(actor: Actor, version: PolicyVersionRow, content: PolicyContent) {
  return presentPolicyContent(content, {
    scope: 'school',
    version: {
      id: version.id,
      number: version.number,
      status: version.status as 'draft',
      summaryOfChanges: version.summaryOfChanges,
    },
    readOnlyReason: versionReadOnlyReason(actor, version),
    document: documentOfVersion(version),
  });
}

export async function getVersionContent(ctx: AppContext, actor: Actor, id: string): Promise<PolicyContentResponse> {
  const version = await findPolicyVersion(ctx, actor, id);
  const stored = await contentOfVersion(ctx.db, version);
  const content = version.status === 'draft' ? await withCurrentTrustLocks(ctx.db, version.schoolId, stored) : stored;
  return presentVersionContent(actor, version, content);
}

export async function getTrustContent(ctx: AppContext, actor: Actor): Promise<PolicyContentResponse> {
  authorise(actor, 'read', 'trust_policy');
  const trust = await loadTrustContent(ctx.db, actor.trustId);
  return presentPolicyContent(trust.content, {
    scope: 'trust',
    version: null,
    readOnlyReason: can(actor.role, 'update', 'trust_policy')
      ? null
      : 'Only the trust team can change the trust’s words.',
    document: null,
  });
}
