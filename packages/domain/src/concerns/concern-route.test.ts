import { describe, expect, it } from 'vitest';
import { canSeeConcern, rolesToldOf, routeConcern, secondFactorIsFresh } from './concern-route.ts';
import type { Role } from '../roles.ts';

describe('routeConcern', () => {
  it.each([
    [
      'a friend request from a pupil',
      { type: 'pupil_contact', source: 'staff', staffRolesInvolved: [] },
      'safeguarding',
    ],
    ['a teacher named', { type: 'other', source: 'staff', staffRolesInvolved: ['staff'] }, 'allegation_staff'],
    ['the DSL named', { type: 'harassment', source: 'staff', staffRolesInvolved: ['dsl'] }, 'allegation_staff'],
    [
      'a breach by an unnamed colleague',
      { type: 'colleague_breach', source: 'staff', staffRolesInvolved: [] },
      'allegation_staff',
    ],
    [
      'the head named',
      { type: 'colleague_breach', source: 'staff', staffRolesInvolved: ['staff', 'head'] },
      'allegation_head',
    ],
    ['a parent complaint', { type: 'other', source: 'public', staffRolesInvolved: [] }, 'complaint'],
    [
      'a parent worried for a child',
      { type: 'other', source: 'public', staffRolesInvolved: [], childAtRisk: true },
      'safeguarding',
    ],
  ] as const)('%s goes to %s', (_, input, route) => {
    expect(routeConcern(input)).toBe(route);
  });

  it('tells the DSL team of safeguarding concerns and the head of allegations about staff', () => {
    expect(rolesToldOf('safeguarding')).toEqual(['dsl', 'deputy_dsl']);
    expect(rolesToldOf('allegation_staff')).toEqual(['head']);
    expect(rolesToldOf('allegation_head')).toEqual([]);
  });

  it("tells the head and the school office of a parent's complaint", () => {
    expect(rolesToldOf('complaint')).toEqual(['head', 'account_admin']);
  });
});

describe('canSeeConcern', () => {
  const roles: Role[] = ['trust_admin', 'governor', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff'];
  const who = (route: Parameters<typeof canSeeConcern>[1], chair = false) =>
    roles.filter((role) => canSeeConcern({ role, isChairOfGovernors: chair }, route));

  it('lets only the DSL team and the head see safeguarding concerns', () => {
    expect(who('safeguarding')).toEqual(['head', 'dsl', 'deputy_dsl']);
  });
  it('keeps allegations about staff from the DSL team', () => {
    expect(who('allegation_staff')).toEqual(['head']);
  });
  it("lets the head and the office see a parent's complaint, and never lets the office see anything else", () => {
    expect(who('complaint')).toEqual(['head', 'account_admin']);
    for (const route of ['safeguarding', 'allegation_staff', 'allegation_head'] as const) {
      expect(who(route)).not.toContain('account_admin');
      expect(who(route, true)).not.toContain('account_admin');
    }
  });
  it('keeps allegations about the head from the head, for the chair of governors only', () => {
    expect(who('allegation_head')).toEqual([]);
    expect(who('allegation_head', true)).toEqual(['governor']);
  });
});

describe('secondFactorIsFresh', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  it.each([
    [null, false],
    [new Date('2026-12-04T11:46:00Z'), true],
    [new Date('2026-12-04T11:44:59Z'), false],
  ])('checked at %s: %s', (at, fresh) => {
    expect(secondFactorIsFresh(at, now)).toBe(fresh);
  });
});
