// Leaders remind everyone whose training is out of date (expired or never recorded) and who can sign in. The
// dedupe key allows one reminder per person per day, however often the button is pressed.
import { tenancyRepository, trainingRepository } from '@schoolgate/db';
import { londonDateOf } from '@schoolgate/domain';
import type { TrainingRemindResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { notify } from '../../notifications/notify.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { overviewRows } from './training-overview.ts';

export async function remindTraining(ctx: AppContext, actor: Actor): Promise<TrainingRemindResponse> {
  authorise(actor, 'remind', 'training');
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  const today = londonDateOf(now);
  const [school, rows, people] = await Promise.all([
    tenancyRepository.findSchool(ctx.db, schoolId),
    overviewRows(ctx.db, schoolId, today),
    trainingRepository.activeStaff(ctx.db, schoolId),
  ]);
  const userOf = new Map(people.map((p) => [p.staffId, p.userId]));
  const outstanding = rows.filter((r) => r.outOfDate);
  const reachable = outstanding.filter((r) => r.canSignIn && userOf.get(r.staffId));

  const reminded = await ctx.db.transaction(async (tx) => {
    let sent = 0;
    for (const person of reachable) {
      sent += await notify(tx, {
        school: { id: schoolId, trustId: school!.trustId },
        userIds: [userOf.get(person.staffId)!],
        kind: 'training.reminder',
        title: 'Your social media training is out of date',
        body: `${school!.name} has no in-date social media training on record for you. Please book it, then tell the school office.`,
        link: '/training',
        dedupeKey: `training-reminder:${person.staffId}:${today}`,
        now,
      });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'training.reminded',
        entityType: 'school',
        entityId: schoolId,
        details: { reminded: sent, outstanding: outstanding.length },
      },
      now,
    );
    return sent;
  });
  return { reminded, outstanding: outstanding.length, withoutSignIn: outstanding.length - reachable.length };
}
