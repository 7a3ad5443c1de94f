import { describe, expect, it } from 'vitest';
import { assessTraining, overallStatus, personStatus, statusOfExpiry, trainingDutyOf } from './training-status.ts';

const today = '2025-03-01';

describe('training status', () => {
  it('is valid, then expiring in the last 30 days, then expired on the expiry date', () => {
    expect(statusOfExpiry('2025-04-01', today)).toBe('valid');
    expect(statusOfExpiry('2025-03-31', today)).toBe('expiring');
    expect(statusOfExpiry('2025-03-02', today)).toBe('expiring');
    expect(statusOfExpiry('2025-03-01', today)).toBe('expired');
    expect(statusOfExpiry(null, today)).toBe('valid');
  });

  it('lets a refresher supersede an expired induction', () => {
    const s = personStatus(
      [
        { kind: 'induction', completedOn: '2023-09-01', expiresOn: '2024-09-01' },
        { kind: 'refresher', completedOn: '2024-10-01', expiresOn: '2025-10-01' },
      ],
      today,
    );
    expect(s).toEqual({ policy: 'valid', dsl: 'none', policyValidUntil: '2025-10-01' });
  });

  it('asks DSL training only of the DSL team', () => {
    const s = personStatus([{ kind: 'induction', completedOn: '2025-01-01', expiresOn: '2026-01-01' }], today);
    expect(overallStatus(s, 'staff')).toBe('valid');
    expect(overallStatus(s, 'dsl')).toBe('none');
  });
});

describe('training under the policy in force', () => {
  const none = personStatus([], today);
  const dslOnly = personStatus([{ kind: 'dsl', completedOn: '2024-06-01', expiresOn: '2026-06-01' }], today);
  const required = { required: true, dueFrom: '2025-01-01' };

  it.each([
    ['asked, nothing recorded, due', none, 'staff', required, true],
    [
      'asked, nothing recorded, first training not yet due',
      none,
      'staff',
      { ...required, dueFrom: '2025-09-01' },
      false,
    ],
    ['not asked, nothing recorded', none, 'staff', { ...required, required: false }, false],
    [
      'DSL not asked for policy training, DSL training in date',
      dslOnly,
      'dsl',
      { ...required, required: false },
      false,
    ],
    ['DSL not asked for policy training, no DSL training', none, 'dsl', { ...required, required: false }, true],
    ['DSL asked, DSL training in date, no policy training', dslOnly, 'dsl', required, true],
  ] as const)('%s: out of date is %s', (_, status, role, duty, outOfDate) => {
    expect(assessTraining(status, role, duty, today).outOfDate).toBe(outOfDate);
  });

  it('reads who is asked and from when from the training settings', () => {
    const settings = { required: 'runners', atInduction: false, validityMonths: 12 } as const;
    const joined = new Date('2024-09-02T08:00:00Z');
    expect(trainingDutyOf(settings, { role: 'account_admin', createdAt: joined }, today)).toEqual({
      required: true,
      dueFrom: '2025-09-02',
    });
    expect(trainingDutyOf(settings, { role: 'staff', createdAt: joined }, today).required).toBe(false);
  });

  it('counts someone whose record the database dates after today as joining today', () => {
    const settings = { required: 'all_staff', atInduction: true, validityMonths: 12 } as const;
    const later = new Date('2026-11-21T08:00:00Z');
    expect(trainingDutyOf(settings, { role: 'staff', createdAt: later }, today).dueFrom).toBe(today);
  });
});
