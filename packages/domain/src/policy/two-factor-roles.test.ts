import { describe, expect, it } from 'vitest';
import { policyRequiresTwoFactor, twoFactorRolesFor } from './two-factor-roles.ts';

describe('twoFactorRolesFor', () => {
  it('is the baseline while no policy is published', () => {
    expect(twoFactorRolesFor(null)).toEqual(['trust_admin', 'head', 'dsl', 'deputy_dsl', 'account_admin']);
  });

  it('adds the roles the policy names', () => {
    expect(twoFactorRolesFor(['slt', 'governor', 'head'])).toEqual([
      'trust_admin',
      'governor',
      'head',
      'slt',
      'dsl',
      'deputy_dsl',
      'account_admin',
    ]);
  });

  it('never drops a baseline role, even if a stored policy leaves it out', () => {
    expect(policyRequiresTwoFactor('head', [])).toBe(true);
    expect(policyRequiresTwoFactor('account_admin', ['slt'])).toBe(true);
  });

  it('asks nothing more of a role neither the baseline nor the policy names', () => {
    expect(policyRequiresTwoFactor('staff', ['slt'])).toBe(false);
    expect(policyRequiresTwoFactor('slt', ['slt'])).toBe(true);
  });
});
