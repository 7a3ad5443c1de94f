// Opens a concern for the DSL team, the head or the allegations route's recipient. Every opening is audited, and
// the first opening by each person goes in the chronology as "seen".
import { concernsRepository, usersRepository } from '@schoolgate/db';
import type { ConcernDetail } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { recordAudit } from '../audit-entry.ts';
import { openConcern } from './concern-access.ts';
import { presentDetail } from './present-concern.ts';

/** The whole record, for someone already let in by openConcern. */
export async function loadConcernDetail(ctx: AppContext, schoolId: string, id: string): Promise<ConcernDetail> {
  const row = (await concernsRepository.findInSchool(ctx.db, schoolId, id))!;
  const [people, entries, files] = await Promise.all([
    concernsRepository.people(ctx.db, id),
    concernsRepository.entries(ctx.db, id),
    concernsRepository.files(ctx.db, id),
  ]);
  const names = await usersRepository.displayNames(ctx.db, [row.raisedBy, ...entries.map((e) => e.byUserId)]);
  return presentDetail(row, { people, entries, files, names });
}

export async function getConcern(ctx: AppContext, actor: Actor, id: string): Promise<ConcernDetail> {
  const concern = await openConcern(ctx, actor, id);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await concernsRepository.hasEntryBy(tx, concern.id, 'seen', actor.userId))) {
      await concernsRepository.insertEntry(tx, {
        concernId: concern.id,
        kind: 'seen',
        byUserId: actor.userId,
        at: now,
      });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'concern.viewed',
        entityType: 'concern',
        entityId: concern.id,
        details: { reference: concern.reference },
      },
      now,
    );
  });
  return loadConcernDetail(ctx, concern.schoolId, concern.id);
}
