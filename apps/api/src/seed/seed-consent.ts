// The demo's consent register, so the Consent page and the post checks have something true to show: most families
// returned the consent form at the start of the school year, some said no to some uses, a few later withdrew photo
// consent by email, some forms never came back, and a few pupils still hold last year's consent, now expired.
// Pupils on the do-not-publish list get a reason written in general terms (these are made-up children); some of
// their families said yes on the form, which shows the list overriding consent.
import {
  consentRepository,
  notificationsRepository,
  publicationRestrictionsRepository,
  pupilsRepository,
  tenancyRepository,
  type Db,
  type NewConsentRecord,
} from '@schoolgate/db';
import { academicYearEndOf, addDays, CONSENT_USES, londonDateOf, type ConsentUse } from '@schoolgate/domain';
import { createRandom } from './demo-data-random.ts';

/** The share of families agreeing to each use on the start-of-year form. */
const GRANT_SHARE: Record<ConsentUse, number> = {
  social_media_photo: 0.86,
  social_media_name: 0.62,
  website: 0.9,
  press: 0.72,
  displays: 0.97,
};
const FORM_NOT_RETURNED = 0.07;
const LAST_YEAR_ONLY = 0.03;
const PHOTO_WITHDRAWN = 0.03;
const RESTRICTION_REASONS = [
  'Court order: do not publish images',
  'Looked-after child: placement confidential',
  'Adoption: the child must not be identifiable online',
  'Family request after a safeguarding concern: no images or names',
];

export async function seedDemoConsent(tx: Db, trustId: string, now: Date): Promise<void> {
  const today = londonDateOf(now);
  const yearEnd = academicYearEndOf(today);
  const lastYearEnd = `${Number(yearEnd.slice(0, 4)) - 1}-08-31`;
  // The form goes home in the first week of term; on a first start in early September, use the day itself.
  const formDay = minDate(addDays(lastYearEnd, 4), today);
  const lastYearForm = addDays(lastYearEnd, -361);
  for (const [index, school] of (await tenancyRepository.listSchools(tx, trustId)).entries()) {
    const random = createRandom(20_250_904 + index);
    const [office] = await notificationsRepository.userIdsWithRoles(tx, school, ['account_admin']);
    const [dsl] = await notificationsRepository.userIdsWithRoles(tx, school, ['dsl']);
    const pupils = (await pupilsRepository.listForImport(tx, school.id)).sort((a, b) => a.misId.localeCompare(b.misId));
    const rows: NewConsentRecord[] = [];
    const record = (pupilId: string, use: ConsentUse, fields: Omit<NewConsentRecord, 'schoolId' | 'pupilId' | 'use'>) =>
      rows.push({ schoolId: school.id, pupilId, use, recordedBy: office ?? null, ...fields });
    let restricted = 0;
    for (const pupil of pupils) {
      const roll = random.next();
      if (pupil.doNotPublish) {
        await publicationRestrictionsRepository.upsert(tx, {
          pupilId: pupil.id,
          schoolId: school.id,
          reason: RESTRICTION_REASONS[restricted++ % RESTRICTION_REASONS.length]!,
          setBy: dsl ?? null,
          setAt: instantOf(formDay, 0),
        });
      }
      if (roll < FORM_NOT_RETURNED) continue;
      if (roll < FORM_NOT_RETURNED + LAST_YEAR_ONLY) {
        for (const [i, use] of CONSENT_USES.entries()) {
          record(pupil.id, use, {
            decision: 'granted',
            source: 'consent_form',
            decidedOn: lastYearForm,
            expiresOn: lastYearEnd,
            recordedAt: instantOf(lastYearForm, i),
          });
        }
        continue;
      }
      for (const [i, use] of CONSENT_USES.entries()) {
        const granted = random.next() < GRANT_SHARE[use];
        record(pupil.id, use, {
          decision: granted ? 'granted' : 'refused',
          source: 'consent_form',
          decidedOn: formDay,
          expiresOn: granted ? yearEnd : null,
          recordedAt: instantOf(formDay, i),
        });
        if (use === 'social_media_photo' && granted && random.next() < PHOTO_WITHDRAWN && formDay < today) {
          const withdrawnOn = addDays(formDay, random.int(1, Math.max(1, daysFrom(formDay, today) - 1)));
          record(pupil.id, use, {
            decision: 'withdrawn',
            source: 'email',
            decidedOn: minDate(withdrawnOn, today),
            expiresOn: null,
            note: 'Parent emailed the office to withdraw photo consent.',
            recordedAt: instantOf(minDate(withdrawnOn, today), 10),
          });
        }
      }
    }
    await consentRepository.insertMany(tx, rows);
  }
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
/** Morning of that day, a second apart per row, so the order of recording is fixed. */
const instantOf = (date: string, offset: number) => new Date(Date.parse(`${date}T08:30:00Z`) + offset * 1000);
