// Dates around consent: the end of the academic year (the usual expiry of an annual consent form), the grants
// about to lapse, and the checks on a decision's dates before it is recorded. Pure, on the school's calendar.
import type { FieldProblem } from '../errors.ts';
import { addDays, type IsoDate } from '../calendar/london-time.ts';
import type { ConsentDecision, ConsentUse } from './consent-vocabulary.ts';
import type { PupilConsentState } from './consent-state.ts';

/**
 * 31 August of the academic year `today` falls in. English, Welsh and Northern Irish school years start in
 * September; Scottish schools start in August, where an office can still pick another date by hand.
 */
export function academicYearEndOf(today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return `${month >= 9 ? year + 1 : year}-08-31`;
}

/** The uses whose grant is still valid today but lapses within `days` days (on or before today + days). */
export function usesExpiringWithin(state: PupilConsentState, today: IsoDate, days: number): ConsentUse[] {
  const horizon = addDays(today, days);
  return (Object.keys(state.uses) as ConsentUse[]).filter((use) => {
    const held = state.uses[use];
    return held.status === 'granted' && held.expiresOn !== null && held.expiresOn >= today && held.expiresOn <= horizon;
  });
}

/** Plain-English problems with a decision about to be recorded; empty when it can be saved. */
export function checkConsentDates(
  input: { decision: ConsentDecision; decidedOn: IsoDate; expiresOn: IsoDate | null },
  today: IsoDate,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.decidedOn > today) {
    problems.push({ field: 'decidedOn', message: 'The date of the decision cannot be in the future.' });
  }
  if (input.expiresOn !== null) {
    if (input.decision !== 'granted') {
      problems.push({ field: 'expiresOn', message: 'Only consent that is given can have an expiry date.' });
    } else if (input.expiresOn <= input.decidedOn) {
      problems.push({ field: 'expiresOn', message: 'The expiry date must be after the date consent was given.' });
    }
  }
  return problems;
}
