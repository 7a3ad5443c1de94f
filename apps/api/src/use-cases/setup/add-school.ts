// The trust's central team adds a further school; it follows the trust's policy defaults.
import { tenancyRepository } from '@schoolgate/db';
import type { NewSchool, SchoolSummary, SchoolsResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { createSchoolInTrust, presentSchool } from './create-school-record.ts';

export async function addSchool(ctx: AppContext, actor: Actor, input: NewSchool): Promise<SchoolSummary> {
  authorise(actor, 'create', 'school');
  return ctx.db.transaction(async (tx) => {
    const school = await createSchoolInTrust(tx, actor.trustId, input, actor.userId);
    await recordAudit(
      tx,
      actor,
      { action: 'school.created', entityType: 'school', entityId: school.id, schoolId: school.id, details: input },
      ctx.now(),
    );
    return presentSchool(school);
  });
}

export async function listSchools(ctx: AppContext, actor: Actor): Promise<SchoolsResponse> {
  authorise(actor, 'create', 'school');
  return { items: (await tenancyRepository.listSchools(ctx.db, actor.trustId)).map(presentSchool) };
}
