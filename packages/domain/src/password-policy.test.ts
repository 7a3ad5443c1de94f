import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from './password-policy.ts';

describe('checkPasswordPolicy', () => {
  it('accepts a 12-character password with no digits or symbols', () => {
    expect(() => checkPasswordPolicy('correcthorse')).not.toThrow();
  });
  it('refuses 11 characters and names the field', () => {
    expect(() => checkPasswordPolicy('elevenchars', 'newPassword')).toThrow(
      expect.objectContaining({ code: 'PASSWORD_POLICY', fields: [expect.objectContaining({ field: 'newPassword' })] }),
    );
  });
  it('counts characters, not bytes, so emoji passphrases are measured fairly', () => {
    expect(() => checkPasswordPolicy('🙂'.repeat(12))).not.toThrow();
  });
  it('refuses more than 128 characters', () => {
    expect(() => checkPasswordPolicy('a'.repeat(129))).toThrow(expect.objectContaining({ code: 'PASSWORD_POLICY' }));
  });
});
