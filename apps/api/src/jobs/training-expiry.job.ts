// Tells the head, and the person if they can sign in, when training is about to run out: 30 days before the expiry
// date and on the day. Each stage is sent once per record (a dedupe key); a missed run catches up within a week.
// A record already superseded by a newer certificate of the same kind is left alone: nothing is about to lapse.
// Nor is induction or refresher training of someone the school's published policy does not ask to be trained
// (people.training.required); DSL training is followed for everyone who has it.
import { trainingRepository } from '@schoolgate/db';
import { addDays, isInPeopleScope, londonDateOf } from '@schoolgate/domain';
import type { AppContext } from '../app-context.ts';
import { notify } from '../notifications/notify.ts';
import { EXPIRING_WITHIN_DAYS, longestRunning, POLICY_KINDS } from '../use-cases/training/training-status.ts';
import { trainingSettingsFor } from '../use-cases/training/validity.ts';
import type { ScheduledJob } from './scheduled-job.ts';

/** How far back an expiry on a day the job did not run is still reported. */
const CATCH_UP_DAYS = 7;
const KIND_WORDS: Record<string, string> = { induction: 'induction', refresher: 'refresher', dsl: 'DSL' };

/** 2025-03-31 as "31 March 2025", as a letter from the school would put it. */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

const kindsLike = (kind: string) => (kind === 'dsl' ? (['dsl'] as const) : POLICY_KINDS);

export async function run(ctx: AppContext, now: Date): Promise<void> {
  const today = londonDateOf(now);
  const expiring = await trainingRepository.expiringBetween(
    ctx.db,
    addDays(today, -CATCH_UP_DAYS),
    addDays(today, EXPIRING_WITHIN_DAYS),
  );
  const bySchool = new Map<string, typeof expiring>();
  for (const row of expiring) bySchool.set(row.schoolId, [...(bySchool.get(row.schoolId) ?? []), row]);

  for (const [schoolId, rows] of bySchool) {
    const [records, training, people] = await Promise.all([
      trainingRepository.listForStaff(ctx.db, schoolId, [...new Set(rows.map((r) => r.staffId))]),
      trainingSettingsFor(ctx.db, schoolId),
      trainingRepository.activeStaff(ctx.db, schoolId),
    ]);
    const roleOf = new Map(people.map((p) => [p.staffId, p.role]));
    for (const row of rows) {
      const role = roleOf.get(row.staffId);
      if (row.kind !== 'dsl' && (role === undefined || !isInPeopleScope(training.required, role))) continue;
      const latest = longestRunning(
        records.filter((r) => r.staffId === row.staffId),
        kindsLike(row.kind),
      );
      if (latest && latest.id !== row.recordId) continue;
      const expiresOn = row.expiresOn!;
      const expired = expiresOn <= today;
      const stage = expired ? 'expired' : 'soon';
      const what = `${KIND_WORDS[row.kind] ?? row.kind} training`;
      const name = `${row.firstName} ${row.lastName}`;
      const school = { id: row.schoolId, trustId: row.trustId };
      const dedupeKey = `training-expiry:${row.recordId}:${stage}`;
      await ctx.db.transaction(async (tx) => {
        await notify(tx, {
          school,
          roles: ['head'],
          kind: 'training.expiring',
          title: expired ? `${name}'s ${what} has expired` : `${name}'s ${what} expires on ${longDate(expiresOn)}`,
          body: 'Record their next training on the Training and acceptance page once it is booked and done.',
          link: '/training',
          dedupeKey,
          now,
        });
        if (row.canSignIn && row.userId) {
          await notify(tx, {
            school,
            userIds: [row.userId],
            kind: 'training.expiring',
            title: expired ? `Your ${what} has expired` : `Your ${what} expires on ${longDate(expiresOn)}`,
            body: 'Please arrange a refresher with the school office, and hand in the certificate when you have it.',
            link: '/training',
            dedupeKey,
            now,
          });
        }
      });
    }
  }
}

export const trainingExpiryJob: ScheduledJob = { name: 'training-expiry', cron: '15 7 * * *', run };
