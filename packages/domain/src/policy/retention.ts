// How long the school keeps each kind of record (UK GDPR Article 5(1)(e), storage limitation): part of the policy as
// data, so the schedule the retention job applies and the one printed in the policy document cannot differ.
// Defaults follow the IRMS Information Management Toolkit for Schools and Keeping Children Safe in Education:
//   - comments (with their evidence, earlier wordings and the moderation steps taken on them) and the raw platform
//     deliveries they came from: 24 months after they arrived, long enough to see a pattern of behaviour and to
//     answer a complaint, short enough not to keep a parent's passing remark for years;
//   - commenters: anonymised 24 months after their latest comment, once nothing of theirs is kept;
//   - safeguarding concerns: 25 years after they are closed. A child protection record is kept until the pupil is
//     25; Schoolgate holds no dates of birth, so it keeps every closed concern for a fixed period that reaches 25 for
//     the youngest pupil (a reception child of 4 plus 21 years), and refuses anything shorter than 21 years;
//   - the audit log: 7 years (at least 6, the limitation period for most claims);
//   - in-app notifications: 6 months; sessions and sign-in failures: 30 days after they end.
// Open concerns, records under a legal hold and comments a concern refers to are never removed.
import { z } from 'zod';

export const RETENTION_DEFAULTS = {
  commentsMonths: 24,
  authorsMonths: 24,
  concernsYears: 25,
  auditYears: 7,
  notificationsMonths: 6,
  sessionsDays: 30,
} as const;

/** A concern about the youngest pupil (4 years old) kept this long reaches their 25th birthday. */
export const MIN_CONCERN_YEARS = 21;
export const MIN_AUDIT_YEARS = 6;

const whole = (unit: string, min: number, max: number, minMessage = `At least ${min} ${unit}.`) =>
  z.number().int(`Whole ${unit} only.`).min(min, minMessage).max(max, `At most ${max} ${unit}.`);

export const retentionSchema = z
  .strictObject({
    commentsMonths: whole('months', 1, 120),
    authorsMonths: whole('months', 1, 120),
    concernsYears: whole(
      'years',
      MIN_CONCERN_YEARS,
      100,
      `Safeguarding records are kept until the pupil is 25: at least ${MIN_CONCERN_YEARS} years after closing.`,
    ),
    auditYears: whole('years', MIN_AUDIT_YEARS, 100, `Keep the audit log at least ${MIN_AUDIT_YEARS} years.`),
    notificationsMonths: whole('months', 1, 60),
    sessionsDays: whole('days', 1, 365),
  })
  .default({ ...RETENTION_DEFAULTS });

export type RetentionSettings = z.output<typeof retentionSchema>;

/** The moment before which a record of each kind is due, for a run at `now`. */
export interface RetentionCutoffs {
  /** Comments received before this (and deliveries processed before it). */
  comments: Date;
  /** Authors whose latest comment is older than this (or who have none left). */
  authors: Date;
  /** Concerns closed before this. */
  concerns: Date;
  /** Audit entries older than this are past their period (they are counted, never deleted: see docs). */
  audit: Date;
  notifications: Date;
  /** Sessions that ended, and failed sign-ins, before this. */
  sessions: Date;
}

const minus = (now: Date, amount: { months?: number; years?: number; days?: number }): Date => {
  const d = new Date(now.getTime());
  if (amount.years) d.setUTCFullYear(d.getUTCFullYear() - amount.years);
  if (amount.months) d.setUTCMonth(d.getUTCMonth() - amount.months);
  if (amount.days) d.setUTCDate(d.getUTCDate() - amount.days);
  return d;
};

export function retentionCutoffs(settings: RetentionSettings, now: Date): RetentionCutoffs {
  return {
    comments: minus(now, { months: settings.commentsMonths }),
    authors: minus(now, { months: settings.authorsMonths }),
    concerns: minus(now, { years: settings.concernsYears }),
    audit: minus(now, { years: settings.auditYears }),
    notifications: minus(now, { months: settings.notificationsMonths }),
    sessions: minus(now, { days: settings.sessionsDays }),
  };
}

/** "24 months", "2 years" ... as the policy document and the page say it. */
export function describePeriod(amount: number, unit: 'months' | 'years' | 'days'): string {
  if (unit === 'months' && amount % 12 === 0) return describePeriod(amount / 12, 'years');
  const singular = unit.slice(0, -1);
  return `${amount} ${amount === 1 ? singular : unit}`;
}

/** The schedule as lines of prose: the policy document's data section and the Data protection page use it. */
export function retentionSchedule(settings: RetentionSettings): { record: string; kept: string }[] {
  return [
    {
      record: 'Comments on our accounts, with the evidence kept of them and the steps taken on them',
      kept: `${describePeriod(settings.commentsMonths, 'months')} after they arrived, then deleted`,
    },
    {
      record: 'The names and handles of people who comment',
      kept: `${describePeriod(settings.authorsMonths, 'months')} after their latest comment, then anonymised`,
    },
    {
      record: 'Safeguarding concerns and everything attached to them',
      kept: `${describePeriod(settings.concernsYears, 'years')} after the concern is closed (so until the pupil is at least 25), then deleted; open concerns are kept`,
    },
    {
      record: 'The audit log of who did and viewed what',
      kept: `at least ${describePeriod(settings.auditYears, 'years')}; it holds record numbers and digests, not the records' contents`,
    },
    {
      record: 'Notifications in Schoolgate',
      kept: `${describePeriod(settings.notificationsMonths, 'months')}, then deleted`,
    },
    {
      record: 'Sign-in sessions and failed sign-in attempts',
      kept: `${describePeriod(settings.sessionsDays, 'days')} after they end, then deleted`,
    },
  ];
}
