// One version of the policy as a Word file, found and permitted exactly as the PDF is (anyone the policy binds, in
// their own school), with the same version history at its end.
import { renderPolicyDocx } from '../../docx/policy-docx.ts';
import type { Actor, AppContext } from '../../app-context.ts';
import { withVersionHistory } from '../policy-history/with-version-history.ts';
import { STATUS_LABELS } from './get-policy-pdf.ts';
import { findPolicyVersion } from './list-policy-versions.ts';
import { presentPolicyVersionDetail } from './present-policy-version.ts';

export async function getPolicyDocx(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ fileName: string; docx: Buffer }> {
  const row = await findPolicyVersion(ctx, actor, id);
  const version = await withVersionHistory(ctx.db, row.schoolId, presentPolicyVersionDetail(row));
  const schoolName = version.document.details.find((detail) => detail.label === 'School')?.value;
  const docx = await renderPolicyDocx({
    document: version.document,
    statusLabel: STATUS_LABELS[version.status] ?? version.status,
    contentHash: version.contentHash,
    schoolName: schoolName ?? version.document.title,
    versionLabel: String(version.number),
  });
  return { fileName: `social-media-policy-v${version.number}.docx`, docx };
}
