// Public API of the working-day calendar and response deadlines.
export { SCHOOL_ZONE, londonDateOf, instantAt, isIsoDate, isClockTime, addDays } from './london-time.ts';
export type { IsoDate, ClockTime } from './london-time.ts';
export { UK_NATIONS, UK_NATION_LABELS, bankHolidaysOf } from './uk-nation.ts';
export type { UkNation } from './uk-nation.ts';
export type { ClosurePeriod } from './closure-days.ts';
export {
  buildWorkingCalendar,
  isWorkingDay,
  nonWorkingReason,
  nextWorkingDay,
  workingDayOnOrAfter,
  CalendarRangeError,
  CALENDAR_OUT_OF_RANGE,
} from './working-calendar.ts';
export type { WorkingCalendar, WorkingCalendarInput, NonWorkingReason } from './working-calendar.ts';
export { DEADLINE_COUNTING, computeResponseDeadline, responseStatus } from './response-deadline.ts';
export type {
  DeadlineCounting,
  DeadlineRule,
  ResponseDeadline,
  ResponseDeadlineSettings,
  ResponseState,
  ResponseStatus,
} from './response-deadline.ts';
