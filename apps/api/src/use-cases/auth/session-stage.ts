import type { SessionStage } from '@schoolgate/contracts';

/** What a signed-in person must still do before they may use the app. */
export function sessionStage(input: {
  twoFactorEnabled: boolean;
  twoFactorVerified: boolean;
  needsTwoFactor: boolean;
}): SessionStage {
  if (input.twoFactorEnabled) return input.twoFactorVerified ? 'signed_in' : 'two_factor_required';
  return input.needsTwoFactor ? 'two_factor_enrolment_required' : 'signed_in';
}
