// When a comment, query or complaint on an official account must be answered (PRODUCT C4; seeds 003 and 004
// "Monitoring"). The semantics are written down in docs/domain-policy.md, "Policy settings and deadlines"; the
// table in response-deadline.test.ts is the executable version of that section.
import {
  addDays,
  instantAt,
  isClockTime,
  londonDateOf,
  minutesOfDay,
  type ClockTime,
  type IsoDate,
} from './london-time.ts';
import {
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  type NonWorkingReason,
  type WorkingCalendar,
} from './working-calendar.ts';

export const DEADLINE_COUNTING = ['plain', 'working_hours'] as const;
export type DeadlineCounting = (typeof DEADLINE_COUNTING)[number];

export interface ResponseDeadlineSettings {
  /** The N in "respond within N hours". */
  readonly hours: number;
  /**
   * plain: N elapsed hours; if they touch a non-working day, the close of the working day they end on (or the
   * next one); if received on a non-working day, the close of the next working day. See the docs.
   * working_hours: only the office's hours on working days count towards N.
   */
  readonly counting: DeadlineCounting;
  /** The office day. In plain mode only `end` is used: it is when "the next working day" ends. */
  readonly workingDay: { readonly start: ClockTime; readonly end: ClockTime };
}

export type DeadlineRule =
  /** Plain mode, received on a working day, N hours later is a working day too. */
  | 'elapsed_hours'
  /** Plain mode, the N hours run into a non-working day: due at the first working-day closing time after them. */
  | 'ran_into_non_working_day'
  /** Plain mode, received on a non-working day: due at the end of the next working day. */
  | 'received_on_non_working_day'
  /** Working-hours mode. */
  | 'working_hours';

export interface ResponseDeadline {
  readonly receivedAt: Date;
  readonly dueAt: Date;
  readonly rule: DeadlineRule;
  /** The non-working day that moved the deadline, so the screen can say "because of Boxing Day". */
  readonly becauseOf: (NonWorkingReason & { readonly date: IsoDate }) | null;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

function assertSettings(settings: ResponseDeadlineSettings): void {
  if (!Number.isFinite(settings.hours) || settings.hours <= 0) {
    throw new RangeError(`Response deadline hours must be a positive number, got ${settings.hours}`);
  }
  const { start, end } = settings.workingDay;
  if (!isClockTime(start) || !isClockTime(end) || minutesOfDay(start) >= minutesOfDay(end)) {
    throw new RangeError(`Working day must run from an earlier HH:MM to a later one, got ${start}-${end}`);
  }
}

export function computeResponseDeadline(
  receivedAt: Date,
  settings: ResponseDeadlineSettings,
  calendar: WorkingCalendar,
): ResponseDeadline {
  assertSettings(settings);
  return settings.counting === 'plain'
    ? plainDeadline(receivedAt, settings, calendar)
    : workingHoursDeadline(receivedAt, settings, calendar);
}

function plainDeadline(
  receivedAt: Date,
  settings: ResponseDeadlineSettings,
  calendar: WorkingCalendar,
): ResponseDeadline {
  const endOfNextWorkingDay = (after: IsoDate) => instantAt(nextWorkingDay(calendar, after), settings.workingDay.end);

  const receivedOn = londonDateOf(receivedAt);
  const closedOnReceipt = nonWorkingReason(calendar, receivedOn);
  if (closedOnReceipt) {
    return {
      receivedAt,
      dueAt: endOfNextWorkingDay(receivedOn),
      rule: 'received_on_non_working_day',
      becauseOf: { ...closedOnReceipt, date: receivedOn },
    };
  }

  // Elapsed hours, not wall-clock hours: across a clock change "48 hours" is still 48 real hours.
  const elapsed = new Date(receivedAt.getTime() + settings.hours * HOUR_MS);
  const landsOn = londonDateOf(elapsed);
  // If the N hours run into a day the office is shut, nobody can be expected to answer on it: the deadline
  // becomes the first closing time of a working day at or after the N hours. Checking every day of the window,
  // not just the last, is what keeps a Friday-night comment from falling due before a Friday-afternoon one.
  for (let day = addDays(receivedOn, 1); day <= landsOn; day = addDays(day, 1)) {
    const closed = nonWorkingReason(calendar, day);
    if (!closed) continue;
    const landingClose = instantAt(landsOn, settings.workingDay.end);
    const dueAt =
      isWorkingDay(calendar, landsOn) && elapsed <= landingClose ? landingClose : endOfNextWorkingDay(landsOn);
    return { receivedAt, dueAt, rule: 'ran_into_non_working_day', becauseOf: { ...closed, date: day } };
  }
  return { receivedAt, dueAt: elapsed, rule: 'elapsed_hours', becauseOf: null };
}

function workingHoursDeadline(
  receivedAt: Date,
  settings: ResponseDeadlineSettings,
  calendar: WorkingCalendar,
): ResponseDeadline {
  const { start, end } = settings.workingDay;
  let remainingMs = Math.round(settings.hours * HOUR_MS);
  let day = londonDateOf(receivedAt);
  // The clock starts at receipt if the office is open, else at the next opening time.
  let cursor = receivedAt;
  if (!isWorkingDay(calendar, day) || receivedAt >= instantAt(day, end)) {
    day = nextWorkingDay(calendar, day);
    cursor = instantAt(day, start);
  } else if (receivedAt < instantAt(day, start)) {
    cursor = instantAt(day, start);
  }

  for (;;) {
    const closing = instantAt(day, end);
    const available = closing.getTime() - cursor.getTime();
    // A deadline that uses up the day exactly is due at closing time, not at the next opening.
    if (remainingMs <= available) {
      return {
        receivedAt,
        dueAt: new Date(cursor.getTime() + remainingMs),
        rule: 'working_hours',
        becauseOf: null,
      };
    }
    remainingMs -= available;
    day = nextWorkingDay(calendar, day);
    cursor = instantAt(day, start);
  }
}

export type ResponseState = 'open' | 'overdue' | 'answered_on_time' | 'answered_late';

export interface ResponseStatus {
  readonly state: ResponseState;
  readonly dueAt: Date;
}

/** Where an item stands at `now`: what the overdue job escalates and the governors' report counts. */
export function responseStatus(
  item: { readonly receivedAt: Date; readonly respondedAt: Date | null },
  now: Date,
  settings: ResponseDeadlineSettings,
  calendar: WorkingCalendar,
): ResponseStatus {
  const { dueAt } = computeResponseDeadline(item.receivedAt, settings, calendar);
  if (item.respondedAt) {
    return { state: item.respondedAt <= dueAt ? 'answered_on_time' : 'answered_late', dueAt };
  }
  return { state: now > dueAt ? 'overdue' : 'open', dueAt };
}
