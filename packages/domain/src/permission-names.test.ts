import { describe, expect, it } from 'vitest';
import { PERMISSION_NAMES, permissionName } from './permission-names.ts';
import { ACTIONS, RESOURCES, can } from './permissions.ts';
import { ROLES } from './roles.ts';

describe('permission names', () => {
  it('names exactly the (action, resource) pairs some role is allowed, each once', () => {
    const allowed = new Set(
      RESOURCES.flatMap((resource) =>
        ACTIONS.filter((action) => ROLES.some((role) => can(role, action, resource))).map((action) =>
          permissionName(action, resource),
        ),
      ),
    );
    expect([...PERMISSION_NAMES].sort()).toEqual([...allowed].sort());
    expect(new Set(PERMISSION_NAMES).size).toBe(PERMISSION_NAMES.length);
  });
});
