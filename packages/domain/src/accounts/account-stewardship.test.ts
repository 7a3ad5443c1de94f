import { describe, expect, it } from 'vitest';
import { ROLES } from '../roles.ts';
import { candidateRunnerProblem, canActOnAccount, initialPageLinkStatus } from './account-stewardship.ts';

describe('who acts on an account', () => {
  it.each(ROLES.map((role) => [role]))('%s acts only when they run it, unless they are the head', (role) => {
    expect(canActOnAccount({ role, runsAccount: true })).toBe(true);
    expect(canActOnAccount({ role, runsAccount: false })).toBe(role === 'head');
  });
});

describe('naming a new runner', () => {
  const ready = { active: true, alreadyRuns: false, missing: [] };
  it('accepts someone on the staff who is ready and not already a runner', () => {
    expect(candidateRunnerProblem(ready)).toBeNull();
  });
  it('says what stops anyone else', () => {
    expect(candidateRunnerProblem({ ...ready, active: false })).toBe('is no longer on the staff');
    expect(candidateRunnerProblem({ ...ready, alreadyRuns: true })).toBe('already runs this account');
    expect(candidateRunnerProblem({ ...ready, missing: ['signature'] })).toBe('is not ready to run an account yet');
  });
});

describe('likes and follows', () => {
  it('waits for the head only when the page is commercial', () => {
    expect(initialPageLinkStatus(false)).toBe('approved');
    expect(initialPageLinkStatus(true)).toBe('awaiting_head');
  });
});
