import { pupilsRepository } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { Pupil, PupilListResponse } from '@schoolgate/contracts';
import type { PupilRow } from '@schoolgate/db';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';

const present = (r: PupilRow): Pupil => ({
  id: r.id,
  misId: r.misId,
  firstName: r.firstName,
  lastName: r.lastName,
  preferredName: r.preferredName,
  yearGroup: r.yearGroup,
  className: r.className,
  doNotPublish: r.doNotPublish,
});

export async function listPupils(
  ctx: AppContext,
  actor: Actor,
  query: { search?: string; yearGroup?: string; page: number; pageSize: number },
): Promise<PupilListResponse> {
  authorise(actor, 'read', 'pupil');
  const schoolId = schoolOf(actor);
  const [{ items, total }, yearGroups] = await Promise.all([
    pupilsRepository.list(ctx.db, schoolId, query),
    pupilsRepository.yearGroupCounts(ctx.db, schoolId),
  ]);
  return { items: items.map(present), total, page: query.page, pageSize: query.pageSize, yearGroups };
}

/** Opening one child's record is recorded: who looked at which child, and when. */
export async function getPupil(ctx: AppContext, actor: Actor, id: string): Promise<Pupil> {
  authorise(actor, 'read', 'pupil');
  const schoolId = schoolOf(actor);
  return ctx.db.transaction(async (tx) => {
    const row = await pupilsRepository.findInSchool(tx, schoolId, id);
    if (!row) throw notFound('That pupil');
    await recordAudit(tx, actor, { action: 'pupil.viewed', entityType: 'pupil', entityId: id }, ctx.now());
    return present(row);
  });
}
