// Reminds the head and governors that the policy is due for review: two months, one month and one week before
// the review date, and on the day (PRODUCT C1). Each stage is sent once per version (a dedupe key), and a run
// that was missed catches up with the latest stage reached, so a day without the scheduler loses no reminder.
import { policyVersionsRepository } from '@schoolgate/db';
import { addDays, londonDateOf, nextReviewDate, type IsoDate } from '@schoolgate/domain';
import type { AppContext } from '../app-context.ts';
import { notify } from '../notifications/notify.ts';
import type { ScheduledJob } from './scheduled-job.ts';

export type ReviewStage = 'two-months' | 'one-month' | 'one-week' | 'due';

// Most urgent first: the first stage whose start has been reached is the one to send.
const STAGES: readonly { stage: ReviewStage; startsOn: (reviewDue: IsoDate) => IsoDate; when: string }[] = [
  { stage: 'due', startsOn: (due) => due, when: 'today' },
  { stage: 'one-week', startsOn: (due) => addDays(due, -7), when: 'in one week' },
  { stage: 'one-month', startsOn: (due) => nextReviewDate(due, -1), when: 'in one month' },
  { stage: 'two-months', startsOn: (due) => nextReviewDate(due, -2), when: 'in two months' },
];

/** The reminder a version should have had by `today`, or null if none is due yet. */
export function reviewStageOn(reviewDue: IsoDate, today: IsoDate): (typeof STAGES)[number] | null {
  return STAGES.find(({ startsOn }) => startsOn(reviewDue) <= today) ?? null;
}

export async function run(ctx: AppContext, now: Date): Promise<void> {
  const today = londonDateOf(now);
  const dueBy = nextReviewDate(today, 2);
  for (const { version, trustId } of await policyVersionsRepository.publishedDueBy(ctx.db, dueBy)) {
    if (!version.reviewDue) continue;
    const reached = reviewStageOn(version.reviewDue, today);
    if (!reached) continue;
    const overdue = version.reviewDue < today;
    await ctx.db.transaction((tx) =>
      notify(tx, {
        school: { id: version.schoolId, trustId },
        roles: ['head', 'governor'],
        kind: 'policy.review_due',
        title: overdue
          ? `The social media policy was due for review on ${version.reviewDue}`
          : `The social media policy is due for review ${reached.when}`,
        body:
          `Version ${version.number} of the social media policy is due for review on ${version.reviewDue}. ` +
          'Check the settings, draft a new version and take it to the governors for approval.',
        link: '/policy',
        dedupeKey: `policy-review:${version.id}:${reached.stage}`,
        now,
      }),
    );
  }
}

export const policyReviewRemindersJob: ScheduledJob = { name: 'policy-review-reminders', cron: '0 7 * * *', run };
