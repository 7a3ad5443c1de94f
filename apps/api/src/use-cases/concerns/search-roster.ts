// Names for the "who is involved" picker: pupils and staff of the actor's school whose names match what was typed.
// Any member of staff may raise a concern, so any member of staff may find a name here (no more than ten of each).
import { concernsRepository } from '@schoolgate/db';
import type { RosterSearchResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';

export async function searchRoster(ctx: AppContext, actor: Actor, q: string): Promise<RosterSearchResponse> {
  const found = await concernsRepository.searchRoster(ctx.db, schoolOf(actor), q);
  return {
    pupils: found.pupils.map((p) => ({
      id: p.id,
      name: `${p.preferredName ?? p.firstName} ${p.lastName}`,
      yearGroup: p.yearGroup,
    })),
    staff: found.staff.map((s) => ({ id: s.id, name: `${s.firstName} ${s.lastName}`, jobTitle: s.jobTitle })),
  };
}
