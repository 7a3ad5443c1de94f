import { describe, expect, it } from 'vitest';
import {
  PEOPLE_SETTINGS_WITHOUT_POLICY,
  peopleSettingsOf,
  staffInAcceptanceScope,
  staffInTrainingScope,
  trainingDueFrom,
} from './people-scope.ts';
import { policySettingsFromTemplate } from './templates/index.ts';

const staff = [
  { name: 'Head', role: 'head' },
  { name: 'Teacher', role: 'staff' },
  { name: 'Office', role: 'account_admin' },
  { name: 'DSL', role: 'dsl' },
  { name: 'Governor', role: 'governor' },
];
const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('staffInAcceptanceScope', () => {
  it.each([
    ['all_staff', ['Head', 'Teacher', 'Office', 'DSL', 'Governor']],
    ['runners', ['Office']],
    ['none', []],
  ] as const)('asks %s to sign: %j', (scope, expected) => {
    expect(names(staffInAcceptanceScope(scope, staff))).toEqual(expected);
  });

  it('counts as runners any further roles the caller names', () => {
    expect(names(staffInAcceptanceScope('runners', staff, ['account_admin', 'head']))).toEqual(['Head', 'Office']);
  });
});

describe('staffInTrainingScope', () => {
  it.each([
    ['all_staff', 5],
    ['runners', 1],
    ['none', 0],
  ] as const)('with %s, requires training of %i people', (scope, count) => {
    expect(staffInTrainingScope(scope, staff)).toHaveLength(count);
  });
});

describe('trainingDueFrom', () => {
  it('is the day a person joined when the policy trains at induction', () => {
    expect(trainingDueFrom({ required: 'all_staff', atInduction: true, validityMonths: 12 }, '2025-09-01')).toBe(
      '2025-09-01',
    );
  });

  it('is one validity period after joining when it does not', () => {
    expect(trainingDueFrom({ required: 'all_staff', atInduction: false, validityMonths: 24 }, '2025-09-01')).toBe(
      '2027-09-01',
    );
  });
});

describe('peopleSettingsOf', () => {
  it("reads the people section of a version's settings", () => {
    const settings = policySettingsFromTemplate('secondary-accounts-and-roles');
    expect(peopleSettingsOf(settings as unknown as Record<string, unknown>)).toMatchObject({
      acceptance: 'runners',
      training: { required: 'all_staff', atInduction: true },
    });
  });

  it('falls back to the no-policy defaults when there is no version or its section does not read', () => {
    expect(peopleSettingsOf(null)).toEqual(PEOPLE_SETTINGS_WITHOUT_POLICY);
    expect(peopleSettingsOf({ people: { acceptance: 'everyone' } })).toEqual(PEOPLE_SETTINGS_WITHOUT_POLICY);
  });
});
