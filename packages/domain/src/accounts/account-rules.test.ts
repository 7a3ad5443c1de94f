import { describe, expect, it } from 'vitest';
import { describeShortfall, mayDecideAccountRequest, requiredRunners, runnerShortfalls } from './account-rules.ts';

const runner = (name: string, over: Partial<Parameters<typeof runnerShortfalls>[0][number]> = {}) => ({
  staffId: name,
  name,
  active: true,
  signedCurrentPolicy: true,
  trainingInDate: true,
  ...over,
});

describe('runner shortfalls', () => {
  it('names each runner and what they lack, only for what the policy asks', () => {
    const runners = [
      runner('Ava'),
      runner('Ben', { signedCurrentPolicy: false }),
      runner('Cal', { trainingInDate: false }),
    ];
    expect(runnerShortfalls(runners, { runnersMustHaveSigned: true, runnersMustHaveTraining: true })).toEqual([
      { staffId: 'Ben', name: 'Ben', missing: ['signature'] },
      { staffId: 'Cal', name: 'Cal', missing: ['training'] },
    ]);
    expect(runnerShortfalls(runners, { runnersMustHaveSigned: false, runnersMustHaveTraining: false })).toEqual([]);
  });
  it('always counts a runner who has left', () => {
    const [gap] = runnerShortfalls([runner('Dee', { active: false, signedCurrentPolicy: false })], {
      runnersMustHaveSigned: true,
      runnersMustHaveTraining: false,
    });
    expect(describeShortfall(gap!)).toBe('Dee is no longer on the staff and has not signed the policy in force.');
  });
});

describe('who decides a request', () => {
  it('follows the policy: the head always, senior leaders only when the policy says SLT', () => {
    expect(mayDecideAccountRequest('head', 'head')).toBe(true);
    expect(mayDecideAccountRequest('slt', 'head')).toBe(false);
    expect(mayDecideAccountRequest('slt', 'slt')).toBe(true);
    expect(mayDecideAccountRequest('staff', 'slt')).toBe(false);
  });
  it('asks for two runners at least, more when the policy does', () => {
    expect(requiredRunners(1)).toBe(2);
    expect(requiredRunners(3)).toBe(3);
  });
});
