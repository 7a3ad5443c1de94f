import { describe, expect, it } from 'vitest';
import { can, type Action, type Resource } from './permissions.ts';
import { ROLES, type Role } from './roles.ts';

// The expected answers, written out by hand: a change to the rules must change this table too.
const expected: Array<[Action, Resource, Role[]]> = [
  ['read', 'staff', ['trust_admin', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin']],
  ['create', 'staff', ['trust_admin', 'head', 'slt']],
  ['deactivate', 'staff', ['trust_admin', 'head', 'slt']],
  ['import', 'staff', ['trust_admin', 'head', 'slt']],
  ['read', 'pupil', ['trust_admin', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin']],
  ['import', 'pupil', ['trust_admin', 'head', 'slt']],
  ['read', 'audit', ['trust_admin', 'head']],
  ['verify', 'audit', ['trust_admin', 'head', 'governor']],
  ['switch', 'school', ['trust_admin']],
  ['read', 'policy', ['trust_admin', 'governor', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff']],
  ['update', 'policy', ['trust_admin', 'head']],
  ['approve', 'policy', ['trust_admin', 'governor', 'head']],
  ['publish', 'policy', ['trust_admin', 'head']],
  ['update', 'trust_policy', ['trust_admin']],
  ['sign', 'acceptance', ['trust_admin', 'governor', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff']],
  ['read', 'acceptance', ['trust_admin', 'governor', 'head', 'slt']],
  ['remind', 'acceptance', ['trust_admin', 'head']],
  ['read', 'training', ['trust_admin', 'head', 'slt', 'dsl', 'deputy_dsl']],
  ['create', 'training', ['trust_admin', 'head', 'slt']],
  ['read', 'consent', ['trust_admin', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin']],
  ['update', 'consent', ['trust_admin', 'head', 'slt', 'account_admin']],
  ['read', 'restriction', ['head', 'dsl', 'deputy_dsl']],
  ['update', 'restriction', ['head', 'dsl', 'deputy_dsl']],
  ['read', 'comment', ['trust_admin', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin']],
  ['moderate', 'comment', ['trust_admin', 'head', 'slt', 'account_admin']],
  ['escalate', 'author', ['trust_admin', 'head', 'slt', 'account_admin']],
  ['approve', 'press', ['trust_admin', 'head']],
  ['read', 'sign_in', ['trust_admin', 'head']],
  ['update', 'sign_in', ['trust_admin', 'head']],
  ['create', 'post', ['trust_admin', 'head', 'slt', 'account_admin', 'staff']],
  ['approve', 'post', ['trust_admin', 'head', 'slt', 'account_admin', 'staff']],
  ['update', 'publishing', ['trust_admin', 'head']],
  ['read', 'post_archive', ['trust_admin', 'head', 'slt']],
  ['create', 'post_suggestion', ['dsl', 'deputy_dsl', 'account_admin', 'staff']],
  ['read', 'post_suggestion', ['trust_admin', 'head', 'slt', 'dsl', 'deputy_dsl', 'account_admin', 'staff']],
  ['approve', 'post_suggestion', ['trust_admin', 'head', 'slt', 'account_admin', 'staff']],
];

describe('permission rules', () => {
  for (const [action, resource, allowed] of expected) {
    for (const role of ROLES) {
      const answer = allowed.includes(role);
      it(`${role} ${answer ? 'may' : 'may not'} ${action} ${resource}`, () => {
        expect(can(role, action, resource)).toBe(answer);
      });
    }
  }
});
