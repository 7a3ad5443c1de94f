// The deadline table: every row is something a school office would check by hand ("a comment on Friday evening,
// when must we have answered?"). Times in the descriptions are on the school's clock; `receivedAt` and `dueAt` are
// UTC instants, so BST rows are one hour behind the clock on the wall.
import { describe, expect, it } from 'vitest';
import { computeResponseDeadline, responseStatus, type ResponseDeadlineSettings } from './response-deadline.ts';
import { buildWorkingCalendar, isWorkingDay, type WorkingCalendar } from './working-calendar.ts';
import { londonDateOf } from './london-time.ts';
import type { UkNation } from './uk-nation.ts';

const officeDay = { start: '08:00', end: '17:00' };
const plain48: ResponseDeadlineSettings = { hours: 48, counting: 'plain', workingDay: officeDay };
const plain24: ResponseDeadlineSettings = { hours: 24, counting: 'plain', workingDay: officeDay };
const plain72: ResponseDeadlineSettings = { hours: 72, counting: 'plain', workingDay: officeDay };
const working9: ResponseDeadlineSettings = { hours: 9, counting: 'working_hours', workingDay: officeDay };
const working48: ResponseDeadlineSettings = { hours: 48, counting: 'working_hours', workingDay: officeDay };

const schoolCalendar = (nation: UkNation = 'england_wales'): WorkingCalendar =>
  buildWorkingCalendar({
    nation,
    closures: [
      { from: '2026-11-02', to: '2026-11-02', label: 'INSET day' },
      { from: '2026-02-16', to: '2026-02-20', label: 'February half term' },
    ],
    from: '2026-01-01',
    to: '2027-12-31',
  });

const england = schoolCalendar();

type Row = [
  description: string,
  settings: ResponseDeadlineSettings,
  receivedAt: string,
  dueAt: string,
  rule: string,
  becauseOf: string | null,
];

