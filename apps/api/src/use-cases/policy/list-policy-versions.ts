// Reading versions: the list, one version, and the overview the document page opens with.
import type { PolicyOverviewResponse, PolicyVersionDetail, PolicyVersionListResponse } from '@schoolgate/contracts';
import { policyVersionsRepository, type PolicyVersionRow } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { withVersionHistory } from '../policy-history/with-version-history.ts';
import { presentPolicyVersion, presentPolicyVersionDetail } from './present-policy-version.ts';

export async function listPolicyVersions(ctx: AppContext, actor: Actor): Promise<PolicyVersionListResponse> {
  authorise(actor, 'read', 'policy');
  const rows = await policyVersionsRepository.listForSchool(ctx.db, schoolOf(actor));
  return { items: rows.map(presentPolicyVersion) };
}

export async function findPolicyVersion(ctx: AppContext, actor: Actor, id: string): Promise<PolicyVersionRow> {
  authorise(actor, 'read', 'policy');
  const row = await policyVersionsRepository.findInSchool(ctx.db, schoolOf(actor), id);
  if (!row) throw notFound('That policy version');
  return row;
}

export async function getPolicyVersion(ctx: AppContext, actor: Actor, id: string): Promise<PolicyVersionDetail> {
  const row = await findPolicyVersion(ctx, actor, id);
  return withVersionHistory(ctx.db, row.schoolId, presentPolicyVersionDetail(row));
}

export async function getPolicyOverview(ctx: AppContext, actor: Actor): Promise<PolicyOverviewResponse> {
  authorise(actor, 'read', 'policy');
  const rows = await policyVersionsRepository.listForSchool(ctx.db, schoolOf(actor));
  const published = rows.find((row) => row.status === 'published') ?? null;
  // The newest version still on its way: a draft, or approved and waiting to be published.
  const pending =
    rows.find(
      (row) => (row.status === 'draft' || row.status === 'approved') && row.number > (published?.number ?? 0),
    ) ?? null;
  return {
    published: published
      ? await withVersionHistory(ctx.db, published.schoolId, presentPolicyVersionDetail(published))
      : null,
    pending: pending ? await withVersionHistory(ctx.db, pending.schoolId, presentPolicyVersionDetail(pending)) : null,
  };
}
