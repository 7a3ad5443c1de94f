// One version of the policy as a PDF, with a file name a governor can recognise in their downloads.
import type { Actor, AppContext } from '../../app-context.ts';
import { renderPolicyPdf } from '../../pdf/policy-pdf.ts';
import { withVersionHistory } from '../policy-history/with-version-history.ts';
import { findPolicyVersion } from './list-policy-versions.ts';
import { presentPolicyVersionDetail } from './present-policy-version.ts';

export const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft for governors: not yet approved',
  approved: 'Approved by governors, not yet published',
  published: 'Published: the policy in force',
  superseded: 'Superseded: no longer in force',
};

export async function getPolicyPdf(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ fileName: string; pdf: Buffer }> {
  const row = await findPolicyVersion(ctx, actor, id);
  const version = await withVersionHistory(ctx.db, row.schoolId, presentPolicyVersionDetail(row));
  const pdf = await renderPolicyPdf({
    document: version.document,
    statusLabel: STATUS_LABELS[version.status] ?? version.status,
    contentHash: version.contentHash,
  });
  return { fileName: `social-media-policy-v${version.number}.pdf`, pdf };
}