// One row per case; kept on one line each so the table reads as a table.
// prettier-ignore
const table: Row[] = [
  // Plain 48 hours (004 "Monitoring")
  ['Tue 10:00 BST, ordinary week: two days later', plain48, '2026-06-16T09:00:00Z', '2026-06-18T09:00:00Z', 'elapsed_hours', null],
  ['Fri 18:30 BST: 48 h is Sunday, so end of Monday', plain48, '2026-06-19T17:30:00Z', '2026-06-22T16:00:00Z', 'ran_into_non_working_day', 'Saturday'],
  ['Sat 11:00 BST: next working day, Monday 17:00', plain48, '2026-06-20T10:00:00Z', '2026-06-22T16:00:00Z', 'received_on_non_working_day', 'Saturday'],
  ['bank holiday Mon 09:00 BST: end of Tuesday', plain48, '2026-08-31T08:00:00Z', '2026-09-01T16:00:00Z', 'received_on_non_working_day', 'Summer bank holiday'],
  ['Fri 10:00 BST before a bank holiday Monday: end of Tuesday', plain48, '2026-08-28T09:00:00Z', '2026-09-01T16:00:00Z', 'ran_into_non_working_day', 'Saturday'],
  ['Thu 12:00 BST before Easter: Good Friday and Easter Monday skipped', plain48, '2026-04-02T11:00:00Z', '2026-04-07T16:00:00Z', 'ran_into_non_working_day', 'Good Friday'],
  ['Wed 23 Dec 10:00: 48 h is Christmas Day, so end of Tue 29 Dec', plain48, '2026-12-23T10:00:00Z', '2026-12-29T17:00:00Z', 'ran_into_non_working_day', 'Christmas Day'],
  ['Christmas Eve 15:00: 48 h is Boxing Day, substitute Monday skipped too', plain48, '2026-12-24T15:00:00Z', '2026-12-29T17:00:00Z', 'ran_into_non_working_day', 'Christmas Day'],
  ['Christmas Day 10:00: end of Tue 29 Dec', plain48, '2026-12-25T10:00:00Z', '2026-12-29T17:00:00Z', 'received_on_non_working_day', 'Christmas Day'],
  ['substitute Boxing Day Mon 28 Dec: end of Tue 29 Dec', plain48, '2026-12-28T09:00:00Z', '2026-12-29T17:00:00Z', 'received_on_non_working_day', 'Boxing Day (substitute day)'],
  ['Sat 28 Mar 12:00 GMT: Monday 17:00 is BST after the March change', plain48, '2026-03-28T12:00:00Z', '2026-03-30T16:00:00Z', 'received_on_non_working_day', 'Saturday'],
  ['Sun 29 Mar 00:30 GMT, half an hour before the change: Monday 17:00 BST', plain48, '2026-03-29T00:30:00Z', '2026-03-30T16:00:00Z', 'received_on_non_working_day', 'Sunday'],
  ['Fri 23 Oct 15:00 BST: Monday 17:00 is GMT after the October change', plain48, '2026-10-23T14:00:00Z', '2026-10-26T17:00:00Z', 'ran_into_non_working_day', 'Saturday'],
  ['72 h from Fri 10:00 BST run through the weekend: close of Monday, 17:00 GMT', plain72, '2026-10-23T09:00:00Z', '2026-10-26T17:00:00Z', 'ran_into_non_working_day', 'Saturday'],
  ['72 h from Fri 18:00 BST end after Monday closing: close of Tuesday', plain72, '2026-06-19T17:00:00Z', '2026-06-23T16:00:00Z', 'ran_into_non_working_day', 'Saturday'],
  ['72 h from Tue 10:00 BST: Friday 10:00, no closed day in between', plain72, '2026-06-16T09:00:00Z', '2026-06-19T09:00:00Z', 'elapsed_hours', null],
  ['48 h from Fri 23:00 GMT before the March change end at Mon 00:00 BST: close of Monday', plain48, '2026-03-27T23:00:00Z', '2026-03-30T16:00:00Z', 'ran_into_non_working_day', 'Saturday'],
  ['on the INSET day: end of the day after', plain48, '2026-11-02T09:00:00Z', '2026-11-03T17:00:00Z', 'received_on_non_working_day', 'INSET day'],
  ['Fri 30 Oct 10:00 GMT: Sunday, then Monday is an INSET day', plain48, '2026-10-30T10:00:00Z', '2026-11-03T17:00:00Z', 'ran_into_non_working_day', 'Saturday'],
  ['Fri before half term: the whole closure is skipped', plain48, '2026-02-13T14:00:00Z', '2026-02-23T17:00:00Z', 'ran_into_non_working_day', 'Saturday'],
  ['in half term itself', plain48, '2026-02-18T11:00:00Z', '2026-02-23T17:00:00Z', 'received_on_non_working_day', 'February half term'],

  // Plain 24 hours (003 "Monitoring")
  ['24 h, Thu 16:00 BST: Friday 16:00', plain24, '2026-06-18T15:00:00Z', '2026-06-19T15:00:00Z', 'elapsed_hours', null],
  ['24 h, Fri 16:00 BST: Saturday, so Monday 17:00', plain24, '2026-06-19T15:00:00Z', '2026-06-22T16:00:00Z', 'ran_into_non_working_day', 'Saturday'],
  ['24 h, Fri 23:30 GMT before a normal weekend', plain24, '2026-11-06T23:30:00Z', '2026-11-09T17:00:00Z', 'ran_into_non_working_day', 'Saturday'],

  // Working hours 08:00-17:00
  ['9 working h, Tue 10:00 BST: Wed 10:00', working9, '2026-06-16T09:00:00Z', '2026-06-17T09:00:00Z', 'working_hours', null],
  ['9 working h, Tue 06:00 BST, before opening: Tue 17:00', working9, '2026-06-16T05:00:00Z', '2026-06-16T16:00:00Z', 'working_hours', null],
  ['9 working h, Fri 18:30 BST: the clock starts Monday 08:00', working9, '2026-06-19T17:30:00Z', '2026-06-22T16:00:00Z', 'working_hours', null],
  ['9 working h, received on Saturday', working9, '2026-06-20T10:00:00Z', '2026-06-22T16:00:00Z', 'working_hours', null],
  ['9 working h, Fri 16:00 GMT before the March change: 1 h Fri, 8 h Mon (BST)', working9, '2026-03-27T16:00:00Z', '2026-03-30T15:00:00Z', 'working_hours', null],
  ['9 working h, Fri 16:00 BST before the October change: 1 h Fri, 8 h Mon (GMT)', working9, '2026-10-23T15:00:00Z', '2026-10-26T16:00:00Z', 'working_hours', null],
  ['9 working h, Christmas Eve 15:00: 2 h Thu, 7 h Tue 29 Dec', working9, '2026-12-24T15:00:00Z', '2026-12-29T15:00:00Z', 'working_hours', null],
  ['9 working h, Fri 15:00 BST before a bank holiday: Tue 15:00', working9, '2026-08-28T14:00:00Z', '2026-09-01T14:00:00Z', 'working_hours', null],
  ['9 working h, Fri 16:00 GMT before the INSET day: Tue 16:00', working9, '2026-10-30T16:00:00Z', '2026-11-03T16:00:00Z', 'working_hours', null],
  ['9 working h, at closing time exactly: next day 17:00', working9, '2026-06-16T16:00:00Z', '2026-06-17T16:00:00Z', 'working_hours', null],
  ['48 working h, Tue 10:00 BST: 7 + 9 + 9 + 9 + 9 h, then 5 h on Tue: 13:00', working48, '2026-06-16T09:00:00Z', '2026-06-23T12:00:00Z', 'working_hours', null],
];

