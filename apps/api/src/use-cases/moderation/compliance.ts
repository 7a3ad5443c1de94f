// Response-deadline compliance by week (C4, C7): of the comments that needed an answer and fell due in each
// week, how many were answered on time, late, or are still overdue. A comment the school hid or deleted, or its
// author removed, before anyone answered it no longer needs a reply: it is counted as closed, not as missed
// (docs/moderation.md, "Deadlines and escalation").
import { commentsRepository } from '@schoolgate/db';
import { addDays, londonDateOf, instantAt } from '@schoolgate/domain';
import type { ComplianceResponse } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { schoolModerationSetup } from './school-moderation-setup.ts';

/** Monday of the London week holding `date` (YYYY-MM-DD). */
function mondayOf(date: string): string {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

export async function getCompliance(ctx: AppContext, actor: Actor, weeks: number): Promise<ComplianceResponse> {
  authorise(actor, 'read', 'comment');
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  const firstMonday = addDays(mondayOf(londonDateOf(now)), -7 * (weeks - 1));
  const from = instantAt(firstMonday, '00:00');
  const rows = await commentsRepository.dueBetween(ctx.db, schoolId, from, now);
  const byWeek = new Map<string, ComplianceResponse['weeks'][number]>();
  for (let i = 0; i < weeks; i++) {
    const weekStarting = addDays(firstMonday, 7 * i);
    byWeek.set(weekStarting, {
      weekStarting,
      due: 0,
      answeredOnTime: 0,
      answeredLate: 0,
      openOverdue: 0,
      closedWithoutReply: 0,
      onTimeRate: null,
    });
  }
  for (const row of rows) {
    const week = byWeek.get(mondayOf(londonDateOf(row.due!)));
    if (!week) continue;
    if (!row.responded && row.platformState !== 'visible') {
      week.closedWithoutReply += 1;
      continue;
    }
    week.due += 1;
    if (!row.responded) week.openOverdue += 1;
    else if (row.responded <= row.due!) week.answeredOnTime += 1;
    else week.answeredLate += 1;
  }
  for (const week of byWeek.values())
    week.onTimeRate = week.due ? Math.round((week.answeredOnTime / week.due) * 1000) / 1000 : null;
  const setup = await schoolModerationSetup(ctx.db, schoolId, now);
  return { deadlineHours: setup.settings.response.hours, weeks: [...byWeek.values()] };
}
