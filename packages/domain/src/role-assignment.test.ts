import { describe, expect, it } from 'vitest';
import { canAssignRole } from './role-assignment.ts';

describe('canAssignRole', () => {
  it.each([
    ['head', 'dsl', true],
    ['head', 'trust_admin', false],
    ['trust_admin', 'head', true],
    ['slt', 'staff', true],
    ['slt', 'dsl', false],
    ['slt', 'head', false],
    ['dsl', 'staff', false],
    ['staff', 'staff', false],
  ] as const)('%s giving %s: %s', (actor, role, allowed) => {
    expect(canAssignRole(actor, role)).toBe(allowed);
  });
});
