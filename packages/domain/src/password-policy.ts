// Length is what makes a password strong; composition rules only make people write them down
// (NCSC and NIST SP 800-63B). So: 12 to 128 characters, nothing else demanded.
import { AppError } from './errors.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export function checkPasswordPolicy(password: string, field = 'password'): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw new AppError('PASSWORD_POLICY', `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`, [
      { field, message: `At least ${PASSWORD_MIN_LENGTH} characters.` },
    ]);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw new AppError('PASSWORD_POLICY', `The password must have at most ${PASSWORD_MAX_LENGTH} characters.`, [
      { field, message: `At most ${PASSWORD_MAX_LENGTH} characters.` },
    ]);
  }
}
