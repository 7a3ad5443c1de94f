import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from './password-policy.ts';

const refusal = (password: string, owner = {}) => {
  try {
    checkPasswordPolicy(password, 'password', owner);
    return null;
  } catch (error) {
    return (error as { code: string; message: string }).message;
  }
};

describe('checkPasswordPolicy', () => {
  it('accepts a 12-character password with no digits or symbols', () => {
    expect(() => checkPasswordPolicy('correcthorsz')).not.toThrow();
  });
  it('refuses 11 characters and names the field', () => {
    expect(() => checkPasswordPolicy('elevenchars', 'newPassword')).toThrow(
      expect.objectContaining({ code: 'PASSWORD_POLICY', fields: [expect.objectContaining({ field: 'newPassword' })] }),
    );
  });
  it('counts characters, not bytes, so emoji passphrases are measured fairly', () => {
    expect(() => checkPasswordPolicy('🙂🐝'.repeat(6))).not.toThrow();
  });
  it('refuses more than 128 characters', () => {
    expect(() => checkPasswordPolicy('ab'.repeat(65))).toThrow(expect.objectContaining({ code: 'PASSWORD_POLICY' }));
  });
  it('refuses one character repeated, and only spaces', () => {
    expect(refusal('aaaaaaaaaaaa')).toMatch(/one character repeated/);
    expect(refusal(' '.repeat(12))).toMatch(/only spaces/);
    expect(refusal('\t \u00a0'.repeat(4))).toMatch(/only spaces/);
  });
  it('refuses common and breached passwords, whatever their case or spacing', () => {
    expect(refusal('password1234')).toMatch(/common passwords/);
    expect(refusal('Password1234')).toMatch(/common passwords/);
    expect(refusal('qwertyuiop123')).toMatch(/common passwords/);
    expect(refusal('iloveyou iloveyou')).toBeNull(); // not on the list as written with a space
    expect(refusal('a long enough passphrase')).toBeNull();
  });
  it("refuses a password holding the person's own email or name", () => {
    const owner = { email: 'olga.nowak@primary.example', names: ['Olga', 'Nowak'] };
    expect(refusal('my name is olga!!', owner)).toMatch(/email address or name/);
    expect(refusal('olga.nowak@primary.example', owner)).toMatch(/email address or name/);
    expect(refusal('summer at NOWAK house', owner)).toMatch(/email address or name/);
    expect(refusal('a long enough passphrase', owner)).toBeNull();
  });
});
