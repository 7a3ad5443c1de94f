import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { assertPolicySettings, parsePolicySettings } from './policy-settings.schema.ts';
import { policySettingsFromTemplate } from './templates/index.ts';
import { withPolicyField } from './policy-fields.ts';

const valid = () => policySettingsFromTemplate('secondary-accounts-and-roles');

const problemsFor = (input: unknown) => {
  const result = parsePolicySettings(input);
  if (result.ok) throw new Error('expected the settings to be refused');
  return result.problems;
};

describe('parsePolicySettings', () => {
  it.each([
    ['an unknown platform', 'platforms', ['facebook', 'myspace'], 'platforms.1'],
    ['a deadline of zero hours', 'response.hours', 0, 'response.hours'],
    ['a fractional deadline', 'response.hours', 1.5, 'response.hours'],
    ['a nation outside the UK', 'calendar.nation', 'ireland', 'calendar.nation'],
    ['a working day that ends before it starts', 'response.workingDay.end', '07:00', 'response.workingDay.end'],
    ['a badly written time', 'response.workingDay.start', '8am', 'response.workingDay.start'],
    ['a score above 1', 'moderation.categories.abuse.hideAt', 1.5, 'moderation.categories.abuse.hideAt'],
    ['queueing above hiding', 'moderation.categories.spam.queueAt', 0.95, 'moderation.categories.spam.queueAt'],
    ['no allowed post category', 'posts.allowedCategories', [], 'posts.allowedCategories'],
    ['an empty ladder', 'moderation.repeatOffender.ladder', [], 'moderation.repeatOffender.ladder'],
    ['a ladder step twice', 'moderation.repeatOffender.ladder', ['block', 'block'], 'moderation.repeatOffender.ladder'],
    ['zero runners', 'accounts.minRunners', 0, 'accounts.minRunners'],
    ['a review cycle of five years and a month', 'review.cycleMonths', 61, 'review.cycleMonths'],
    ['dropping the DSL from two-factor sign-in', 'people.twoFactorRoles', ['head'], 'people.twoFactorRoles'],
    ['runners must sign but nobody signs', 'people.acceptance', 'none', 'accounts.runnersMustHaveSigned'],
    [
      'runners need training but none is required',
      'people.training.required',
      'none',
      'accounts.runnersMustHaveTraining',
    ],
    [
      'a closure ending before it starts',
      'calendar.closures',
      [{ from: '2026-05-02', to: '2026-05-01', label: 'Typo' }],
      'calendar.closures.0.to',
    ],
    [
      'a closure on 30 February',
      'calendar.closures',
      [{ from: '2026-02-30', label: 'INSET' }],
      'calendar.closures.0.from',
    ],
  ])('refuses %s, naming the field', (_, field, value, reported) => {
    const problems = problemsFor(withPolicyField(valid(), field, value));
    expect(problems.map((problem) => problem.field)).toContain(reported);
    expect(problems.every((problem) => problem.message.length > 0)).toBe(true);
  });

  it('names a setting it does not know', () => {
    const problems = problemsFor({ ...valid(), posts: { ...valid().posts, autoPublish: true } });
    expect(problems).toEqual([{ field: 'posts.autoPublish', message: 'Not a policy setting.' }]);
  });

  it('names every missing section at once', () => {
    const { review: _review, concerns: _concerns, ...rest } = valid();
    expect(problemsFor(rest).map((problem) => problem.field)).toEqual(['concerns', 'review']);
  });

  it('lets a one-day closure leave out its last day, and sorts closures by date', () => {
    const input = withPolicyField(valid(), 'calendar.closures', [
      { from: '2026-11-02', label: 'INSET day' },
      { from: '2026-10-26', to: '2026-10-30', label: 'Half term' },
    ]);
    const result = parsePolicySettings(input);
    expect(result.ok && result.settings.calendar.closures).toEqual([
      { from: '2026-10-26', to: '2026-10-30', label: 'Half term' },
      { from: '2026-11-02', to: '2026-11-02', label: 'INSET day' },
    ]);
  });

  it('treats lists of choices as sets: order and repeats do not matter', () => {
    const result = parsePolicySettings(withPolicyField(valid(), 'platforms', ['x', 'facebook', 'x']));
    expect(result.ok && result.settings.platforms).toEqual(['facebook', 'x']);
  });

  it('throws a VALIDATION_FAILED AppError listing the fields, for callers that prefer exceptions', () => {
    const attempt = () => assertPolicySettings(withPolicyField(valid(), 'response.hours', -4));
    expect(attempt).toThrow(AppError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'response.hours' }] });
    }
  });
});
