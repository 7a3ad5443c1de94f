import { describe, expect, it } from 'vitest';
import { assertSchoolPolicy, overridesBetween, resolveSchoolPolicy } from './policy-inheritance.ts';
import { policyFieldPaths, withPolicyField } from './policy-fields.ts';
import { policySettingsFromTemplate } from './templates/index.ts';

const trust = policySettingsFromTemplate('multi-academy-trust');

describe('resolveSchoolPolicy: a school inherits its trust and overrides field by field', () => {
  it('with no overrides the school follows the trust in every field', () => {
    const policy = assertSchoolPolicy(trust, {});
    expect(policy.settings).toEqual(trust);
    expect(policy.overridden).toEqual([]);
    expect(new Set(Object.values(policy.provenance))).toEqual(new Set(['trust']));
  });

  it('a Scottish school on 24 hours keeps everything else from the trust, and says which fields are its own', () => {
    const policy = assertSchoolPolicy(trust, { 'calendar.nation': 'scotland', 'response.hours': 24 });
    expect(policy.settings.calendar.nation).toBe('scotland');
    expect(policy.settings.response).toEqual({ ...trust.response, hours: 24 });
    expect(policy.settings.moderation).toEqual(trust.moderation);
    expect(policy.overridden).toEqual(['response.hours', 'calendar.nation']);
    expect(policy.provenance['response.hours']).toBe('school');
    expect(policy.provenance['response.counting']).toBe('trust');
  });

  it('one moderation category can be changed without touching the others', () => {
    const policy = assertSchoolPolicy(trust, {
      'moderation.categories.complaint.hideAt': null,
      'moderation.categories.complaint.queueAt': 0.3,
    });
    expect(policy.settings.moderation.categories.complaint).toEqual({ hideAt: null, queueAt: 0.3 });
    expect(policy.settings.moderation.categories.abuse).toEqual(trust.moderation.categories.abuse);
  });

  it('a list is one field: the school replaces the trust list, it does not add to it', () => {
    const policy = assertSchoolPolicy(trust, { platforms: ['instagram'] });
    expect(policy.settings.platforms).toEqual(['instagram']);
  });

  it('an override equal to the trust value does not count as the school’s own', () => {
    const policy = assertSchoolPolicy(trust, { 'response.hours': trust.response.hours });
    expect(policy.overridden).toEqual([]);
  });

  it('names an unknown field, and a whole section is not a field', () => {
    const result = resolveSchoolPolicy(trust, { 'response.minutes': 30, response: { hours: 1 } });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'response.minutes', message: 'Not a policy setting a school can override.' },
        { field: 'response', message: 'Not a policy setting a school can override.' },
      ],
    });
  });

  it('names a bad value, and a value that only clashes with the trust’s', () => {
    const bad = resolveSchoolPolicy(trust, { 'response.hours': 'soon' });
    expect(!bad.ok && bad.problems.map((problem) => problem.field)).toEqual(['response.hours']);
    // Fine alone, but above the trust's hiding score for spam.
    const clash = resolveSchoolPolicy(trust, { 'moderation.categories.spam.queueAt': 0.9 });
    expect(!clash.ok && clash.problems.map((problem) => problem.field)).toEqual(['moderation.categories.spam.queueAt']);
  });

  it('overridesBetween stores only the differences, and resolving them gives the school settings back', () => {
    let school = withPolicyField(trust, 'response.hours', 24);
    school = withPolicyField(school, 'accounts.minRunners', 2);
    const overrides = overridesBetween(trust, school);
    expect(overrides).toEqual({ 'response.hours': 24, 'accounts.minRunners': 2 });
    expect(assertSchoolPolicy(trust, overrides).settings).toEqual(school);
  });

  it('every field of a policy can be named', () => {
    const fields = policyFieldPaths(trust);
    expect(fields).toContain('moderation.categories.incident.queueAt');
    expect(fields).toContain('calendar.closures');
    expect(new Set(fields).size).toBe(fields.length);
  });
});