describe('computeResponseDeadline (England and Wales, INSET day 2 Nov 2026, half term 16-20 Feb 2026)', () => {
  it.each(table)('%s', (_description, settings, receivedAt, dueAt, rule, becauseOf) => {
    const deadline = computeResponseDeadline(new Date(receivedAt), settings, england);
    expect(deadline.dueAt.toISOString()).toBe(new Date(dueAt).toISOString());
    expect(deadline.rule).toBe(rule);
    expect(deadline.becauseOf?.name ?? null).toBe(becauseOf);
  });
});

describe('the nation decides which bank holidays move a deadline', () => {
  it.each<[UkNation, string, string]>([
    ['england_wales', '2026-11-28T10:00:00Z', '2026-11-30T17:00:00Z'],
    ['scotland', '2026-11-28T10:00:00Z', '2026-12-01T17:00:00Z'], // St Andrew's Day, Mon 30 Nov
    ['england_wales', '2026-03-16T10:00:00Z', '2026-03-17T10:00:00Z'],
    ['northern_ireland', '2026-03-16T10:00:00Z', '2026-03-18T17:00:00Z'], // St Patrick's Day, Tue 17 Mar
  ])('%s: received %s, due %s', (nation, receivedAt, dueAt) => {
    const settings = receivedAt.startsWith('2026-11') ? plain48 : plain24;
    const deadline = computeResponseDeadline(new Date(receivedAt), settings, schoolCalendar(nation));
    expect(deadline.dueAt.toISOString()).toBe(new Date(dueAt).toISOString());
  });
});

describe('properties that hold whatever the date', () => {
  // Every half hour from mid-December to mid-January and across both clock changes.
  const windows = [
    ['2026-03-20T00:00:00Z', '2026-04-10T00:00:00Z'],
    ['2026-10-15T00:00:00Z', '2026-11-10T00:00:00Z'],
    ['2026-12-15T00:00:00Z', '2027-01-10T00:00:00Z'],
  ] as const;
  const receipts = windows.flatMap(([from, to]) => {
    const out: Date[] = [];
    for (let t = Date.parse(from); t < Date.parse(to); t += 30 * 60_000) out.push(new Date(t));
    return out;
  });

  it.each([
    ['plain 24 h', plain24],
    ['plain 48 h', plain48],
    ['9 working hours', working9],
  ] as const)(
    '%s: never due on a non-working day, never before receipt, never earlier for a later comment',
    (_, settings) => {
      let previous = 0;
      for (const receivedAt of receipts) {
        const { dueAt } = computeResponseDeadline(receivedAt, settings, england);
        expect(isWorkingDay(england, londonDateOf(dueAt))).toBe(true);
        expect(dueAt.getTime()).toBeGreaterThan(receivedAt.getTime());
        expect(dueAt.getTime()).toBeGreaterThanOrEqual(previous);
        previous = dueAt.getTime();
      }
    },
  );
});

