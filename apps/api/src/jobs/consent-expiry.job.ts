// Warns the head and the account administrators when pupils' consent is about to lapse: every day while any grant
// of the school runs out within the next 14 days, one notification with the count. The dedupe key holds it to one a
// day per school, however often the job runs; the count is of grants standing today, so renewed ones drop out.
import { consentRepository } from '@schoolgate/db';
import { addDays, londonDateOf } from '@schoolgate/domain';
import type { AppContext } from '../app-context.ts';
import { notify } from '../notifications/notify.ts';
import type { ScheduledJob } from './scheduled-job.ts';

export const EXPIRY_WARNING_DAYS = 14;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export async function run(ctx: AppContext, now: Date): Promise<void> {
  const today = londonDateOf(now);
  const horizon = addDays(today, EXPIRY_WARNING_DAYS);
  for (const school of await consentRepository.expiringGrantsBySchool(ctx.db, today, horizon)) {
    await ctx.db.transaction((tx) =>
      notify(tx, {
        school: { id: school.schoolId, trustId: school.trustId },
        roles: ['head', 'account_admin'],
        kind: 'consent.expiring',
        title: `Consent for ${plural(school.pupils, 'pupil', 'pupils')} runs out within ${EXPIRY_WARNING_DAYS} days`,
        body:
          `${plural(school.grants, 'consent', 'consents')} for ${plural(school.pupils, 'pupil', 'pupils')} will ` +
          `expire by ${horizon}. Once expired, those pupils cannot appear in posts for that use until the family ` +
          'gives consent again. Send out the consent forms and record the replies on the Consent page.',
        link: '/people/consent',
        dedupeKey: `consent-expiry:${school.schoolId}:${today}`,
        now,
      }),
    );
  }
}

export const consentExpiryJob: ScheduledJob = { name: 'consent-expiry', cron: '0 7 * * *', run };
