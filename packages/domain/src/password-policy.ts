// Length is what makes a password strong; composition rules only make people write them down
// (NCSC and NIST SP 800-63B). So: 12 to 128 characters, nothing else demanded; but, as 800-63B asks, refuse
// passwords that are known to attackers (a list of common and breached passwords shipped with the project,
// @zxcvbn-ts/language-common's 49,000), made of one repeated character or only spaces, or that contain the
// person's own email address or name.
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from './errors.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

let common: Set<string> | null = null;
function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  const lower = password.toLowerCase();
  return common.has(lower) || common.has(lower.replace(/\s+/g, ''));
}

/** Who the password is for, so it may not contain their own email or name. */
export interface PasswordOwner {
  email?: string | null;
  names?: Array<string | null | undefined>;
}

export function checkPasswordPolicy(password: string, field = 'password', owner: PasswordOwner = {}): void {
  const refuse = (message: string, fieldMessage: string) => {
    throw new AppError('PASSWORD_POLICY', message, [{ field, message: fieldMessage }]);
  };
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_LENGTH) {
    refuse(
      `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`,
      `At least ${PASSWORD_MIN_LENGTH} characters.`,
    );
  }
  if (chars.length > PASSWORD_MAX_LENGTH) {
    refuse(
      `The password must have at most ${PASSWORD_MAX_LENGTH} characters.`,
      `At most ${PASSWORD_MAX_LENGTH} characters.`,
    );
  }
  if (password.trim() === '') refuse('The password cannot be only spaces.', 'The password cannot be only spaces.');
  if (new Set(chars).size === 1) {
    refuse('The password cannot be one character repeated.', 'The password cannot be one character repeated.');
  }
  if (isCommonPassword(password)) {
    const message =
      'That password is on a list of common passwords that attackers try first. Choose another: a few unrelated words work well.';
    refuse(message, message);
  }
  const lower = password.toLowerCase();
  const email = owner.email?.trim().toLowerCase();
  const personal = [email, email?.split('@')[0], ...(owner.names ?? []).map((n) => n?.trim().toLowerCase())].filter(
    (part): part is string => !!part && part.length >= 3,
  );
  if (personal.some((part) => lower.includes(part))) {
    const message = 'The password cannot contain the email address or name of the person it is for.';
    refuse(message, message);
  }
}
