// Whether the school emails its governors the report after each term (issue 14): the head decides; audited.
import { reportsRepository } from '@schoolgate/db';
import type { ReportSettingsRequest, ReportSettingsResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';

export async function updateReportSettings(
  ctx: AppContext,
  actor: Actor,
  input: ReportSettingsRequest,
): Promise<ReportSettingsResponse> {
  authorise(actor, 'update', 'report');
  const schoolId = schoolOf(actor);
  await ctx.db.transaction(async (tx) => {
    await reportsRepository.setTermlyEmail(tx, schoolId, input.termlyEmail);
    await recordAudit(
      tx,
      actor,
      {
        action: 'report.termly_email_set',
        entityType: 'school',
        entityId: schoolId,
        details: { termlyEmail: input.termlyEmail },
      },
      ctx.now(),
    );
  });
  return { termlyEmail: input.termlyEmail };
}