describe('responseStatus', () => {
  const receivedAt = new Date('2026-06-19T17:30:00Z'); // Friday evening, due Monday 17:00 BST
  it.each([
    ['still open on Monday afternoon', null, '2026-06-22T15:59:00Z', 'open'],
    ['overdue once Monday 17:00 has passed', null, '2026-06-22T16:01:00Z', 'overdue'],
    ['answered on Monday morning', '2026-06-22T08:00:00Z', '2026-06-25T00:00:00Z', 'answered_on_time'],
    ['answered on Tuesday', '2026-06-23T08:00:00Z', '2026-06-25T00:00:00Z', 'answered_late'],
  ])('%s', (_, respondedAt, now, state) => {
    const status = responseStatus(
      { receivedAt, respondedAt: respondedAt ? new Date(respondedAt) : null },
      new Date(now),
      plain48,
      england,
    );
    expect(status.state).toBe(state);
    expect(status.dueAt.toISOString()).toBe('2026-06-22T16:00:00.000Z');
  });
});

describe('bad settings are refused, not guessed', () => {
  it.each([
    ['zero hours', { ...plain48, hours: 0 }, /hours must be a positive number/],
    [
      'a working day that ends before it starts',
      { ...working9, workingDay: { start: '17:00', end: '08:00' } },
      /Working day/,
    ],
    ['a time that is not HH:MM', { ...working9, workingDay: { start: '8am', end: '17:00' } }, /Working day/],
  ] as const)('%s', (_, settings, message) => {
    expect(() => computeResponseDeadline(new Date('2026-06-16T09:00:00Z'), settings, england)).toThrow(message);
  });

  it('a deadline beyond a calendar that does not extend is an error, not a silent guess', () => {
    expect(() => computeResponseDeadline(new Date('2027-12-31T12:00:00Z'), plain48, england)).toThrow(
      /covers 2026-01-01 to 2027-12-31/,
    );
  });
});

describe('a comment far from the calendar built in advance (imported history, a delivery replayed late)', () => {
  const extending = buildWorkingCalendar({
    nation: 'england_wales',
    closures: [{ from: '2024-05-28', to: '2024-05-31', label: 'May half term 2024' }],
    from: '2026-01-01',
    to: '2027-12-31',
    extendOnDemand: true,
  });

  // prettier-ignore
  const rows: Row[] = [
    ['two years back, Thu 28 Mar 2024 12:00 GMT: Good Friday and Easter Monday skipped', plain48, '2024-03-28T12:00:00Z', '2024-04-02T16:00:00Z', 'ran_into_non_working_day', 'Good Friday'],
    ['two years back, spring bank holiday 27 May 2024, half term after it: end of Mon 3 Jun', plain48, '2024-05-27T09:00:00Z', '2024-06-03T16:00:00Z', 'received_on_non_working_day', 'Spring bank holiday'],
    ['two years back, working hours from Fri 24 May 2024 16:00 BST: 8 hours after the half term', working9, '2024-05-24T15:00:00Z', '2024-06-03T15:00:00Z', 'working_hours', null],
    ['three years ahead, Christmas Eve 2029 (Monday) 10:00: end of Thu 27 Dec', plain48, '2029-12-24T10:00:00Z', '2029-12-27T17:00:00Z', 'ran_into_non_working_day', 'Christmas Day'],
  ];

  it.each(rows)('%s', (_, settings, receivedAt, dueAt, rule, becauseOf) => {
    const deadline = computeResponseDeadline(new Date(receivedAt), settings, extending);
    expect(deadline.dueAt.toISOString()).toBe(new Date(dueAt).toISOString());
    expect(deadline.rule).toBe(rule);
    expect(deadline.becauseOf?.name ?? null).toBe(becauseOf);
  });
});
