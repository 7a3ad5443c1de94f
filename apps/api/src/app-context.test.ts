import { AppError } from '@schoolgate/domain';
import { describe, expect, it } from 'vitest';
import { schoolOf, type Actor } from './app-context.ts';

const actor = (schoolId: string | null): Actor => ({
  userId: 'u',
  sessionId: 's',
  displayName: 'Trust administrator',
  trustId: 't',
  schoolId,
  role: 'trust_admin',
  address: null,
});

describe('schoolOf', () => {
  it('gives the school the session acts in', () => {
    expect(schoolOf(actor('school-1'))).toBe('school-1');
  });

  it('refuses with a coded conflict (409, not a 500) when a trust administrator has no school to act in', () => {
    const refusal = (() => {
      try {
        schoolOf(actor(null));
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('CONFLICT');
    expect((refusal as AppError).message).toMatch(/add a school/);
  });
});
